import type { Payload, Where } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { submittedWithin, summariseRatings } from '../../Applications/statistics/compute'
import { chinaDate } from '../../CalendarDays/workingDays'
import { DIVISION_LEVEL_LABELS, type DivisionLevel, parseDivisionCode } from '../../Divisions/code'
import { relationId } from '../../relations'
import { hotlineOutcomes } from '../../Tickets/statistics/compute'
import { type Count, mapLimit, PUBLIC_READER, ratio, resolveRange, type StatisticsRange } from '../shared'

/**
 * The public figures (/statistics/ on the portal): 好差评 — how residents
 * rated applications, and how the bad ratings were rectified (差评整改) —
 * by division, department, service and service centre, and the hotline's
 * orders received, closed on time and satisfied by division, for the last
 * 12 months, without a user (PUBLIC_READER): nothing is kept but counts, and
 * a cell small enough to point at someone is left out.
 *
 * The hotline's are the admin statistics' own counts (hotlineOutcomes) for
 * each division. The ratings are summarised as the admin's are
 * (summariseRatings), but from one read of the rated applications: a few
 * hundred groups of five counts each cost far more than reading the rated
 * share of the cases once, and whether a bad rating was rectified on time
 * compares two of its dates, which no count can.
 */

/** Fewer ratings or orders than this in a cell are not shown (“—”): a handful could identify the residents. */
export const MINIMUM_CELL = 3
/** Divisions counted at a time; each runs its own few counts. */
const DIVISIONS_AT_ONCE = 4
const PAGE = 1000

export type RatingFigures = {
  /** Ratings of 不满意 and 非常不满意, each of which opens a 差评整改. */
  bad: number
  levels: Count[]
  rated: number
  /** Of the bad ratings, those whose rectification is closed … */
  rectified: number
  /** … by its due date. */
  rectifiedOnTime: number
  satisfied: number
  satisfiedRate: null | number
}
export type HotlineFigures = { closed: number; onTime: number; onTimeRate: null | number; rated: number; received: number; satisfied: number; satisfiedRate: null | number }

/** A row of a table: null figures are suppressed (fewer than MINIMUM_CELL). */
export type FigureGroup = { code: string; name: string; ratings: null | RatingFigures }
export type DivisionFigures = FigureGroup & { hotline: null | HotlineFigures; level: DivisionLevel; levelLabel: string; parent: null | string }
export type PublicFigures = {
  centres: FigureGroup[]
  departments: FigureGroup[]
  /** Every division from the city down to the communities, the city first, then by code. */
  divisions: DivisionFigures[]
  generatedAt: string
  minimumCell: number
  range: StatisticsRange
  services: FigureGroup[]
}

type RatedRow = Pick<Application, 'department' | 'followUp' | 'rating' | 'scope' | 'serviceCode'>

/** The rated applications `where` selects, page by page, with only the fields the figures group and compare. */
async function ratedApplications(payload: Payload, where: Where[]): Promise<RatedRow[]> {
  const rows: RatedRow[] = []
  for (let page = 1; ; page += 1) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'applications',
      where: { and: [...where, { 'rating.level': { exists: true } }] },
      sort: 'id',
      page,
      limit: PAGE,
      depth: 0,
      ...PUBLIC_READER,
      select: { department: true, followUp: true, rating: true, scope: true, serviceCode: true },
    })
    rows.push(...docs)
    if (!hasNextPage) return rows
  }
}

const closedOnTime = (row: RatedRow): boolean =>
  Boolean(row.followUp?.closedAt && row.followUp.dueDate && chinaDate(new Date(row.followUp.closedAt)) <= row.followUp.dueDate)

/** The ratings among `rows`, with the rectification of the bad ones, or null when too few to show. */
function ratingFigures(rows: RatedRow[]): null | RatingFigures {
  if (rows.length < MINIMUM_CELL) return null
  const levels = new Map<string, number>()
  for (const row of rows) levels.set(row.rating!.level!, (levels.get(row.rating!.level!) ?? 0) + 1)
  const ratings = summariseRatings(levels)
  const closed = rows.filter((row) => row.followUp?.status === 'closed')
  return {
    ...ratings,
    bad: ratings.levels.filter((level) => Number(level.key) <= 2).reduce((sum, level) => sum + level.count, 0),
    rectified: closed.length,
    rectifiedOnTime: closed.filter(closedOnTime).length,
  }
}

async function hotlineFigures(payload: Payload, code: string, range: StatisticsRange): Promise<HotlineFigures | null> {
  const outcomes = await hotlineOutcomes(payload, PUBLIC_READER, code, range)
  if (outcomes.total < MINIMUM_CELL) return null
  return {
    received: outcomes.total,
    closed: outcomes.timeliness.closed,
    onTime: outcomes.timeliness.onTime,
    onTimeRate: outcomes.timeliness.rate,
    rated: outcomes.satisfaction.rated,
    satisfied: outcomes.satisfaction.satisfied,
    satisfiedRate: ratio(outcomes.satisfaction.satisfied, outcomes.satisfaction.rated),
  }
}

/** The rows within a division, by its level's place in their scope. */
const within = (rows: RatedRow[], code: string): RatedRow[] => {
  const { level } = parseDivisionCode(code)
  return rows.filter((row) => row.scope?.[level] === code)
}

/** Every public figure of the city, over the last 12 months up to `today` (a China date). */
export async function publicFigures(payload: Payload, { today = chinaDate() }: { today?: string } = {}): Promise<PublicFigures> {
  const range = resolveRange({}, today)
  const all = { pagination: false, depth: 0, overrideAccess: true } as const
  const [divisions, departments, services, centres] = await Promise.all([
    payload.find({ collection: 'divisions', ...all, sort: 'code', select: { code: true, name: true, level: true } }).then((found) => found.docs),
    payload.find({ collection: 'departments', ...all, sort: 'code', select: { code: true, name: true } }).then((found) => found.docs),
    payload.find({ collection: 'services', ...all, sort: 'code', where: { _status: { equals: 'published' } }, select: { code: true, title: true } }).then((found) => found.docs),
    payload
      .find({ collection: 'service-centres', ...all, sort: 'code', where: { _status: { equals: 'published' } }, select: { code: true, name: true, division: true, services: true } })
      .then((found) => found.docs),
  ])
  const city = divisions.find((division) => division.level === 'city')
  if (!city) return { generatedAt: new Date().toISOString(), range, minimumCell: MINIMUM_CELL, divisions: [], departments: [], services: [], centres: [] }
  const rows = await ratedApplications(payload, submittedWithin(parseDivisionCode(city.code).path, range))
  const divisionCodes = new Map(divisions.map((division) => [String(division.id), division.code]))

  const divisionFigures = await mapLimit(divisions, DIVISIONS_AT_ONCE, async (division): Promise<DivisionFigures> => {
    const parsed = parseDivisionCode(division.code)
    return {
      code: division.code,
      name: division.name,
      level: parsed.level,
      levelLabel: DIVISION_LEVEL_LABELS[parsed.level].zh,
      parent: parsed.parentCode,
      ratings: ratingFigures(within(rows, division.code)),
      hotline: await hotlineFigures(payload, division.code, range),
    }
  })
  const departmentFigures = departments.map((department) => ({
    code: department.code,
    name: department.name,
    ratings: ratingFigures(rows.filter((row) => String(relationId(row.department)) === String(department.id))),
  }))
  const serviceFigures = services.map((service) => ({ code: service.code, name: service.title, ratings: ratingFigures(rows.filter((row) => row.serviceCode === service.code)) }))
  // Applications do not record the centre that handled them: a centre's are
  // those of the services it handles, from residents of the area it serves.
  const centreFigures = centres.map((centre) => {
    const area = divisionCodes.get(String(relationId(centre.division))) ?? city.code
    const handled = new Set(centre.services ?? [])
    return { code: centre.code, name: centre.name, ratings: ratingFigures(within(rows, area).filter((row) => handled.has(row.serviceCode))) }
  })
  return {
    generatedAt: new Date().toISOString(),
    range,
    minimumCell: MINIMUM_CELL,
    divisions: divisionFigures,
    // Groups without enough ratings to show are left out of the lists altogether.
    departments: departmentFigures.filter((group) => group.ratings),
    services: serviceFigures.filter((group) => group.ratings),
    centres: centreFigures,
  }
}
