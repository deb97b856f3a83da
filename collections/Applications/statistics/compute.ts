import type { Payload, TypedUser, Where } from 'payload'

import { createLocalReq } from 'payload'

import { loadWorkingCalendar } from '../../CalendarDays'
import { chinaDate, isIsoDate, isWorkingDay, shiftDays, type WorkingCalendar } from '../../CalendarDays/workingDays'
import { type StaffUser, userDivision } from '../../access'
import { DIVISION_LEVEL_LABELS, DIVISION_LEVELS, type DivisionLevel } from '../../Divisions/code'
import { RequestError } from '../../errors'
import { type Relation, relationId } from '../../relations'
import { caseScopeWhere } from '../access'
import {
  type ApplicationStatus,
  CHANNEL_LABELS,
  RATING_LABELS,
  type RatingLevel,
  STATUS_LABELS,
} from '../states'
import { talliesFromSqlite } from './sqlite'
import { FINISHED_STATUSES, RATING_LEVELS, type Tallies, type TallyQuery } from './tallies'

/**
 * 办件统计: how many applications a case worker's scope received, where they
 * stand, how fast and how punctually they were finished, and how residents
 * rated them. Everything is limited by the applications collection's own
 * read access for the viewer, so a street sees its street and a department
 * its department, exactly as in the list view.
 *
 * The figures come from tallies (tallies.ts) that either of two sources
 * fills. On the embedded SQLite database a handful of grouped queries do it
 * in one pass each (sqlite.ts); anywhere else, or if the access rule is one
 * those queries cannot express, Payload's Local API does it with the viewer's
 * access: a count per group where the groups are few (states, channels,
 * rating levels, divisions), and one paged read of the few fields that the
 * per-service counts and the durations need.
 */

export type Count = { count: number; key: string; label: string }

export type StatisticsRange = {
  /** First day, YYYY-MM-DD in China, inclusive. */
  from: string
  /** Last day, YYYY-MM-DD in China, inclusive. */
  to: string
}

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
    /** Accepted cases that were finished (已办结, or 不予受理 after acceptance). */
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

export type StatisticsOptions = {
  from?: null | string
  to?: null | string
  /** Where the tallies come from: `payload` forces the Local API (tests compare the two). */
  source?: 'auto' | 'payload'
}

/** Services named in the chart; the rest are summed as 其他. */
export const SERVICES_SHOWN = 15
/** Rows read per page when the Local API reads rows. */
const PAGE_SIZE = 2000
/** Rating levels that count as satisfied (GB/T 39734: 基本满意 and better). */
export const SATISFIED_LEVELS: readonly RatingLevel[] = [5, 4, 3]
const STATUSES = Object.keys(STATUS_LABELS) as ApplicationStatus[]
const CHANNELS = Object.keys(CHANNEL_LABELS) as (keyof typeof CHANNEL_LABELS)[]

/** Who may see the statistics: case workers (reviewers, admins) with a division. */
export const canViewStatistics = (user: null | StaffUser | undefined): boolean => caseScopeWhere(user) !== false

/**
 * The range asked for, or the last 12 months up to today. Dates that are not
 * real YYYY-MM-DD dates are ignored; a reversed range is turned round.
 */
export function resolveRange(input: { from?: null | string; to?: null | string } = {}, today = chinaDate()): StatisticsRange {
  const valid = (value: null | string | undefined) => (value && isIsoDate(value.trim()) ? value.trim() : undefined)
  const to = valid(input.to) ?? today
  const from = valid(input.from) ?? yearBefore(to)
  return from <= to ? { from, to } : { from: to, to: from }
}

/** The day after the same date a year earlier: 2026-11-21 → 2025-11-22, twelve whole months. */
function yearBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  // 29 February has no twin a year earlier: take the month's last day.
  const lastDay = new Date(Date.UTC(year - 1, month, 0)).getUTCDate()
  const sameDay = new Date(Date.UTC(year - 1, month - 1, Math.min(day, lastDay))).toISOString().slice(0, 10)
  return shiftDays(sameDay, 1)
}

/** The instants a range of China dates covers: [start, end). */
export const rangeInstants = ({ from, to }: StatisticsRange): { end: string; start: string } => ({
  start: new Date(`${from}T00:00:00+08:00`).toISOString(),
  end: new Date(`${shiftDays(to, 1)}T00:00:00+08:00`).toISOString(),
})

const ratio = (part: number, whole: number): null | number => (whole > 0 ? part / whole : null)

/**
 * Working days between two China dates, from a prefix sum over the span the
 * cases cover: the same count as workingDaysBetween, in constant time.
 */
export function workingDayCounter(dates: readonly string[], calendar: WorkingCalendar): (from: string, to: string) => number {
  if (dates.length === 0) return () => 0
  let first = dates[0]!
  let last = first
  for (const date of dates) {
    if (date < first) first = date
    if (date > last) last = date
  }
  const upTo = new Map<string, number>()
  let count = 0
  for (let date = first; date <= last; date = shiftDays(date, 1)) {
    if (isWorkingDay(date, calendar)) count += 1
    upTo.set(date, count)
  }
  return (from, to) => (to > from ? (upTo.get(to) ?? 0) - (upTo.get(from) ?? 0) : 0)
}

/** The divisions the chart splits the viewer's scope into, with their names. */
async function divisionGroups(payload: Payload, own: { code: string; level: DivisionLevel }) {
  const level = DIVISION_LEVELS[DIVISION_LEVELS.indexOf(own.level) + 1] ?? own.level
  const { docs } = await payload.find({
    collection: 'divisions',
    where:
      level === own.level
        ? { code: { equals: own.code } }
        : { and: [{ level: { equals: level } }, { [`scope.${own.level}`]: { equals: own.code } }] },
    sort: 'code',
    pagination: false,
    depth: 0,
    select: { code: true, name: true },
  })
  return { level, divisions: docs.map((doc) => ({ code: doc.code, name: doc.name })) }
}

type Row = {
  acceptedAt?: null | string
  completedAt?: null | string
  dueDate?: null | string
  id: number | string
  service?: Relation
  serviceTitle?: null | string
  status?: ApplicationStatus
  supplement?: null | { pausedWorkingDays?: null | number }
}

/**
 * The tallies through the Local API with the viewer's access: a count per
 * group, and one paged read (by id, a page at a time) of the fields the
 * per-service counts and the durations need. Works on every database.
 */
async function talliesThroughPayload(payload: Payload, user: StaffUser, query: TallyQuery): Promise<Tallies> {
  const { start, end } = query.instants
  const inRange: Where = { and: [{ submittedAt: { greater_than_equal: start } }, { submittedAt: { less_than: end } }] }
  const count = async (where?: Where): Promise<number> =>
    (
      await payload.count({
        collection: 'applications',
        where: where ? { and: [inRange, where] } : inRange,
        overrideAccess: false,
        user: user as TypedUser,
      })
    ).totalDocs
  const countEach = async (keys: readonly string[], where: (key: string) => Where) =>
    new Map(await Promise.all(keys.map(async (key) => [key, await count(where(key))] as const)))

  const [total, status, channel, rating, division] = await Promise.all([
    count(),
    countEach(STATUSES, (key) => ({ status: { equals: key } })),
    countEach(CHANNELS, (key) => ({ channel: { equals: key } })),
    countEach(RATING_LEVELS, (key) => ({ 'rating.level': { equals: key } })),
    countEach(query.divisionCodes, (key) => ({ [`scope.${query.divisionLevel}`]: { equals: key } })),
  ])

  const service = new Map<string, { count: number; title: string }>()
  const finished = new Map<string, Tallies['finished'][number]>()
  let after: null | number | string = null
  for (;;) {
    const { docs }: { docs: Row[] } = await payload.find({
      collection: 'applications',
      where: after === null ? inRange : { and: [inRange, { id: { greater_than: after } }] },
      sort: 'id',
      limit: PAGE_SIZE,
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: user as TypedUser,
      select: {
        status: true,
        service: true,
        serviceTitle: true,
        acceptedAt: true,
        completedAt: true,
        dueDate: true,
        supplement: { pausedWorkingDays: true },
      },
    })
    for (const row of docs) {
      const key = String(relationId(row.service) ?? '')
      const title = row.serviceTitle ?? ''
      const entry = service.get(key)
      if (entry) {
        entry.count += 1
        if (title > entry.title) entry.title = title
      } else {
        service.set(key, { count: 1, title })
      }
      if (row.status && FINISHED_STATUSES.includes(row.status) && row.acceptedAt && row.completedAt) {
        const item = {
          accepted: chinaDate(new Date(row.acceptedAt)),
          completed: chinaDate(new Date(row.completedAt)),
          due: row.dueDate ?? null,
          paused: row.supplement?.pausedWorkingDays ?? 0,
          count: 1,
        }
        const itemKey = `${item.accepted}|${item.completed}|${item.due}|${item.paused}`
        const seen = finished.get(itemKey)
        if (seen) seen.count += 1
        else finished.set(itemKey, item)
      }
    }
    if (docs.length < PAGE_SIZE) break
    after = docs[docs.length - 1]!.id
  }
  return { total, status, channel, rating, division, service, finished: [...finished.values()] }
}

/** The applications collection's read rule for this viewer, as Payload itself would apply it. */
async function readAccess(payload: Payload, user: StaffUser): Promise<boolean | Where> {
  const read = payload.collections.applications.config.access.read
  const req = await createLocalReq({ user: user as TypedUser }, payload)
  return read ? await read({ req }) : Boolean(user)
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
  const access = await readAccess(payload, user)
  if (access === false) throw new RequestError('FORBIDDEN', '只有审核人员和系统管理员可以查看办件统计', 403)
  const range = resolveRange(options)
  const today = chinaDate()
  const countNow = async (where: Where): Promise<number> =>
    (await payload.count({ collection: 'applications', where, overrideAccess: false, user: user as TypedUser })).totalDocs

  const [groups, calendar, ownName, departmentName] = await Promise.all([
    divisionGroups(payload, own),
    loadWorkingCalendar(payload),
    nameOf(payload, own.code),
    departmentOf(payload, user),
  ])
  const query: TallyQuery = {
    instants: rangeInstants(range),
    divisionLevel: groups.level,
    divisionCodes: groups.divisions.map((division) => division.code),
  }
  const counted =
    options.source === 'payload'
      ? talliesThroughPayload(payload, user, query)
      : talliesFromSqlite(payload, access, query).then((found) => found ?? talliesThroughPayload(payload, user, query))
  const [tallies, overdueOpen, openFollowUps] = await Promise.all([
    counted,
    countNow({ and: [{ status: { in: ['accepted', 'processing'] } }, { dueDate: { less_than: today } }] }),
    countNow({ 'followUp.status': { equals: 'open' } }),
  ])

  const between = workingDayCounter(
    tallies.finished.flatMap((item) => [item.accepted, item.completed]),
    calendar,
  )
  let finished = 0
  let onTime = 0
  let workingDays = 0
  for (const item of tallies.finished) {
    finished += item.count
    if (item.due && item.completed <= item.due) onTime += item.count
    workingDays += Math.max(0, between(item.accepted, item.completed) - item.paused) * item.count
  }

  const ranked = [...tallies.service.entries()]
    .map(([key, { count, title }]) => ({ key, label: title || '（未知事项）', count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh'))
  const rest = ranked.slice(SERVICES_SHOWN).reduce((sum, item) => sum + item.count, 0)
  const byService = [...ranked.slice(0, SERVICES_SHOWN), ...(rest > 0 ? [{ key: 'other', label: '其他', count: rest }] : [])]

  const divisionItems: Count[] = groups.divisions.map((division) => ({
    key: division.code,
    label: division.name,
    count: tallies.division.get(division.code) ?? 0,
  }))
  const unplaced = tallies.total - divisionItems.reduce((sum, item) => sum + item.count, 0)
  if (unplaced > 0) divisionItems.push({ key: 'other', label: '其他', count: unplaced })

  const levels: Count[] = RATING_LEVELS.map((level) => ({
    key: level,
    label: RATING_LABELS[Number(level) as RatingLevel],
    count: tallies.rating.get(level) ?? 0,
  }))
  const rated = levels.reduce((sum, item) => sum + item.count, 0)
  const satisfied = levels
    .filter((item) => SATISFIED_LEVELS.includes(Number(item.key) as RatingLevel))
    .reduce((sum, item) => sum + item.count, 0)

  return {
    range,
    scope: { code: own.code, level: own.level, name: ownName ?? own.code, department: departmentName },
    total: tallies.total,
    byStatus: STATUSES.map((key) => ({ key, label: STATUS_LABELS[key], count: tallies.status.get(key) ?? 0 })),
    byChannel: CHANNELS.map((key) => ({ key, label: CHANNEL_LABELS[key], count: tallies.channel.get(key) ?? 0 })),
    byService,
    byDivision: { level: groups.level, levelLabel: DIVISION_LEVEL_LABELS[groups.level].zh, items: divisionItems },
    timeliness: { finished, onTime, onTimeRate: ratio(onTime, finished), overdueOpen },
    duration: { finished, averageWorkingDays: finished > 0 ? workingDays / finished : null },
    satisfaction: { levels, rated, satisfied, satisfiedRate: ratio(satisfied, rated), openFollowUps },
    generatedAt: new Date().toISOString(),
  }
}

async function nameOf(payload: Payload, code: string): Promise<null | string> {
  const { docs } = await payload.find({
    collection: 'divisions',
    where: { code: { equals: code } },
    limit: 1,
    pagination: false,
    depth: 0,
    select: { name: true },
  })
  return docs[0]?.name ?? null
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
