'use client'

import { useEffect, useId, useState } from 'react'

import { readRefusal } from '../../../../cms/components/refusal'

const KINDS = { suggestion: '建议', complaint: '投诉', helpRequest: '求助', consultation: '咨询' } as const
/** A consultation becomes a work order, never a demand. */
const ORDER_ONLY: (keyof typeof KINDS)[] = ['consultation']

/** 转为12345工单 or 登记为诉求: one of them, once; the page reloads to show the link. */
export function ConvertButtons({ defaultKind, threadId }: { defaultKind: keyof typeof KINDS; threadId: string }) {
  const [kind, setKind] = useState<keyof typeof KINDS>(defaultKind)
  const [problem, setProblem] = useState('')
  const [busy, setBusy] = useState(false)
  // The buttons act through the script: offered once it runs.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  const kindId = useId()
  const convert = async (to: 'to-demand' | 'to-ticket', words: string) => {
    if (!window.confirm(`确定把这个帖子${words}吗？每个帖子只能转办一次。`)) return
    setBusy(true)
    const response = await fetch(`/api/board-threads/${threadId}/${to}`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind }) }).catch(() => null)
    setBusy(false)
    if (!response?.ok) return setProblem((await readRefusal(response)).message)
    window.location.reload()
  }
  return (
    <>
      <p>居民反映的问题需要部门办理的，转为12345工单（发帖居民会收到工单短信，可在“我的”查看）；只需汇总研究的，登记为诉求。咨询只能转为工单。</p>
      <label htmlFor={kindId}>诉求类型</label>
      <select id={kindId} value={kind} onChange={(event) => setKind(event.target.value as keyof typeof KINDS)}>
        {Object.entries(KINDS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <div>
        <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy || !ready} onClick={() => void convert('to-ticket', '转为12345工单')}>
          转为12345工单
        </button>{' '}
        <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy || !ready || ORDER_ONLY.includes(kind)} onClick={() => void convert('to-demand', '登记为诉求')}>
          登记为诉求
        </button>
      </div>
      {problem ? <p role="alert">{problem}</p> : null}
    </>
  )
}
