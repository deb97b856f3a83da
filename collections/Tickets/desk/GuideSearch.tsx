import { useEffect, useRef, useState } from 'react'

import { findGuides, type Guide } from '../../../site/lib/search/findGuides'
import { warmSearch } from '../../../site/lib/search/pagefindClient'
import { findKnowledge, type KnowledgeHit, KnowledgeHits } from './KnowledgeHits'

const SHOWN_GUIDES = 8
const TYPING_PAUSE_MS = 150

/**
 * The guides as the portal finds them (same index, aliases and pinyin), one
 * of which may be chosen to answer with, and beside them the hotline
 * knowledge base's entries for the agent's area (same normalisation), both
 * searched at once on each pause in typing.
 */
export function GuideSearch({ onAnswer, onChoose, onQuery }: { onAnswer: (answer: string) => void; onChoose: (guide: Guide) => void; onQuery: (query: string) => void }) {
  const [query, setQuery] = useState('')
  const [guides, setGuides] = useState<Guide[]>([])
  const [knowledge, setKnowledge] = useState<KnowledgeHit[]>([])
  const [searchStatus, setSearchStatus] = useState('')
  // How long the last search took and which it was: shown to nobody, read by bench:hotline.
  const [searched, setSearched] = useState<{ ms: number; run: number } | null>(null)
  const searchRun = useRef(0)

  // While the agent greets the caller, not on their first keystroke.
  useEffect(warmSearch, [])

  useEffect(() => {
    const run = ++searchRun.current
    const typed = query.trim()
    onQuery(typed)
    if (!typed) {
      setGuides([])
      setKnowledge([])
      setSearchStatus('')
      return
    }
    const timer = setTimeout(async () => {
      const started = performance.now()
      const [{ guides: found, total }, entries] = await Promise.all([findGuides(typed, SHOWN_GUIDES), findKnowledge(typed)])
      if (run !== searchRun.current) return
      setGuides(found)
      setKnowledge(entries)
      setSearched({ ms: Math.round(performance.now() - started), run })
      const knowledgeFound = entries.length ? `，知识库 ${entries.length} 条` : ''
      setSearchStatus(total || entries.length ? `找到 ${total} 个相关事项${knowledgeFound}` : '没有找到相关事项，请换个说法')
    }, TYPING_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [query, onQuery])

  return (
    <>
      <h2 id="desk-guides">查找办事指南</h2>
      <label htmlFor="desk-search">事项名称、常用说法或拼音</label>
      <input id="desk-search" type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
      <p role="status" className="hotline-desk__status" data-search-ms={searched?.ms} data-search-run={searched?.run}>
        {searchStatus}
      </p>
      <ol className="hotline-desk__guides" aria-labelledby="desk-guides">
        {guides.map((each) => (
          <li key={each.url}>
            <a href={each.url} target="_blank" rel="noreferrer">
              {each.title}
            </a>
            <span className="hotline-desk__summary">{each.summary}</span>
            <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => onChoose(each)} aria-label={`用“${each.title}”答复`}>
              用此指南
            </button>
          </li>
        ))}
      </ol>
      <KnowledgeHits entries={knowledge} onAnswer={onAnswer} />
    </>
  )
}
