import type { Payload, Where } from 'payload'

import { inChunks } from '../../../cms/lib/inChunks'
import { chinaDate } from '../../CalendarDays/workingDays'
import { resolveRange, type StatisticsRange } from '../../statistics/shared'
import { ALL_TIME, COUNTERS } from './aggregate'

/** Orders from one phone or at one address that make it a repeat. */
export const REPEATED = 3
/** Repeats listed on the page, most orders first. */
const REPEATS_LISTED = 50
/**
 * Candidates (callers or addresses with REPEATED orders over all time) above
 * which a division's repeats are counted ahead nightly: summing their months
 * on request reads about ten rows each (14 s for a city of a million orders
 * and 60,000 candidates), so 500 of each stay well inside the page's second.
 */
export const PRECOMPUTED_ABOVE = 500
/** A snapshot older than this (a night's run missed) is not used: the page counts live instead. */
const SNAPSHOT_HOURS = 36
/** Where the nightly run keeps its figures in Payload's key-value store. */
export const REPEATS_SNAPSHOT_KEY = 'demand-analysis-repeats'

/** A caller or an address with at least REPEATED orders in the period, masked. */
export type Repeat = { count: number; label: string }
export type Repeats = { count: number; top: Repeat[] }
export type RepeatDimension = 'address' | 'caller'
/** Whole months, YYYY-MM, first and last inclusive. */
export type MonthPeriod = { from: string; to: string }

/** The nightly run's figures: its period, when it ran, and the repeats of each large division. */
type RepeatSnapshot = { computedAt: string; divisions: Record<string, Record<RepeatDimension, Repeats>>; period: MonthPeriod }

type Row = { count: number; label?: null | string; value: string }

/** Counter rows as stored: no hooks or access to run per row (the division is in `where`). */
async function rows(payload: Payload, where: Where[]): Promise<Row[]> {
  const { docs } = await payload.db.find<Row>({ collection: COUNTERS, where: { and: where }, limit: 0, pagination: false, select: { count: true, label: true, value: true } })
  return docs
}

const candidatesWhere = (division: string, dimension: RepeatDimension): Where[] => [
  { division: { equals: division } },
  { dimension: { equals: dimension } },
  { month: { equals: ALL_TIME } },
  { count: { greater_than_equal: REPEATED } },
]

/**
 * Callers or addresses with at least REPEATED orders in the period, counted
 * now: the candidates are those with that many over all time (an indexed
 * read), then their months within the period are summed.
 */
export async function countRepeats(payload: Payload, division: string, dimension: RepeatDimension, period: MonthPeriod): Promise<Repeats> {
  const candidates = await rows(payload, candidatesWhere(division, dimension))
  const sums = new Map<string, number>()
  for (const part of inChunks(candidates.map((row) => row.value))) {
    const monthly = await rows(payload, [
      { division: { equals: division } },
      { dimension: { equals: dimension } },
      { month: { greater_than_equal: period.from } },
      { month: { less_than_equal: period.to } },
      { value: { in: part } },
    ])
    for (const row of monthly) sums.set(row.value, (sums.get(row.value) ?? 0) + row.count)
  }
  const labels = new Map(candidates.map((row) => [row.value, row.label ?? '****']))
  const found = [...sums]
    .filter(([, count]) => count >= REPEATED)
    .map(([value, count]) => ({ label: labels.get(value)!, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
  return { count: found.length, top: found.slice(0, REPEATS_LISTED) }
}

/** The whole months a range of days falls in: what the page counts. */
export const wholeMonths = (range: StatisticsRange): MonthPeriod => ({ from: range.from.slice(0, 7), to: range.to.slice(0, 7) })

/**
 * The nightly run (cms/jobs/precomputeDemandRepeats.ts): the repeats of the
 * default period for every division with more than `above` candidates
 * (PRECOMPUTED_ABOVE), kept as one entry of Payload's key-value store, replacing
 * last night's. Returns how many divisions it counted.
 */
export async function precomputeRepeats(payload: Payload, { above = PRECOMPUTED_ABOVE, now = new Date() } = {}): Promise<number> {
  const period = wholeMonths(resolveRange({}, chinaDate(now)))
  const { docs } = await payload.find({ collection: 'divisions', pagination: false, depth: 0, select: { code: true } })
  const divisions: RepeatSnapshot['divisions'] = {}
  for (const { code } of docs) {
    const large = async (dimension: RepeatDimension) => (await payload.db.count({ collection: COUNTERS, where: { and: candidatesWhere(code, dimension) } })).totalDocs > above
    if (!(await large('caller')) && !(await large('address'))) continue
    divisions[code] = { caller: await countRepeats(payload, code, 'caller', period), address: await countRepeats(payload, code, 'address', period) }
  }
  await payload.kv.set(REPEATS_SNAPSHOT_KEY, { computedAt: now.toISOString(), divisions, period } satisfies RepeatSnapshot)
  return Object.keys(divisions).length
}

/**
 * A division's repeats for the period: last night's where it counted this
 * division for this period, with the time it counted them; else counted now.
 */
export async function divisionRepeats(payload: Payload, division: string, period: MonthPeriod, now = new Date()): Promise<{ addresses: Repeats; asOf: null | string; callers: Repeats }> {
  const snapshot = await payload.kv.get<RepeatSnapshot>(REPEATS_SNAPSHOT_KEY)
  const stored = snapshot?.divisions[division]
  const fresh = snapshot && now.getTime() - new Date(snapshot.computedAt).getTime() < SNAPSHOT_HOURS * 3_600_000
  if (stored && fresh && snapshot.period.from === period.from && snapshot.period.to === period.to) {
    return { callers: stored.caller, addresses: stored.address, asOf: snapshot.computedAt }
  }
  const [callers, addresses] = await Promise.all([countRepeats(payload, division, 'caller', period), countRepeats(payload, division, 'address', period)])
  return { callers, addresses, asOf: null }
}
