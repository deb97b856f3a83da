'use client'

import { useState } from 'react'

import { readRefusal } from '../../../cms/components/refusal'

/** 转为知识条目: the order's reply becomes a draft entry; its editing page opens. */
export function PromoteButton({ adminRoute, ticketId }: { adminRoute: string; ticketId: string }) {
  const [problem, setProblem] = useState('')
  const promote = async () => {
    const response = await fetch(`/api/knowledge-entries/from-ticket/${ticketId}`, { method: 'POST', credentials: 'include' }).catch(() => null)
    if (!response?.ok) return setProblem((await readRefusal(response)).message)
    const { id } = (await response.json()) as { id: string }
    window.location.assign(`${adminRoute}/collections/knowledge-entries/${id}`)
  }
  return (
    <>
      <p>答复好、别人也常问的，可以转为知识条目草稿（电话、身份证号等号码会去掉），由编辑核对后发布。</p>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void promote()}>
        转为知识条目
      </button>
      {problem ? <p role="alert">{problem}</p> : null}
    </>
  )
}
