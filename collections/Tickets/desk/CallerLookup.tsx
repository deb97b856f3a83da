import { type FormEvent, useState } from 'react'

import { dueDateText } from '../../CalendarDays/workingDays'
import { readRefusal } from '../../../cms/components/refusal'

type CallerHistory = {
  applications: { docs: { dueDate?: null | string; dueDateProvisional?: boolean | null; id: string; serviceTitle: string; statusLabel: string; submittedAt: string; trackingNumber: string }[]; total: number }
  tickets: { docs: { id: string; kindLabel: string; number: string; receivedAt: string; statusLabel: string; summary: string }[]; total: number }
}

const day = (iso: string) => iso.slice(0, 10)

/** The caller's number (the new order takes it too); Enter looks up their earlier orders and applications. */
export function CallerLookup({ adminRoute, onPhone, phone }: { adminRoute: string; onPhone: (phone: string) => void; phone: string }) {
  const [history, setHistory] = useState<CallerHistory | null>(null)
  const [lookupError, setLookupError] = useState('')

  async function lookUp(event: FormEvent) {
    event.preventDefault()
    setLookupError('')
    const response = await fetch(`/api/tickets/caller?phone=${encodeURIComponent(phone)}`, { credentials: 'include' }).catch(() => null)
    if (!response?.ok) {
      setHistory(null)
      setLookupError((await readRefusal(response)).message)
      return
    }
    setHistory((await response.json()) as CallerHistory)
  }

  return (
    <>
      <h2 id="desk-caller">来电人</h2>
      <form onSubmit={lookUp} className="hotline-desk__inline">
        <label htmlFor="desk-phone">来电号码</label>
        <input id="desk-phone" type="tel" inputMode="tel" autoComplete="off" autoFocus value={phone} onChange={(event) => onPhone(event.target.value)} />
        <button type="submit" className="btn btn--style-secondary btn--size-medium">
          查询（回车）
        </button>
      </form>
      {lookupError && <p role="alert">{lookupError}</p>}
      {history && <CallerHistoryList adminRoute={adminRoute} history={history} />}
    </>
  )
}

function CallerHistoryList({ adminRoute, history }: { adminRoute: string; history: CallerHistory }) {
  return (
    <div aria-live="polite">
      <h3>历史工单（{history.tickets.total}）</h3>
      {history.tickets.docs.length ? (
        <table className="hotline-desk__table">
          <caption className="hotline-desk__hidden">来电人的历史工单</caption>
          <thead>
            <tr>
              <th scope="col">编号</th>
              <th scope="col">受理日期</th>
              <th scope="col">类型</th>
              <th scope="col">摘要</th>
              <th scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            {history.tickets.docs.map((doc) => (
              <tr key={doc.id}>
                <td>
                  <a href={`${adminRoute}/collections/tickets/${doc.id}`}>{doc.number}</a>
                </td>
                <td>{day(doc.receivedAt)}</td>
                <td>{doc.kindLabel}</td>
                <td>{doc.summary}</td>
                <td>{doc.statusLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>没有历史工单。</p>
      )}
      <h3>办件（{history.applications.total}）</h3>
      {history.applications.docs.length ? (
        <ul>
          {history.applications.docs.map((doc) => (
            <li key={doc.id}>
              {doc.trackingNumber} {doc.serviceTitle}：{doc.statusLabel}
              {doc.dueDate ? `，应办结 ${dueDateText(doc.dueDate, doc.dueDateProvisional)}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>没有网上办件。</p>
      )}
    </div>
  )
}
