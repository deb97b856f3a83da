import type { Payload, Where } from 'payload'

import { inChunks } from '../../../cms/lib/inChunks'
import { type StaffUser, userDivision } from '../../access'
import { DIVISION_LEVEL_LABELS } from '../../Divisions/code'
import { RequestError } from '../../errors'
import { type Count, divisionGroups, nameOf, resolveRange, type StatisticsRange } from '../../statistics/shared'
import { TICKET_KIND_LABELS } from '../states'
import { canViewHotlineStatistics } from '../statistics/compute'
import { COUNTERS, type Dimension, NONE } from './aggregate'
import { divisionRepeats, type Repeats, wholeMonths } from './repeats'

/** A bar with the same bar of the previous period beside it. */
export type Trend = Count & { previous: number }

export type DemandAnalysis = {
  /** The days asked for (the form's), whose whole months are counted. */
  range: StatisticsRange
  /** Whole months, YYYY-MM, first and last inclusive. */
  period: { from: string; to: string }
  previous: { from: string; to: string }
  scopeName: string
  total: number
  previousTotal: number
  /** Each month against the same month of the previous period. */
  byMonth: Trend[]
  byKind: Trend[]
  byTopic: Trend[]
  byService: Trend[]
  byDivision: { items: Trend[]; levelLabel: string }
  callers: Repeats
  addresses: Repeats
  /** When the repeats were counted, if by last night's run (ISO); null when counted now. */
  repeatsAsOf: null | string
}

type Row = { count: number; dimension: string; division: string; month: string; value: string }

/** YYYY-MM shifted by `months`. */
export const shiftMonth = (month: string, months: number): string => {
  const [year, number] = month.split('-').map(Number) as [number, number]
  const index = year * 12 + number - 1 + months
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** The months from `from` to `to`, inclusive. */
const monthsOf = (from: string, to: string): string[] => {
  const months: string[] = []
  for (let month = from; month <= to; month = shiftMonth(month, 1)) months.push(month)
  return months
}

/** Counter rows as stored: no hooks or access to run per row (the viewer's scope is in `where`). */
async function counterRows(payload: Payload, where: Where[]): Promise<Row[]> {
  const { docs } = await payload.db.find<Row>({
    collection: COUNTERS,
    where: { and: where },
    limit: 0,
    pagination: false,
    select: { count: true, dimension: true, division: true, month: true, value: true },
  })
  return docs
}

/** Sum of `rows`' counts by `key`. */
function sumBy(rows: Row[], key: (row: Row) => string): Map<string, number> {
  const sums = new Map<string, number>()
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + row.count)
  return sums
}

/** Names of topics or services by id; NONE reads 未分类. */
async function namesOf(payload: Payload, collection: 'services' | 'topics', ids: string[]): Promise<Map<string, string>> {
  const names = new Map([[NONE, '未分类']])
  const real = ids.filter((id) => id !== NONE)
  for (const part of inChunks(real)) {
    const { docs } = await payload.find({ collection, where: { id: { in: part } }, pagination: false, depth: 0, select: { title: true } as never })
    for (const doc of docs as unknown as { id: number | string; title?: string }[]) names.set(String(doc.id), doc.title ?? String(doc.id))
  }
  return names
}

/** Trends of one dimension: this period's and the previous period's count per value, most first; values counted in neither left out. */
function trends(rows: Row[], dimension: Dimension, period: { from: string }, label: (value: string) => string): Trend[] {
  const mine = rows.filter((row) => row.dimension === dimension)
  const current = sumBy(mine.filter((row) => row.month >= period.from), (row) => row.value)
  const before = sumBy(mine.filter((row) => row.month < period.from), (row) => row.value)
  return [...new Set([...current.keys(), ...before.keys()])]
    .map((value) => ({ key: value, label: label(value), count: current.get(value) ?? 0, previous: before.get(value) ?? 0 }))
    .filter((trend) => trend.count > 0 || trend.previous > 0)
    .sort((a, b) => b.count - a.count || b.previous - a.previous || a.key.localeCompare(b.key))
}

/**
 * 诉求分析 for an agent or admin: the orders received in the period's whole
 * months (by default the last 12) concerning their division — by month,
 * kind, topic, service and division one level down, each against the
 * period just before — and the repeated callers and addresses, masked.
 * Summed from the counters the orders' hook keeps.
 */
export async function demandAnalysis(payload: Payload, user: null | StaffUser | undefined, options: { from?: null | string; to?: null | string } = {}): Promise<DemandAnalysis> {
  const own = userDivision(user)
  if (!own || !canViewHotlineStatistics(user)) throw new RequestError('FORBIDDEN', '只有热线坐席和系统管理员可以查看诉求分析', 403)
  const range = resolveRange(options)
  const period = wholeMonths(range)
  const length = monthsOf(period.from, period.to).length
  const previous = { from: shiftMonth(period.from, -length), to: shiftMonth(period.from, -1) }
  const both: Where[] = [{ month: { greater_than_equal: previous.from } }, { month: { less_than_equal: period.to } }]

  const groups = await divisionGroups(payload, own)
  const [rows, childRows, repeats, scopeName] = await Promise.all([
    counterRows(payload, [{ division: { equals: own.code } }, { dimension: { in: ['total', 'kind', 'topic', 'service'] } }, ...both]),
    groups.level === own.level ? Promise.resolve([]) : counterRows(payload, [{ division: { in: groups.divisions.map((division) => division.code) } }, { dimension: { equals: 'total' } }, ...both]),
    divisionRepeats(payload, own.code, period),
    nameOf(payload, own.code),
  ])
  const valuesOf = (dimension: Dimension) => [...new Set(rows.filter((row) => row.dimension === dimension).map((row) => row.value))]
  const [topics, services] = await Promise.all([namesOf(payload, 'topics', valuesOf('topic')), namesOf(payload, 'services', valuesOf('service'))])
  const totals = sumBy(rows.filter((row) => row.dimension === 'total'), (row) => row.month)
  const sumMonths = (from: string, to: string) => monthsOf(from, to).reduce((sum, month) => sum + (totals.get(month) ?? 0), 0)
  const divisionNames = new Map(groups.divisions.map((division) => [division.code, division.name]))
  const divisionTrends = trends(
    groups.level === own.level ? rows.filter((row) => row.dimension === 'total').map((row) => ({ ...row, value: own.code })) : childRows.map((row) => ({ ...row, value: row.division })),
    'total',
    period,
    (code) => divisionNames.get(code) ?? code,
  )
  return {
    range,
    period,
    previous,
    scopeName: scopeName ?? own.code,
    total: sumMonths(period.from, period.to),
    previousTotal: sumMonths(previous.from, previous.to),
    byMonth: monthsOf(period.from, period.to).map((month) => ({ key: month, label: month, count: totals.get(month) ?? 0, previous: totals.get(shiftMonth(month, -length)) ?? 0 })),
    byKind: trends(rows, 'kind', period, (kind) => TICKET_KIND_LABELS[kind as keyof typeof TICKET_KIND_LABELS] ?? kind),
    byTopic: trends(rows, 'topic', period, (id) => topics.get(id) ?? id),
    byService: trends(rows, 'service', period, (id) => services.get(id) ?? id),
    byDivision: { items: divisionTrends, levelLabel: DIVISION_LEVEL_LABELS[groups.level].zh },
    callers: repeats.callers,
    addresses: repeats.addresses,
    repeatsAsOf: repeats.asOf,
  }
}
