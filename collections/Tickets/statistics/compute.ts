import type { Payload, Where } from 'payload'

import { chinaDate } from '../../CalendarDays/workingDays'
import { type StaffUser, userDivision } from '../../access'
import { DIVISION_LEVEL_LABELS, type DivisionLevel, parseDivisionCode } from '../../Divisions/code'
import { RequestError } from '../../errors'
import { type Count, divisionGroups, mapLimit, nameOf, pathWhere, rangeInstants, ratio, type Reader, readerOf, resolveRange, type StatisticsRange } from '../../statistics/shared'
import { isDesk } from '../access'
import { OPEN_TICKET_STATUSES, SATISFACTION_LABELS, TICKET_CHANNEL_LABELS, TICKET_KIND_LABELS } from '../states'

export type HotlineStatistics = {
  range: StatisticsRange
  scopeName: string
  total: number
  byChannel: Count[]
  byKind: Count[]
  byDivision: { items: Count[]; levelLabel: string }
  /** Orders the desk answered itself, without dispatching them. */
  direct: { answered: number; rate: null | number }
  /** Orders closed, and of those closed on or before their due date. */
  timeliness: { closed: number; onTime: number; rate: null | number; overdueOpen: number }
  /** The call-back results, best first; satisfied = 基本满意 or better. */
  satisfaction: { levels: Count[]; rated: number; satisfied: number; rate: null | number }
}

const COUNTS_AT_ONCE = 8
const SATISFIED = ['5', '4', '3']

export const canViewHotlineStatistics = (user: null | StaffUser | undefined): boolean => isDesk(user) && userDivision(user) !== null

/**
 * 热线统计 for an agent or admin: the orders received in the range (by
 * default the last 12 months) concerning their division, with their own
 * access (see hotlineFigures).
 */
export async function hotlineStatistics(payload: Payload, user: null | StaffUser | undefined, options: { from?: null | string; to?: null | string } = {}): Promise<HotlineStatistics> {
  const own = userDivision(user)
  if (!own || !canViewHotlineStatistics(user)) throw new RequestError('FORBIDDEN', '只有热线坐席和系统管理员可以查看热线统计', 403)
  return hotlineFigures(payload, readerOf(user!), own, resolveRange(options))
}

/** Counts of the work orders `base` selects and more conditions, with the reader's access. */
const ticketCounter = (payload: Payload, reader: Reader, base: Where[]) => async (where: Where[]) =>
  (await payload.count({ collection: 'tickets', where: { and: [...base, ...where] }, ...reader })).totalDocs

/** The orders received in the range within a division, as conditions that follow the statistics indexes. */
function receivedWithin(code: string, range: StatisticsRange): Where[] {
  const { start, end } = rangeInstants(range)
  return [...pathWhere(parseDivisionCode(code).path), { receivedAt: { greater_than_equal: start } }, { receivedAt: { less_than: end } }]
}

/**
 * What became of the orders received in the range within a division: how
 * many, closed and closed on time, and the call-back satisfaction. The
 * public figures show these for every division (cms/publish/figures/).
 */
export async function hotlineOutcomes(payload: Payload, reader: Reader, code: string, range: StatisticsRange): Promise<Pick<HotlineStatistics, 'satisfaction' | 'total'> & { timeliness: Omit<HotlineStatistics['timeliness'], 'overdueOpen'> }> {
  const count = ticketCounter(payload, reader, receivedWithin(code, range))
  const [total, closed, onTime, levels] = await Promise.all([
    count([]),
    count([{ closedAt: { exists: true } }]),
    count([{ closedOnTime: { equals: true } }]),
    mapLimit(Object.entries(SATISFACTION_LABELS).reverse(), COUNTS_AT_ONCE, async ([key, label]) => ({ key, label, count: await count([{ satisfaction: { equals: key } }]) })),
  ])
  const rated = levels.reduce((sum, level) => sum + level.count, 0)
  const satisfied = levels.filter((level) => SATISFIED.includes(level.key)).reduce((sum, level) => sum + level.count, 0)
  return {
    total,
    timeliness: { closed, onTime, rate: ratio(onTime, closed) },
    satisfaction: { levels, rated, satisfied, rate: ratio(satisfied, rated) },
  }
}

/**
 * The orders received in the range concerning a division — by channel, kind
 * and division one level down, the share answered directly, the outcomes
 * (hotlineOutcomes) — as Local API counts with the reader's access. Overdue
 * open orders are counted now, whatever the range.
 */
async function hotlineFigures(payload: Payload, reader: Reader, own: { code: string; level: DivisionLevel }, range: StatisticsRange): Promise<HotlineStatistics> {
  const within = pathWhere(parseDivisionCode(own.code).path)
  const count = ticketCounter(payload, reader, receivedWithin(own.code, range))
  const counted = (labels: Record<string, string>, field: string) =>
    mapLimit(Object.entries(labels), COUNTS_AT_ONCE, async ([key, label]) => ({ key, label, count: await count([{ [field]: { equals: key } }]) }))

  const groups = await divisionGroups(payload, own)
  const [outcomes, byChannel, byKind, byDivision, answered, overdueOpen, scopeName] = await Promise.all([
    hotlineOutcomes(payload, reader, own.code, range),
    counted(TICKET_CHANNEL_LABELS, 'channel'),
    counted(TICKET_KIND_LABELS, 'kind'),
    mapLimit(groups.divisions, COUNTS_AT_ONCE, async (division) => ({ key: division.code, label: division.name, count: await count([{ [`scope.${groups.level}`]: { equals: division.code } }]) })),
    count([{ answeredDirectly: { equals: true } }]),
    ticketCounter(payload, reader, within)([{ status: { in: OPEN_TICKET_STATUSES } }, { dueDate: { less_than: chinaDate() } }]),
    nameOf(payload, own.code),
  ])
  return {
    range,
    scopeName: scopeName ?? own.code,
    total: outcomes.total,
    byChannel,
    byKind,
    byDivision: { items: byDivision, levelLabel: DIVISION_LEVEL_LABELS[groups.level].zh },
    direct: { answered, rate: ratio(answered, outcomes.total) },
    timeliness: { ...outcomes.timeliness, overdueOpen },
    satisfaction: outcomes.satisfaction,
  }
}
