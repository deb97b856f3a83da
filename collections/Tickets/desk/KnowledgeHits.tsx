import { useState } from 'react'

import { readRefusal } from '../../../cms/components/refusal'

/** An entry of the hotline knowledge base as the desk shows it (GET /api/knowledge-entries/desk-search). */
export type KnowledgeHit = { answer: string; id: string; kindLabel: string; source?: null | string; title: string; validTo?: null | string }

/** The knowledge entries for what the agent typed, for their area; none when the search could not be made (the guides still show). */
export async function findKnowledge(query: string): Promise<KnowledgeHit[]> {
  const response = await fetch(`/api/knowledge-entries/desk-search?q=${encodeURIComponent(query)}`, { credentials: 'include' }).catch(() => null)
  if (!response?.ok) return []
  return ((await response.json()) as { entries: KnowledgeHit[] }).entries
}

/** A validity end in Beijing time, as agents read it out: 12月8日 18:00. */
const untilText = (iso: string): string =>
  new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso))

/**
 * The knowledge base's entries beside the guides, each with the answer to
 * read out and 用此条答复, which counts the use (POST …/:id/used) and puts
 * the answer into the new order's reply.
 */
export function KnowledgeHits({ entries, onAnswer }: { entries: KnowledgeHit[]; onAnswer: (answer: string) => void }) {
  const [used, setUsed] = useState<ReadonlySet<string>>(new Set())
  const [problem, setProblem] = useState('')

  const markUsed = async (entry: KnowledgeHit) => {
    const response = await fetch(`/api/knowledge-entries/${entry.id}/used`, { method: 'POST', credentials: 'include' }).catch(() => null)
    if (response?.ok) {
      setUsed((before) => new Set(before).add(entry.id))
      onAnswer(entry.answer)
    }
    setProblem(response?.ok ? '' : (await readRefusal(response)).message)
  }

  if (entries.length === 0) return null
  return (
    <>
      <h2 id="desk-knowledge">热线知识库</h2>
      <ol className="hotline-desk__guides" aria-labelledby="desk-knowledge">
        {entries.map((entry) => (
          <li key={entry.id}>
            <strong>
              【{entry.kindLabel}】{entry.title}
            </strong>
            <span className="hotline-desk__summary">{entry.answer}</span>
            {entry.source || entry.validTo ? (
              <span className="hotline-desk__summary">
                {entry.source ? `来源：${entry.source}` : ''}
                {entry.source && entry.validTo ? '；' : ''}
                {entry.validTo ? `有效期至 ${untilText(entry.validTo)}` : ''}
              </span>
            ) : null}
            {used.has(entry.id) ? (
              <span role="status">已记录使用，答复已填入工单</span>
            ) : (
              <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void markUsed(entry)} aria-label={`用“${entry.title}”答复`}>
                用此条答复
              </button>
            )}
          </li>
        ))}
      </ol>
      {problem ? <p role="alert">{problem}</p> : null}
    </>
  )
}
