'use client'

import { type FormEvent, useEffect, useRef, useState } from 'react'

import { loadPagefind, normalise, warmSearch } from '../../../site/lib/search/pagefindClient'
import { rankedSearch } from '../../../site/lib/search/rankedSearch'
import { dueDateText } from '../../CalendarDays/workingDays'

type Option = { label: string; value: string }
export type DeskOptions = { channels: Option[]; departments: Option[]; dispatchTargets: Option[]; divisions: Option[]; kinds: Option[]; ownDivision: string }

type CallerHistory = {
  applications: { docs: { dueDate?: null | string; dueDateProvisional?: boolean | null; id: string; serviceTitle: string; statusLabel: string; submittedAt: string; trackingNumber: string }[]; total: number }
  tickets: { docs: { id: string; kindLabel: string; number: string; receivedAt: string; statusLabel: string; summary: string }[]; total: number }
}
type Guide = { code: string; summary: string; title: string; url: string }
type Then = 'answerDirectly' | 'dispatch' | 'none'
type Outcome = { applyUrl?: null | string; id?: string; message: string; ok: boolean }

const SHOWN_GUIDES = 8
const TYPING_PAUSE_MS = 150
const EMPTY_ORDER = { channel: 'phone', kind: 'consultation', name: '', confidential: false, summary: '', content: '', note: '', department: '', assignTo: '' }

const day = (iso: string) => iso.slice(0, 10)

/** The message and field errors of a refused request, in either of the platform's error shapes. */
async function refusal(response: null | Response): Promise<{ fields: Record<string, string>; message: string }> {
  const body = (await response?.json().catch(() => null)) as null | { errors?: { data?: { errors?: { field?: string; message: string; path?: string }[] }; message?: string }[] }
  const first = body?.errors?.[0]
  const fields = Object.fromEntries((first?.data?.errors ?? []).map((error) => [error.path ?? error.field ?? '', error.message]))
  return { fields, message: first?.message ?? '没有成功，请稍后再试' }
}

/**
 * The hotline desk, keyboard first: the caller's number (Enter looks up
 * their earlier orders and applications), the guides as the portal finds
 * them (same index, aliases and pinyin), and the new order, which is
 * answered directly, dispatched, or just received, in one step.
 */
export function AgentDesk({ adminRoute, options }: { adminRoute: string; options: DeskOptions }) {
  const [phone, setPhone] = useState('')
  const [history, setHistory] = useState<CallerHistory | null>(null)
  const [lookupError, setLookupError] = useState('')
  const [query, setQuery] = useState('')
  const [guides, setGuides] = useState<Guide[]>([])
  const [searchStatus, setSearchStatus] = useState('')
  // How long the last search took and which it was: shown to nobody, read by bench:hotline.
  const [searched, setSearched] = useState<{ ms: number; run: number } | null>(null)
  const [guide, setGuide] = useState<Guide | null>(null)
  const [order, setOrder] = useState({ ...EMPTY_ORDER, division: options.ownDivision })
  const [then, setThen] = useState<Then>('answerDirectly')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [outcome, setOutcome] = useState<null | Outcome>(null)
  const [busy, setBusy] = useState(false)
  const searchRun = useRef(0)
  const result = useRef<HTMLDivElement>(null)

  const set = (name: keyof typeof order, value: boolean | string) => setOrder((current) => ({ ...current, [name]: value }))

  // The division is typed and picked by its full name; the order holds its id once the name matches one.
  const [divisionText, setDivisionText] = useState(() => options.divisions.find((option) => option.value === options.ownDivision)?.label ?? '')
  function chooseDivision(text: string) {
    setDivisionText(text)
    const chosen = options.divisions.find((option) => option.label === text.trim())
    set('division', chosen ? chosen.value : text.trim() ? '' : options.ownDivision)
  }

  async function lookUp(event: FormEvent) {
    event.preventDefault()
    setLookupError('')
    const response = await fetch(`/api/tickets/caller?phone=${encodeURIComponent(phone)}`, { credentials: 'include' }).catch(() => null)
    if (!response?.ok) {
      setHistory(null)
      setLookupError((await refusal(response)).message)
      return
    }
    setHistory((await response.json()) as CallerHistory)
  }

  // While the agent greets the caller, not on their first keystroke.
  useEffect(warmSearch, [])

  useEffect(() => {
    const run = ++searchRun.current
    const typed = query.trim()
    if (!typed) {
      setGuides([])
      setSearchStatus('')
      return
    }
    const timer = setTimeout(async () => {
      const started = performance.now()
      const ranked = await rankedSearch(await loadPagefind(), await normalise(typed))
      const found = await Promise.all(ranked.slice(0, SHOWN_GUIDES).map((each) => each.data()))
      if (run !== searchRun.current) return
      setGuides(
        found.map((data) => ({
          url: data.url,
          code: data.url.match(/\/services\/([^/]+)\//)?.[1] ?? '',
          title: data.meta.title ?? data.url,
          summary: data.meta.summary ?? '',
        })),
      )
      setSearched({ ms: Math.round(performance.now() - started), run })
      setSearchStatus(ranked.length ? `找到 ${ranked.length} 个相关事项` : '没有找到相关事项，请换个说法')
    }, TYPING_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [query])

  useEffect(() => {
    if (outcome) result.current?.focus()
  }, [outcome])

  async function submit(event: FormEvent) {
    event.preventDefault()
    setOutcome(null)
    if (!order.division) {
      setErrors({ division: '请从列表中选择街道或社区，或清空以使用您所在的区划' })
      return
    }
    setBusy(true)
    setErrors({})
    const response = await fetch('/api/tickets/desk', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        channel: order.channel,
        kind: order.kind,
        caller: { name: order.name, phone, confidential: order.confidential },
        summary: order.summary,
        content: order.content,
        division: order.division,
        serviceCode: guide?.code ?? '',
        then,
        note: order.note,
        department: order.department,
        assignTo: order.assignTo,
      }),
    }).catch(() => null)
    setBusy(false)
    if (!response?.ok) {
      const { fields, message } = await refusal(response)
      setErrors(fields)
      setOutcome({ ok: false, message })
      return
    }
    const created = (await response.json()) as { applyUrl: null | string; dueDate: null | string; dueDateProvisional: boolean; id: string; number: string; statusLabel: string }
    const due = created.dueDate ? `，应办结 ${dueDateText(created.dueDate, created.dueDateProvisional)}` : ''
    setOutcome({ ok: true, id: created.id, applyUrl: created.applyUrl, message: `已受理工单 ${created.number}（${created.statusLabel}）${due}` })
    setOrder({ ...EMPTY_ORDER, division: order.division })
    setGuide(null)
  }

  const fieldError = (name: string) =>
    errors[name] ? (
      <p className="hotline-desk__error" id={`${name}-error`}>
        {errors[name]}
      </p>
    ) : null
  const described = (name: string, hint?: string) =>
    errors[name] ? { 'aria-describedby': [hint, `${name}-error`].filter(Boolean).join(' '), 'aria-invalid': true } : hint ? { 'aria-describedby': hint } : {}

  return (
    <>
      <h1>热线坐席台</h1>
      <div className="hotline-desk__columns">
        <section aria-labelledby="desk-caller">
          <h2 id="desk-caller">来电人</h2>
          <form onSubmit={lookUp} className="hotline-desk__inline">
            <label htmlFor="desk-phone">来电号码</label>
            <input id="desk-phone" type="tel" inputMode="tel" autoComplete="off" autoFocus value={phone} onChange={(event) => setPhone(event.target.value)} />
            <button type="submit" className="btn btn--style-secondary btn--size-medium">
              查询（回车）
            </button>
          </form>
          {lookupError && <p role="alert">{lookupError}</p>}
          {history && (
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
          )}

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
                <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setGuide(each)} aria-label={`用“${each.title}”答复`}>
                  用此指南
                </button>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="desk-order">
          <h2 id="desk-order">新工单</h2>
          <form onSubmit={submit} noValidate>
            <div className="hotline-desk__row">
              <label>
                来源渠道
                <select value={order.channel} onChange={(event) => set('channel', event.target.value)}>
                  {options.channels.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                诉求类型
                <select value={order.kind} onChange={(event) => set('kind', event.target.value)}>
                  {options.kinds.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                来电人姓名
                <input value={order.name} onChange={(event) => set('name', event.target.value)} autoComplete="off" />
              </label>
            </div>
            <label className="hotline-desk__check">
              <input type="checkbox" checked={order.confidential} onChange={(event) => set('confidential', event.target.checked)} />
              来电人要求对承办单位保密
            </label>
            <label htmlFor="desk-division">诉求所在区划</label>
            <p className="hotline-desk__hint" id="desk-division-hint">
              输入街道或社区名称中的几个字，从列表中选择
            </p>
            {/* A city has thousands of communities: typing narrows the list, where a select would need scrolling. */}
            <input
              id="desk-division"
              list="desk-division-options"
              autoComplete="off"
              value={divisionText}
              onChange={(event) => chooseDivision(event.target.value)}
              {...described('division', 'desk-division-hint')}
            />
            <datalist id="desk-division-options">
              {options.divisions.map((option) => (
                <option key={option.value} value={option.label} />
              ))}
            </datalist>
            {fieldError('division')}
            <label htmlFor="desk-summary">诉求摘要</label>
            <input id="desk-summary" value={order.summary} maxLength={100} onChange={(event) => set('summary', event.target.value)} {...described('summary')} />
            {fieldError('summary')}
            <label htmlFor="desk-content">诉求内容</label>
            <textarea id="desk-content" value={order.content} maxLength={4000} onChange={(event) => set('content', event.target.value)} {...described('content')} />
            {fieldError('content')}
            <p>
              相关指南：{guide ? guide.title : '未选择'}
              {guide && (
                <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setGuide(null)}>
                  清除
                </button>
              )}
            </p>
            <fieldset>
              <legend>受理后</legend>
              {(
                [
                  ['answerDirectly', '直接答复并办结'],
                  ['dispatch', '派单'],
                  ['none', '仅受理（稍后处理，或为来电人代为网上申请）'],
                ] as const
              ).map(([value, label]) => (
                <label key={value} className="hotline-desk__check">
                  <input type="radio" name="then" value={value} checked={then === value} onChange={() => setThen(value)} />
                  {label}
                </label>
              ))}
            </fieldset>
            {then === 'answerDirectly' && (
              <>
                <label htmlFor="desk-note">答复内容</label>
                <textarea id="desk-note" value={order.note} onChange={(event) => set('note', event.target.value)} {...described('note')} />
                {fieldError('note')}
              </>
            )}
            {then === 'dispatch' && (
              <div className="hotline-desk__row">
                <label>
                  承办部门
                  <select value={order.department} onChange={(event) => set('department', event.target.value)}>
                    <option value="">请选择</option>
                    {options.departments.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  或承办街道、社区
                  <select value={order.assignTo} onChange={(event) => set('assignTo', event.target.value)}>
                    <option value="">请选择</option>
                    {options.dispatchTargets.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                </label>
                {fieldError('department')}
                {fieldError('division')}
              </div>
            )}
            <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy}>
              {busy ? '正在提交…' : '提交工单'}
            </button>
          </form>
          {outcome && (
            <div ref={result} tabIndex={-1} role={outcome.ok ? 'status' : 'alert'} className={`hotline-desk__outcome hotline-desk__outcome--${outcome.ok ? 'ok' : 'error'}`}>
              <p>{outcome.message}</p>
              {outcome.id && <a href={`${adminRoute}/collections/tickets/${outcome.id}`}>打开工单</a>}
              {outcome.applyUrl && (
                <p>
                  <a href={outcome.applyUrl} target="_blank" rel="noreferrer">
                    为来电人填写网上申请（新窗口）
                  </a>
                  ：提交后申请进入办件流程（渠道为电话代办），本工单自动办结。
                </p>
              )}
            </div>
          )}
          <p>
            <a href={`${adminRoute}/collections/tickets?where[status][equals]=closed&sort=closedAt`}>待回访的工单</a>
          </p>
        </section>
      </div>
    </>
  )
}
