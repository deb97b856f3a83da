import type { Payload, TypedUser, Where } from 'payload'

import { chinaDate } from '../../CalendarDays/workingDays'
import { type StaffUser, userDivision } from '../../access'
import { DIVISION_LEVEL_LABELS, type DivisionLevel, type DivisionPath, parseDivisionCode } from '../../Divisions/code'
import { RequestError } from '../../errors'
import { divisionGroups, mapLimit, nameOf, pathWhere, rangeInstants, ratio, resolveRange, type StatisticsRange } from '../../statistics/shared'
import type { Count } from '../../statistics/shared'
import { relationId } from '../../relations'
import { caseScopeWhere } from '../access'
import { RATING_LABELS, type RatingLevel } from '../../casework/satisfaction'
import { APPLICATION_STATUSES, CHANNEL_LABELS, CLOCK_RUNNING_STATUSES, STATUS_LABELS } from '../states'

/**
 * 办件统计: how many applications a case worker's scope received, where they
 * stand, how fast and how punctually they were finished, and how residents
 * rated them. Everything is limited by the applications collection's own
 * read access for the viewer, so a street sees its street and a department
 * its department, exactly as in the list view.
 *
 * Every figure is a count through Payload's Local API with the viewer's
 * access, so SQLite and MongoDB give the same answers the same way, and no
 * document is read: a count per group where the groups are known (states,
 * channels, rating levels, divisions), and per distinct value where they are
 * not (services, and the working days a finished case took, which the
 * workflow stores when it finishes the case, with whether it was on time).
 * The collection's compound indexes answer each count from the index alone.
 */



export type ApplicationStatistics = {
  range: StatisticsRange
  /** The viewer's division and, for staff of one department, that department. */
  scope: { code: string; department: null | string; level: DivisionLevel; name: string }
  total: number
  byStatus: Count[]
  byChannel: Count[]
  /** The busiest services first, at most SERVICES_SHOWN of them, then 其他. */
  byService: Count[]
  /** The divisions one level below the viewer's own (a community: itself). */
  byDivision: { items: Count[]; level: DivisionLevel; levelLabel: string }
  timeliness: {
    /** Accepted cases that were finished: those the workflow stored figures for when it finished them. */
    finished: number
    /** Of those, finished on or before their due date. */
    onTime: number
    onTimeRate: null | number
    /** Cases whose clock is running and whose due date has passed: now, in the whole scope. */
    overdueOpen: number
  }
  duration: {
    /** Working days from acceptance to completion on the official calendar, supplement time excluded. */
    averageWorkingDays: null | number
    /** How many finished cases took how long, in DURATION_BUCKETS. */
    distribution: Count[]
    /** The finished cases the average is taken over. */
    finished: number
  }
  satisfaction: {
    /** The five levels, best first. */
    levels: Count[]
    rated: number
    /** Ratings of 基本满意 or better. */
    satisfied: number
    satisfiedRate: null | number
    /** Bad ratings whose follow-up is still open: now, in the whole scope. */
    openFollowUps: number
  }
  generatedAt: string
}

type StatisticsOptions = {
  from?: null | string
  to?: null | string
}

/** Services named in the chart; the rest are summed as 其他. */
const SERVICES_SHOWN = 15
/** Rating levels that count as satisfied (GB/T 39734: 基本满意 and better). */
const SATISFIED_LEVELS: readonly RatingLevel[] = [5, 4, 3]
/** The rating levels, best first, as stored. */
const RATING_LEVELS = ['5', '4', '3', '2', '1'] as const
const CHANNELS = Object.keys(CHANNEL_LABELS) as (keyof typeof CHANNEL_LABELS)[]
/**
 * How long finished cases took, in working days, as the chart groups them:
 * each bucket up to and including `upTo` (the last has no bound).
 */
export const DURATION_BUCKETS: readonly { label: string; upTo: number }[] = [
  { upTo: 1, label: '1 天以内' },
  { upTo: 3, label: '2–3 天' },
  { upTo: 5, label: '4–5 天' },
  { upTo: 10, label: '6–10 天' },
  { upTo: 20, label: '11–20 天' },
  { upTo: 30, label: '21–30 天' },
  { upTo: Infinity, label: '30 天以上' },
]
/** Counts in flight at once: enough to keep a MongoDB server busy, few enough to leave it room for other requests. */
const CONCURRENCY = 8

/** Who may see the statistics: case workers (reviewers, admins) with a division. */
export const canViewStatistics = (user: null | StaffUser | undefined): boolean => caseScopeWhere(user) !== false

/** The cases with something in common, as the chart shows them. */
type Group = { key: string; where: Where[] }

/**
 * The applications submitted in the range within a division, as conditions
 * on every level of its path (see pathWhere) and on the submission instant.
 */
export function submittedWithin(path: DivisionPath, range: StatisticsRange): Where[] {
  const { start, end } = rangeInstants(range)
  return [...pathWhere(path), { submittedAt: { greater_than_equal: start } }, { submittedAt: { less_than: end } }]
}

/**
 * The counts the statistics are made of, for the applications that `base`
 * selects, through the Local API with the viewer's access: the groups whose
 * values are known are counted directly; services and working days are first
 * listed (the distinct values present) and then counted one by one.
 */
async function countAll(payload: Payload, user: StaffUser, base: Where[], divisionCodes: string[]) {
  const viewer = { overrideAccess: false, user: user as TypedUser } as const
  const count = async (where: Where[]): Promise<number> =>
    (await payload.count({ collection: 'applications', where: { and: [...base, ...where] }, ...viewer })).totalDocs
  const distinct = async (field: 'service' | 'workingDaysTaken'): Promise<unknown[]> =>
    (
      await payload.findDistinct({
        collection: 'applications',
        field,
        where: { and: [...base, { [field]: { exists: true } }] },
        depth: 0,
        ...viewer,
      })
    ).values.map((value) => (value as Record<string, unknown>)[field])

  const [services, durations] = await Promise.all([
    distinct('service').then((values) => values.map((value) => String(relationId(value as never)))),
    distinct('workingDaysTaken').then((values) => values.map(Number).filter((value) => Number.isFinite(value))),
  ])
  const groups: Record<'channel' | 'division' | 'duration' | 'rating' | 'service' | 'status' | 'total', Group[]> = {
    total: [{ key: 'total', where: [] }],
    status: APPLICATION_STATUSES.map((key) => ({ key, where: [{ status: { equals: key } }] })),
    channel: CHANNELS.map((key) => ({ key, where: [{ channel: { equals: key } }] })),
    rating: RATING_LEVELS.map((key) => ({ key, where: [{ 'rating.level': { equals: key } }] })),
    division: divisionCodes.map((key) => ({ key, where: pathWhere(parseDivisionCode(key).path) })),
    service: services.map((key) => ({ key, where: [{ service: { equals: key } }] })),
    duration: durations.map((days) => ({ key: String(days), where: [{ workingDaysTaken: { equals: days } }] })),
  }
  const onTime: Group = { key: 'onTime', where: [{ onTime: { equals: true } }] }
  const all = [...Object.values(groups).flat(), onTime]
  const counted = await mapLimit(all, CONCURRENCY, (group) => count(group.where))
  const found = new Map(all.map((group, index) => [group, counted[index]!]))
  const tally = (name: keyof typeof groups) => new Map(groups[name].map((group) => [group.key, found.get(group) ?? 0]))
  return {
    total: found.get(groups.total[0]!) ?? 0,
    status: tally('status'),
    channel: tally('channel'),
    rating: tally('rating'),
    division: tally('division'),
    service: tally('service'),
    /** Working days taken → how many finished cases took that long. */
    duration: tally('duration'),
    onTime: found.get(onTime) ?? 0,
  }
}

/**
 * The titles of these services: from the catalogue in one read, and for a
 * service no longer there, as one of its applications in `base` recorded it.
 */
async function serviceTitles(payload: Payload, user: StaffUser, base: Where[], ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const viewer = { overrideAccess: false, user: user as TypedUser } as const
  const { docs } = await payload.find({
    collection: 'services',
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    select: { title: true },
    ...viewer,
  })
  const titles = new Map(docs.map((doc) => [String(doc.id), doc.title]))
  const gone = ids.filter((id) => !titles.has(id))
  await mapLimit(gone, CONCURRENCY, async (id) => {
    const { docs: recorded } = await payload.find({
      collection: 'applications',
      where: { and: [...base, { service: { equals: id } }] },
      sort: 'createdAt',
      limit: 1,
      pagination: false,
      depth: 0,
      select: { serviceTitle: true },
      ...viewer,
    })
    if (recorded[0]?.serviceTitle) titles.set(id, recorded[0].serviceTitle)
  })
  return titles
}

/**
 * The statistics of the applications submitted in the range (by default the
 * last 12 months) that `user` may see. Overdue cases and open follow-ups are
 * what needs doing now, so they count the whole scope, whatever the range.
 */
export async function applicationStatistics(
  payload: Payload,
  user: null | StaffUser | undefined,
  options: StatisticsOptions = {},
): Promise<ApplicationStatistics> {
  const own = userDivision(user)
  if (!user || !own || !canViewStatistics(user)) {
    throw new RequestError('FORBIDDEN', '只有审核人员和系统管理员可以查看办件统计', 403)
  }
  const range = resolveRange(options)
  const today = chinaDate()
  const path = parseDivisionCode(own.code).path
  const countNow = async (where: Where): Promise<number> =>
    (
      await payload.count({
        collection: 'applications',
        where: { and: [...pathWhere(path), where] },
        overrideAccess: false,
        user: user as TypedUser,
      })
    ).totalDocs

  const [groups, ownName, departmentName] = await Promise.all([
    divisionGroups(payload, own),
    nameOf(payload, own.code),
    departmentOf(payload, user),
  ])
  const within = submittedWithin(path, range)
  const [counts, overdueOpen, openFollowUps] = await Promise.all([
    countAll(payload, user, within, groups.divisions.map((each) => each.code)),
    countNow({ and: [{ status: { in: CLOCK_RUNNING_STATUSES } }, { dueDate: { less_than: today } }] }),
    countNow({ 'followUp.status': { equals: 'open' } }),
  ])

  const ranked = [...counts.service.entries()]
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const shown = ranked.slice(0, SERVICES_SHOWN)
  const titles = await serviceTitles(payload, user, within, shown.map(([id]) => id))
  const rest = ranked.slice(SERVICES_SHOWN).reduce((sum, [, count]) => sum + count, 0)
  const byService: Count[] = [
    ...shown
      .map(([key, count]) => ({ key, label: titles.get(key) || '（未知事项）', count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh')),
    ...(rest > 0 ? [{ key: 'other', label: '其他', count: rest }] : []),
  ]

  const divisionItems: Count[] = groups.divisions.map((division) => ({
    key: division.code,
    label: division.name,
    count: counts.division.get(division.code) ?? 0,
  }))
  const unplaced = counts.total - divisionItems.reduce((sum, item) => sum + item.count, 0)
  if (unplaced > 0) divisionItems.push({ key: 'other', label: '其他', count: unplaced })

  let finished = 0
  let workingDays = 0
  const distribution = DURATION_BUCKETS.map((bucket, index) => ({ key: String(index), label: bucket.label, count: 0 }))
  for (const [key, count] of counts.duration) {
    const days = Number(key)
    finished += count
    workingDays += days * count
    distribution[DURATION_BUCKETS.findIndex((bucket) => days <= bucket.upTo)]!.count += count
  }


  return {
    range,
    scope: { code: own.code, level: own.level, name: ownName ?? own.code, department: departmentName },
    total: counts.total,
    byStatus: APPLICATION_STATUSES.map((key) => ({ key, label: STATUS_LABELS[key], count: counts.status.get(key) ?? 0 })),
    byChannel: CHANNELS.map((key) => ({ key, label: CHANNEL_LABELS[key], count: counts.channel.get(key) ?? 0 })),
    byService,
    byDivision: { level: groups.level, levelLabel: DIVISION_LEVEL_LABELS[groups.level].zh, items: divisionItems },
    timeliness: { finished, onTime: counts.onTime, onTimeRate: ratio(counts.onTime, finished), overdueOpen },
    duration: { finished, averageWorkingDays: finished > 0 ? workingDays / finished : null, distribution },
    satisfaction: { ...summariseRatings(counts.rating), openFollowUps },
    generatedAt: new Date().toISOString(),
  }
}

/** The five rating levels, best first, from their counts, with how many rated and how many were satisfied (also the public figures'). */
export function summariseRatings(counts: Map<string, number>): Omit<ApplicationStatistics['satisfaction'], 'openFollowUps'> {
  const levels: Count[] = RATING_LEVELS.map((level) => ({
    key: level,
    label: RATING_LABELS[Number(level) as RatingLevel],
    count: counts.get(level) ?? 0,
  }))
  const rated = levels.reduce((sum, item) => sum + item.count, 0)
  const satisfied = levels
    .filter((item) => SATISFIED_LEVELS.includes(Number(item.key) as RatingLevel))
    .reduce((sum, item) => sum + item.count, 0)
  return { levels, rated, satisfied, satisfiedRate: ratio(satisfied, rated) }
}

async function departmentOf(payload: Payload, user: StaffUser): Promise<null | string> {
  const id = relationId(user.department)
  if (!id) return null
  const { docs } = await payload.find({
    collection: 'departments',
    where: { id: { equals: id } },
    limit: 1,
    pagination: false,
    depth: 0,
    select: { name: true },
  })
  return docs[0]?.name ?? null
}
