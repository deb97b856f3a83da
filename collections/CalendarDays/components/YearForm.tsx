'use client'

import { useEffect, useRef, useState } from 'react'

import { readRefusal, type Refusal } from '../../../cms/components/refusal'
import { parseHolidayNotice } from '../notice'
import { describeDay, type YearDay, type YearPlan } from '../yearPlan'
import type { CalendarDayKind } from '../workingDays'

type Counted = { changed: number; cleared: number }
type Answer = {
  plan?: YearPlan
  recounted?: { applications: Counted; followUps: Counted; tickets: Counted }
}
type Outcome = { answer: Answer; kind: 'previewed' | 'saved' } | { kind: 'failed'; refusal: Refusal }

const KINDS: { label: string; value: CalendarDayKind }[] = [
  { value: 'holiday', label: '放假' },
  { value: 'workday', label: '调休上班' },
]

async function send(year: number, days: YearDay[], replaceExisting: boolean, dryRun: boolean): Promise<Outcome> {
  const response = await fetch('/api/calendar-days/year', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ year, days, replaceExisting, dryRun }),
  }).catch(() => null)
  if (!response?.ok) return { kind: 'failed', refusal: await readRefusal(response, response ? '没有保存成功，请稍后再试' : '没有连上服务器，请稍后再试') }
  const answer = (await response.json().catch(() => null)) as Answer | null
  if (!answer) return { kind: 'failed', refusal: await readRefusal(null, '没有连上服务器，请稍后再试') }
  return { kind: dryRun ? 'previewed' : 'saved', answer }
}

function PlanSummary({ plan, replaceExisting }: { plan: YearPlan; replaceExisting: boolean }) {
  return (
    <>
      <p>
        新增 {plan.create.length} 天，与已录入相同 {plan.unchanged} 天
        {plan.differ.length > 0 ? `，与已录入不同 ${plan.differ.length} 天` : ''}
        {plan.extra.length > 0 ? `，已录入但本次没有的 ${plan.extra.length} 天` : ''}。
      </p>
      {plan.differ.length > 0 ? (
        <>
          <p>{replaceExisting ? '以下日期将改为本次录入的内容：' : '以下日期已录入的内容与本次不同，将保持已录入的内容不变（可能是管理员的更正）：'}</p>
          <ul>
            {plan.differ.map(({ before, after }) => (
              <li key={before.date}>
                已录入：{describeDay(before)}；本次：{describeDay(after)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.extra.length > 0 ? (
        <>
          <p>{replaceExisting ? '以下已录入的日期将被删除：' : '以下已录入的日期本次没有列出，将保留：'}</p>
          <ul>
            {plan.extra.map((day) => (
              <li key={day.date}>{describeDay(day)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}

function Result({ outcome, replaceExisting }: { outcome: Outcome; replaceExisting: boolean }) {
  if (outcome.kind === 'failed') {
    const problems = Object.entries(outcome.refusal.fields)
    return (
      <>
        <p>{outcome.refusal.message}</p>
        {problems.length > 1 ? (
          <ul>
            {problems.map(([field, message]) => (
              <li key={field}>{message}</li>
            ))}
          </ul>
        ) : null}
      </>
    )
  }
  const { answer } = outcome
  const recounted = answer.recounted
  return (
    <>
      <p>{outcome.kind === 'saved' ? '已保存。' : '检查通过，尚未保存。请核对以下变化，无误后点“保存”。'}</p>
      {answer.plan ? <PlanSummary plan={answer.plan} replaceExisting={replaceExisting} /> : null}
      {recounted ? (
        <p>
          重新计算了 {recounted.applications.changed} 件办件、{recounted.followUps.changed} 件差评整改、{recounted.tickets.changed} 张工单的期限，其中{' '}
          {recounted.applications.cleared + recounted.followUps.cleared + recounted.tickets.cleared} 件不再是暂定的。
        </p>
      ) : null}
    </>
  )
}

/**
 * The year's days as an editable table: filled from a pasted State Council
 * notice (read in the browser by notice.ts) or from what the calendar has,
 * corrected by hand, checked by the server (what would change), then saved
 * all at once.
 */
export function YearForm({ stored, year }: { stored: YearDay[]; year: number }) {
  const [notice, setNotice] = useState('')
  const [problems, setProblems] = useState<string[]>([])
  const [days, setDays] = useState<YearDay[]>(stored)
  const [replaceExisting, setReplaceExisting] = useState(false)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<null | Outcome>(null)
  const result = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (outcome) result.current?.focus()
  }, [outcome])

  const changed = (next: YearDay[]) => {
    setDays(next)
    setOutcome(null)
  }

  function readNotice() {
    const parsed = parseHolidayNotice(notice, year)
    const wrongYear = parsed.year !== null && parsed.year !== year ? [`这份通知是${parsed.year}年的，当前录入的是${year}年。请先在上方选择${parsed.year}年。`] : []
    setProblems([...wrongYear, ...parsed.problems])
    if (wrongYear.length === 0 && parsed.days.length > 0) changed(parsed.days)
  }

  async function run(dryRun: boolean) {
    setBusy(true)
    setOutcome(await send(year, days, replaceExisting, dryRun))
    setBusy(false)
  }

  const update = (index: number, patch: Partial<YearDay>) => changed(days.map((day, at) => (at === index ? { ...day, ...patch } : day)))
  const previewed = outcome?.kind === 'previewed'

  return (
    <div className="calendar-year__form">
      <h2>第一步：粘贴通知（可选）</h2>
      <label htmlFor="calendar-notice">国务院办公厅关于{year}年部分节假日安排的通知（全文或“一、元旦：……”各条）</label>
      <textarea id="calendar-notice" rows={8} value={notice} onChange={(event) => setNotice(event.target.value)} />
      <p>
        <button type="button" className="btn btn--style-secondary" onClick={readNotice} disabled={!notice.trim()}>
          识别通知
        </button>
      </p>
      {problems.length > 0 ? (
        <div role="alert" className="calendar-year__problems">
          <p>请核对：</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <h2>第二步：核对日期</h2>
      <p>每行一天：放假的日期（含其中的周末），以及调休上班的周六、周日。可以直接修改、删除或添加。</p>
      <table>
        <caption>{year}年的放假和调休上班日期（{days.length} 天）</caption>
        <thead>
          <tr>
            <th scope="col">日期</th>
            <th scope="col">类型</th>
            <th scope="col">节日</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day, index) => (
            <tr key={index}>
              <td>
                <input aria-label={`第${index + 1}行日期`} type="date" value={day.date} onChange={(event) => update(index, { date: event.target.value })} />
              </td>
              <td>
                <select aria-label={`第${index + 1}行类型`} value={day.kind} onChange={(event) => update(index, { kind: event.target.value as CalendarDayKind })}>
                  {KINDS.map((kind) => (
                    <option key={kind.value} value={kind.value}>
                      {kind.label}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input aria-label={`第${index + 1}行节日`} type="text" value={day.name} maxLength={20} onChange={(event) => update(index, { name: event.target.value })} />
              </td>
              <td>
                <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => changed(days.filter((_, at) => at !== index))}>
                  删除
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button
          type="button"
          className="btn btn--style-secondary"
          onClick={() => changed([...days, { date: `${year}-01-01`, kind: 'holiday', name: days.at(-1)?.name ?? '' }])}
        >
          添加一天
        </button>
      </p>

      <h2>第三步：检查并保存</h2>
      <p>
        <label>
          <input
            type="checkbox"
            checked={replaceExisting}
            onChange={(event) => {
              setReplaceExisting(event.target.checked)
              setOutcome(null)
            }}
          />{' '}
          以本次录入为准：修改与本次不同的已录入日期，删除本次没有列出的{year}年日期
        </label>
      </p>
      <p>不勾选时只新增日期，已录入的日期（包括管理员的更正）保持不变。</p>
      <p>
        <button type="button" className="btn btn--style-secondary" disabled={busy || days.length === 0} onClick={() => void run(true)}>
          检查
        </button>{' '}
        <button type="button" className="btn btn--style-primary" disabled={busy || !previewed} onClick={() => void run(false)}>
          保存
        </button>
      </p>
      {busy ? <p role="status">正在处理…</p> : null}
      {outcome ? (
        <div ref={result} tabIndex={-1} className={`calendar-year__result calendar-year__result--${outcome.kind}`} role={outcome.kind === 'failed' ? 'alert' : 'status'}>
          <Result outcome={outcome} replaceExisting={replaceExisting} />
        </div>
      ) : null}
    </div>
  )
}
