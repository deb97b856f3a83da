import type { Payload, TypedUser, Where } from 'payload'

import { chinaDate, isIsoDate, shiftDays } from '../CalendarDays/workingDays'
import { DIVISION_LEVELS, type DivisionLevel, type DivisionPath } from '../Divisions/code'

/**
 * What every statistics page shares: the divisions one level below the
 * viewer's, conditions that follow the compound indexes, and a bounded
 * number of counts at a time.
 */

/** One bar or slice of a chart: what it counts, its label, and how many. */
export type Count = { count: number; key: string; label: string }

/**
 * Whose access the counts run with: a staff member's own (the admin pages),
 * or none for the public figures, which only ever count and name no one.
 */
export type Reader = { overrideAccess: false; user: TypedUser } | { overrideAccess: true }

/** Counts with a staff member's own read access. */
export const readerOf = (user: object): Reader => ({ overrideAccess: false, user: user as TypedUser })

/** Counts for the public, whole-city figures (cms/publish/figures/). */
export const PUBLIC_READER: Reader = { overrideAccess: true }

/** The share `part` is of `whole`, or null when there is nothing to share. */
export const ratio = (part: number, whole: number): null | number => (whole > 0 ? part / whole : null)

/** The divisions the chart splits the viewer's scope into, with their names. */
export async function divisionGroups(payload: Payload, own: { code: string; level: DivisionLevel }) {
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

/**
 * A division's place as equalities on every level of `scope` down to its own:
 * the same rows as its own level alone, but written so that the compound
 * indexes, which list the levels from the city down, can go straight to them.
 */
export function pathWhere(path: DivisionPath): Where[] {
  return DIVISION_LEVELS.flatMap((level) => (path[level] ? [{ [`scope.${level}`]: { equals: path[level] } }] : []))
}

/** Run `task` over `items`, at most `limit` at a time, keeping their order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/** A division's name by its code. */
export async function nameOf(payload: Payload, code: string): Promise<null | string> {
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

export type StatisticsRange = {
  /** First day, YYYY-MM-DD in China, inclusive. */
  from: string
  /** Last day, YYYY-MM-DD in China, inclusive. */
  to: string
}

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
