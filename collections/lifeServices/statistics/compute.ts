import type { Payload, Where } from 'payload'

import { lifeOrderTotals, type OrderTotalsFilter, type TotalsGroup } from '../../../cms/config/lifeOrderTotals'
import { type StaffUser, userDivision } from '../../access'
import { RATING_LABELS } from '../../casework/satisfaction'
import { DIVISION_LEVEL_LABELS, type DivisionLevel, parseDivisionCode } from '../../Divisions/code'
import { LIFE_ORDERS } from '../../LifeOrders/states'
import { LIFE_COMPLAINTS } from '../../LifeComplaints/states'
import { divisionGroups, mapLimit, nameOf, pathWhere, rangeInstants, ratio, type Reader, readerOf, resolveRange, type StatisticsRange } from '../../statistics/shared'
import { lifeManagerScope, SETTLED_STATUSES } from '../settlement/compute'

/** What the statistics say about a set of orders booked in the range. */
export type LifeFigures = {
  orders: number
  /** Accepted by the first provider offered, before the offer expired. */
  acceptedOnTime: number
  acceptedOnTimeRate: null | number
  /** Done (and later confirmed or rated). */
  done: number
  /** Done by the end of the booked period. */
  doneOnTime: number
  doneOnTimeRate: null | number
  /** Complaints received in the range, against the done orders. */
  complaints: number
  complaintRate: null | number
  rated: number
  /** Rated 满意 or 非常满意. */
  satisfied: number
  satisfactionRate: null | number
  /** The average level, 5 the best. */
  averageLevel: null | number
  /** Subsidised orders confirmed or rated, and their subsidies in yuan. */
  subsidies: number
  subsidyTotal: number
}

export type LifeStatisticsRow = LifeFigures & { key: string; label: string }

export type LifeStatistics = {
  range: StatisticsRange
  scopeName: string
  total: LifeFigures
  byCategory: LifeStatisticsRow[]
  byProvider: LifeStatisticsRow[]
  byDivision: { levelLabel: string; rows: LifeStatisticsRow[] }
}

const COUNTS_AT_ONCE = 8
const DONE_STATUSES = ['done', ...SETTLED_STATUSES]
const LEVELS = Object.keys(RATING_LABELS).map(Number) as (keyof typeof RATING_LABELS)[]
const SATISFIED_LEVELS = [4, 5]
/** The row of orders no provider took on (still waiting, or unserved). */
const NO_PROVIDER = 'none'

type Subsidised = { orders: number; subsidy: number }

/** The figures of the orders `orderWhere` selects (booked in the range) and the complaints `complaintWhere` selects, with the reader's access. */
async function figures(payload: Payload, reader: Reader, orderWhere: Where[], complaintWhere: Where[], subsidised: Subsidised): Promise<LifeFigures> {
  const orders = (where: Where[]) => payload.count({ collection: LIFE_ORDERS, where: { and: [...orderWhere, ...where] }, ...reader }).then((result) => result.totalDocs)
  const [total, acceptedOnTime, done, doneOnTime, complaints, ...levels] = await Promise.all([
    orders([]),
    orders([{ acceptedOnTime: { equals: true } }]),
    orders([{ status: { in: DONE_STATUSES } }]),
    orders([{ doneOnTime: { equals: true } }]),
    payload.count({ collection: LIFE_COMPLAINTS, where: { and: complaintWhere }, ...reader }).then((result) => result.totalDocs),
    ...LEVELS.map((level) => orders([{ 'rating.level': { equals: String(level) } }])),
  ])
  const rated = levels.reduce((sum, count) => sum + count, 0)
  const satisfied = LEVELS.reduce((sum, level, index) => sum + (SATISFIED_LEVELS.includes(level) ? levels[index]! : 0), 0)
  const levelSum = LEVELS.reduce((sum, level, index) => sum + level * levels[index]!, 0)
  return {
    orders: total,
    acceptedOnTime,
    acceptedOnTimeRate: ratio(acceptedOnTime, total),
    done,
    doneOnTime,
    doneOnTimeRate: ratio(doneOnTime, done),
    complaints,
    complaintRate: ratio(complaints, done),
    rated,
    satisfied,
    satisfactionRate: ratio(satisfied, rated),
    averageLevel: rated > 0 ? Math.round((levelSum / rated) * 100) / 100 : null,
    subsidies: subsidised.orders,
    subsidyTotal: subsidised.subsidy,
  }
}

const NONE: Subsidised = { orders: 0, subsidy: 0 }

/** The subsidised orders booked in the range and settled, per category or provider, summed in the database. */
async function subsidisedBy(payload: Payload, filter: OrderTotalsFilter, group: TotalsGroup): Promise<Map<string, Subsidised>> {
  return new Map((await lifeOrderTotals(payload, filter, group)).map((row) => [row.key, { orders: row.orders, subsidy: row.subsidy }]))
}

const addUp = (parts: Iterable<Subsidised>): Subsidised => {
  let orders = 0
  let fen = 0
  for (const part of parts) {
    orders += part.orders
    fen += Math.round(part.subsidy * 100)
  }
  return { orders, subsidy: fen / 100 }
}

/**
 * 生活服务统计 for life-services staff: the orders booked in the range (by
 * default the last 12 months) in their division, in total, per category,
 * per provider and per division one level below theirs: how many, accepted
 * and done on time, complaints against done orders, satisfaction and
 * subsidies. Counted in the database with the reader's own access.
 */
export async function lifeStatistics(payload: Payload, user: null | StaffUser | undefined, options: { from?: null | string; to?: null | string } = {}): Promise<LifeStatistics> {
  const scope = lifeManagerScope(user, '生活服务统计')
  const own = userDivision(user)!
  const reader = readerOf(user!)
  const range = resolveRange(options)
  const { start, end } = rangeInstants(range)
  const ownPath = pathWhere(parseDivisionCode(own.code).path)
  const ordersIn = (where: Where[]) => [...ownPath, { createdAt: { greater_than_equal: start } }, { createdAt: { less_than: end } }, ...where]
  const complaintsIn = (where: Where[]) => [...ownPath, { receivedAt: { greater_than_equal: start } }, { receivedAt: { less_than: end } }, ...where]
  const subsidyFilter: OrderTotalsFilter = { field: 'createdAt', start, end, statuses: SETTLED_STATUSES, scope }
  const [byCategorySubsidy, byProviderSubsidy, categories, providers, groups, scopeName] = await Promise.all([
    subsidisedBy(payload, subsidyFilter, 'category'),
    subsidisedBy(payload, subsidyFilter, 'provider'),
    payload.find({ collection: 'life-categories', depth: 0, pagination: false, sort: 'code', select: { name: true }, overrideAccess: true }),
    payload.find({ collection: 'providers', depth: 0, pagination: false, sort: 'name', select: { name: true }, overrideAccess: true }),
    divisionGroups(payload, own),
    nameOf(payload, own.code),
  ])
  const row = async (key: string, label: string, orderWhere: Where[], complaintWhere: Where[], subsidised: Subsidised): Promise<LifeStatisticsRow> => ({
    key,
    label,
    ...(await figures(payload, reader, ordersIn(orderWhere), complaintsIn(complaintWhere), subsidised)),
  })
  const providerRows = [
    ...providers.docs.map((provider) => ({ key: String(provider.id), label: provider.name })),
    { key: NO_PROVIDER, label: '（尚无承接企业）' },
  ]
  const [total, byCategory, byProvider, byDivision] = await Promise.all([
    figures(payload, reader, ordersIn([]), complaintsIn([]), addUp(byProviderSubsidy.values())),
    mapLimit(categories.docs, COUNTS_AT_ONCE, (category) => row(String(category.id), category.name, [{ category: { equals: category.id } }], [{ category: { equals: category.id } }], byCategorySubsidy.get(String(category.id)) ?? NONE)),
    mapLimit(providerRows, COUNTS_AT_ONCE, ({ key, label }) =>
      key === NO_PROVIDER ? row(key, label, [{ provider: { exists: false } }], [{ provider: { exists: false } }], NONE) : row(key, label, [{ provider: { equals: key } }], [{ provider: { equals: key } }], byProviderSubsidy.get(key) ?? NONE),
    ),
    mapLimit(groups.divisions, COUNTS_AT_ONCE, async (division) => {
      const path = parseDivisionCode(division.code).path
      const where = pathWhere(path)
      const subsidised = addUp((await subsidisedBy(payload, { ...subsidyFilter, scope: Object.fromEntries(Object.entries(path).filter(([, code]) => code)) }, 'provider')).values())
      return row(division.code, division.name, where, where, subsidised)
    }),
  ])
  return {
    range,
    scopeName: scopeName ?? own.code,
    total,
    byCategory,
    byProvider: byProvider.filter((each) => each.orders > 0 || each.complaints > 0),
    byDivision: { levelLabel: DIVISION_LEVEL_LABELS[groups.level as DivisionLevel].zh, rows: byDivision },
  }
}
