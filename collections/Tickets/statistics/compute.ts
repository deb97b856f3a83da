import type { Payload, TypedUser, Where } from 'payload'

import { chinaDate } from '../../CalendarDays/workingDays'
import { type StaffUser, userDivision } from '../../access'
import { DIVISION_LEVEL_LABELS, parseDivisionCode } from '../../Divisions/code'
import { RequestError } from '../../errors'
import { type Count, divisionGroups, mapLimit, nameOf, pathWhere, rangeInstants, resolveRange, type StatisticsRange } from '../../statistics/shared'
import { isDesk } from '../access'
import { OPEN_TICKET_STATUSES, SATISFACTION_LABELS, TICKET_CHANNEL_LABELS, TICKET_KIND_LABELS } from '../states'

type HotlineStatistics = {
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

const ratio = (part: number, whole: number): null | number => (whole > 0 ? part / whole : null)

/**
 * 热线统计 for an agent or admin: the orders received in the range (by
 * default the last 12 months) concerning their division — by channel, kind
 * and division one level down, the share answered directly, the share closed
 * on time, and the call-back satisfaction — as Local API counts with the
 * viewer's own access. Overdue open orders are counted now, whatever the range.
 */
export async function hotlineStatistics(payload: Payload, user: null | StaffUser | undefined, options: { from?: null | string; to?: null | string } = {}): Promise<HotlineStatistics> {
  const own = userDivision(user)
  if (!own || !canViewHotlineStatistics(user)) throw new RequestError('FORBIDDEN', '只有热线坐席和系统管理员可以查看热线统计', 403)
  const range = resolveRange(options)
  const { start, end } = rangeInstants(range)
  const within = pathWhere(parseDivisionCode(own.code).path)
  const received: Where[] = [...within, { receivedAt: { greater_than_equal: start } }, { receivedAt: { less_than: end } }]
  const count = async (where: Where[], base = received) =>
    (await payload.count({ collection: 'tickets', where: { and: [...base, ...where] }, overrideAccess: false, user: user as TypedUser })).totalDocs
  const counted = (labels: Record<string, string>, field: string) =>
    mapLimit(Object.entries(labels), COUNTS_AT_ONCE, async ([key, label]) => ({ key, label, count: await count([{ [field]: { equals: key } }]) }))

  const groups = await divisionGroups(payload, own)
  const [total, byChannel, byKind, byDivision, answered, closed, onTime, levels, overdueOpen, scopeName] = await Promise.all([
    count([]),
    counted(TICKET_CHANNEL_LABELS, 'channel'),
    counted(TICKET_KIND_LABELS, 'kind'),
    mapLimit(groups.divisions, COUNTS_AT_ONCE, async (division) => ({ key: division.code, label: division.name, count: await count([{ [`scope.${groups.level}`]: { equals: division.code } }]) })),
    count([{ answeredDirectly: { equals: true } }]),
    count([{ closedAt: { exists: true } }]),
    count([{ closedOnTime: { equals: true } }]),
    counted(Object.fromEntries(Object.entries(SATISFACTION_LABELS).reverse()), 'satisfaction'),
    count([{ status: { in: OPEN_TICKET_STATUSES } }, { dueDate: { less_than: chinaDate() } }], within),
    nameOf(payload, own.code),
  ])
  const rated = levels.reduce((sum, level) => sum + level.count, 0)
  const satisfied = levels.filter((level) => SATISFIED.includes(level.key)).reduce((sum, level) => sum + level.count, 0)
  return {
    range,
    scopeName: scopeName ?? own.code,
    total,
    byChannel,
    byKind,
    byDivision: { items: byDivision, levelLabel: DIVISION_LEVEL_LABELS[groups.level].zh },
    direct: { answered, rate: ratio(answered, total) },
    timeliness: { closed, onTime, rate: ratio(onTime, closed), overdueOpen },
    satisfaction: { levels, rated, satisfied, rate: ratio(satisfied, rated) },
  }
}
