import type { DivisionLevel } from '../../Divisions/code'
import type { ApplicationStatus } from '../states'

/**
 * What the statistics are computed from: counts per group, and the finished
 * cases' dates grouped by identical values. Either source fills it
 * (compute.ts through the Local API, sqlite.ts in the database).
 */
export type Tallies = {
  total: number
  status: Map<string, number>
  channel: Map<string, number>
  /** Keyed '1'..'5'. */
  rating: Map<string, number>
  /** Keyed by the codes of the divisions one level below the viewer's. */
  division: Map<string, number>
  /** Keyed by service id; the title as the applications recorded it. */
  service: Map<string, { count: number; title: string }>
  /** Accepted cases that were finished: China dates, due date, paused working days, and how many share them. */
  finished: { accepted: string; completed: string; count: number; due: null | string; paused: number }[]
}

/** What to tally: the applications submitted within [start, end), split by the given divisions. */
export type TallyQuery = {
  divisionCodes: string[]
  divisionLevel: DivisionLevel
  instants: { end: string; start: string }
}

/** States in which a case is over for good after acceptance (不予受理 is only possible before it, today). */
export const FINISHED_STATUSES: ApplicationStatus[] = ['completed', 'rejected']

/** The rating levels, best first, as stored. */
export const RATING_LEVELS = ['5', '4', '3', '2', '1'] as const
