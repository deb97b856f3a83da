'use client'

import { useEffect, useState } from 'react'

import { readRefusal } from '../../../../cms/components/refusal'

type Props = { published: boolean; question: string; reply: string; ticketId: string }

/** The public wording of an order's question and reply, and 公开答复 / 撤回公开 (POST /api/tickets/:id/public-answer). */
export function PublishAnswerForm({ published, question: initialQuestion, reply: initialReply, ticketId }: Props) {
  const [question, setQuestion] = useState(initialQuestion)
  const [reply, setReply] = useState(initialReply)
  const [problem, setProblem] = useState('')
  const [busy, setBusy] = useState(false)
  // Read-only until React runs here: words typed into the server's markup before then would be lost.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  const send = async (publish: boolean) => {
    setBusy(true)
    setProblem('')
    const response = await fetch(`/api/tickets/${ticketId}/public-answer`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ publish, question, reply }),
    }).catch(() => null)
    if (!response?.ok) {
      setBusy(false)
      return setProblem((await readRefusal(response)).message)
    }
    window.location.reload()
  }
  return (
    <>
      <p>{published ? '这条答复已在门户网站“答复公开”栏目公开。' : '来电人同意公开答复。请核对下面的文字，删去姓名、地址等能认出本人的内容后再公开。'}</p>
      <label htmlFor="public-question">公开的问题</label>
      <textarea id="public-question" rows={4} readOnly={!ready} value={question} onChange={(event) => setQuestion(event.target.value)} />
      <label htmlFor="public-reply">公开的答复</label>
      <textarea id="public-reply" rows={6} readOnly={!ready} value={reply} onChange={(event) => setReply(event.target.value)} />
      <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy || !ready} onClick={() => void send(true)}>
        {published ? '更新公开的内容' : '公开答复'}
      </button>
      {published ? (
        <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy || !ready} onClick={() => void send(false)}>
          撤回公开
        </button>
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
    </>
  )
}
