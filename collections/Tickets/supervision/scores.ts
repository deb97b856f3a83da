import type { Endpoint, PayloadRequest, Where } from 'payload'

import { scopeWhere } from '../../access'
import { RequestError } from '../../errors'
import { handled } from '../../endpoints/respond'
import { relationId } from '../../relations'
import { isDesk } from '../access'
import type { StaffUnit } from '../../StaffMessages'
import { unitName } from './units'

/** Ratings that count as satisfied: 满意 and 非常满意 of the five levels. */
const SATISFIED = new Set(['4', '5'])

/** One handling unit's month. */
export type UnitScore = {
  name: string
  unit: string
  /** Orders dispatched to the unit in the month. */
  received: number
  /** Orders it returned (退回重派) in the month. */
  returned: number
  /** Orders it handled that were closed in the month, of them on time, reopened by the caller, rated, rated satisfied. */
  closed: number
  onTime: number
  reopened: number
  rated: number
  satisfied: number
  onTimeRate: null | number
  returnRate: null | number
  satisfiedRate: null | number
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** Whether `value` names a month as the scores take it (2026-12). */
export const isScoreMonth = (value: string): boolean => MONTH.test(value)

/** The month's first instant and the next month's, in Beijing time. */
function monthRange(month: string): [string, string] {
  const [, year, number] = MONTH.exec(month)!
  const next = Number(number) === 12 ? `${Number(year) + 1}-01` : `${year}-${String(Number(number) + 1).padStart(2, '0')}`
  return [new Date(`${month}-01T00:00:00+08:00`).toISOString(), new Date(`${next}-01T00:00:00+08:00`).toISOString()]
}

const keyOf = (department: unknown, divisionCode: null | string | undefined): null | string => {
  const id = relationId(department as never)
  return id != null ? `d:${id}` : divisionCode ? `c:${divisionCode}` : null
}
const unitOfKey = (key: string): StaffUnit => (key.startsWith('d:') ? { department: key.slice(2) } : { divisionCode: key.slice(2) })
const rate = (part: number, whole: number): null | number => (whole ? Math.round((part / whole) * 1000) / 10 : null)

/**
 * The month's scores of every unit that handled orders in `scope` (a
 * division subtree): received and returned from the history (each dispatch
 * and return names its unit), closed, on time, reopened and satisfaction
 * from the orders it handled that closed in the month. Counted on request
 * from two indexed reads; a city at 12345's volume would pre-aggregate.
 */
export async function monthlyScores(req: PayloadRequest, month: string, scope: Where): Promise<UnitScore[]> {
  const [from, to] = monthRange(month)
  const inMonth = (field: string): Where => ({ and: [{ [field]: { greater_than_equal: from } }, { [field]: { less_than: to } }, scope] })
  const [events, tickets] = await Promise.all([
    req.payload.find({
      collection: 'ticket-events',
      where: { and: [inMonth('createdAt'), { action: { in: ['dispatch', 'autoDispatch', 'return'] } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { action: true, handlerDepartment: true, handlerDivisionCode: true },
      req,
    }),
    req.payload.find({
      collection: 'tickets',
      where: { and: [inMonth('closedAt'), { answeredDirectly: { not_equals: true } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { assignee: true, closedOnTime: true, reopens: true, satisfaction: true },
      req,
    }),
  ])
  const rows = new Map<string, Omit<UnitScore, 'name' | 'onTimeRate' | 'returnRate' | 'satisfiedRate' | 'unit'>>()
  const row = (key: string) => rows.get(key) ?? rows.set(key, { received: 0, returned: 0, closed: 0, onTime: 0, reopened: 0, rated: 0, satisfied: 0 }).get(key)!
  for (const event of events.docs) {
    const key = keyOf(event.handlerDepartment, event.handlerDivisionCode)
    if (key) row(key)[event.action === 'return' ? 'returned' : 'received'] += 1
  }
  for (const ticket of tickets.docs) {
    const key = keyOf(ticket.assignee?.department, ticket.assignee?.divisionCode)
    if (!key) continue
    const counts = row(key)
    counts.closed += 1
    if (ticket.closedOnTime) counts.onTime += 1
    if ((ticket.reopens ?? 0) > 0) counts.reopened += 1
    if (ticket.satisfaction) counts.rated += 1
    if (ticket.satisfaction && SATISFIED.has(ticket.satisfaction)) counts.satisfied += 1
  }
  const scores = await Promise.all(
    [...rows].map(async ([unit, counts]) => ({
      unit,
      name: await unitName(req, unitOfKey(unit)),
      ...counts,
      onTimeRate: rate(counts.onTime, counts.closed),
      returnRate: rate(counts.returned, counts.received),
      satisfiedRate: rate(counts.satisfied, counts.rated),
    })),
  )
  return scores.sort((a, b) => a.name.localeCompare(b.name, 'zh'))
}

const CSV_COLUMNS: [keyof UnitScore, string][] = [
  ['name', '承办单位'],
  ['received', '派单数'],
  ['returned', '退回数'],
  ['returnRate', '退回率(%)'],
  ['closed', '办结数'],
  ['onTime', '按时办结数'],
  ['onTimeRate', '按时办结率(%)'],
  ['reopened', '重新办理数'],
  ['rated', '评价数'],
  ['satisfied', '满意数'],
  ['satisfiedRate', '满意率(%)'],
]

/** The scores as CSV with a byte-order mark, so Excel opens the Chinese right. */
const toCsv = (scores: UnitScore[]): string =>
  '\uFEFF' + [CSV_COLUMNS.map(([, label]) => label), ...scores.map((score) => CSV_COLUMNS.map(([field]) => `"${String(score[field] ?? '').replaceAll('"', '""')}"`))].map((line) => line.join(',')).join('\r\n')

/**
 * `GET /api/tickets/scores?month=2026-12[&format=csv]`: 承办单位考核 — each
 * handling unit's month in the desk's division (agents and administrators),
 * as JSON `{ month, scores }` or a CSV download.
 */
export const scoresEndpoint: Endpoint = {
  path: '/scores',
  method: 'get',
  handler: handled(async (req) => {
    const scope = isDesk(req.user) ? scopeWhere(req.user) : false
    if (!scope) throw new RequestError('FORBIDDEN', '只有热线坐席和管理员可以查看承办单位考核', 403)
    const month = String(req.searchParams.get('month') ?? '')
    if (!isScoreMonth(month)) throw new RequestError('MONTH_FORMAT', '月份应写成 2026-12 的形式', 400)
    const scores = await monthlyScores(req, month, scope)
    if (req.searchParams.get('format') === 'csv') {
      return new Response(toCsv(scores), {
        headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="scores-${month}.csv"`, 'Cache-Control': 'no-store' },
      })
    }
    return Response.json({ month, scores }, { headers: { 'Cache-Control': 'no-store' } })
  }),
}
