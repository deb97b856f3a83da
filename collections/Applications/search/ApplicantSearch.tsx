'use client'

import { useListQuery } from '@payloadcms/ui'
import { type FormEvent, useState } from 'react'

import { readRefusal } from '../../../cms/components/refusal'

type Found = { ids: string[]; more: boolean }

const FIELDS = [
  { value: 'name', label: '姓名' },
  { value: 'idNumber', label: '身份证号码' },
  { value: 'phone', label: '手机号码' },
] as const

/** The ids the list is narrowed to when it shows a search's result (`where[id][in]`). */
function shownIds(where: unknown): null | string[] {
  const ids = (where as { id?: { in?: unknown } } | undefined)?.id?.in
  return Array.isArray(ids) ? ids.map(String) : null
}

/**
 * 按申请人查找, above the applications list: a reviewer types an applicant's
 * whole name, ID number or phone; the server finds the matching applications
 * in their own scope by keyed hash (search/endpoint.ts, audited and limited)
 * and the list shows just those. Nothing partial matches.
 */
export function ApplicantSearch() {
  const { query, refineListData } = useListQuery()
  const [field, setField] = useState<string>('name')
  const [value, setValue] = useState('')
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const showing = shownIds(query.where)

  async function search(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setMessage('')
    const response = await fetch('/api/applications/applicant-search', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ field, value }),
    }).catch(() => null)
    setBusy(false)
    if (!response?.ok) {
      setMessage((await readRefusal(response, '查找没有成功，请稍后再试')).message)
      return
    }
    const found = (await response.json()) as Found
    if (found.ids.length === 0) {
      setMessage('您负责的办件中没有这位申请人的申请。请核对后输入完整的内容。')
      return
    }
    setMessage(found.more ? `找到的办件超过 ${found.ids.length} 件，下表只列出最近的 ${found.ids.length} 件。` : '')
    await refineListData({ where: { id: { in: found.ids } }, page: 1 })
  }

  return (
    <div>
      <h2 id="applicant-search-title" className="reviewer-tools__title">
        按申请人查找
      </h2>
      <form className="reviewer-tools__form" onSubmit={search}>
        <label>
          <span>查找方式</span>
          <select value={field} onChange={(event) => setField(event.target.value)}>
            {FIELDS.map((each) => (
              <option key={each.value} value={each.value}>
                {each.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>完整的{FIELDS.find((each) => each.value === field)?.label}</span>
          <input type="text" value={value} autoComplete="off" spellCheck={false} onChange={(event) => setValue(event.target.value)} required />
        </label>
        <button type="submit" className="btn btn--style-primary btn--size-small" disabled={busy}>
          查找
        </button>
      </form>
      <p className="reviewer-tools__note">只按完整内容精确查找，不支持部分匹配；每次查找都记入审计日志。</p>
      {message && <p role="status">{message}</p>}
      {showing && (
        <p role="status">
          正在显示按申请人查找到的 {showing.length} 件办件。
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => refineListData({ where: {}, page: 1 })}>
            显示全部办件
          </button>
        </p>
      )}
    </div>
  )
}
