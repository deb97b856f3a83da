import { chinaDate, deadline, type Deadline, workingDaysBetween, type WorkingCalendar } from '../CalendarDays/workingDays'
import { FOLLOW_UP_WORKING_DAYS } from './satisfaction'

/**
 * A case's working-day clock on the official calendar (CalendarDays): it
 * starts on a day (acceptance, receipt), runs for the promised working
 * days, and stands still while the office waits for the resident (a
 * supplement), so those days move the due date on. Pure functions: the
 * calendar is loaded by the caller.
 */

/** The clock of one case: when it started, the working days promised, the working days it stood still. */
export type CaseClock = { pausedWorkingDays?: null | number; promisedDays: number; startedAt: string }

/** The due date: the promised working days from the start day, moved on by the paused ones; provisional when counted into a year not entered yet. */
export const caseDeadline = ({ pausedWorkingDays, promisedDays, startedAt }: CaseClock, calendar: WorkingCalendar): Deadline =>
  deadline(chinaDate(new Date(startedAt)), promisedDays + (pausedWorkingDays ?? 0), calendar)

/** The working days a pause took, from the day it was asked for to `today` (both in China). */
export const pausedSince = (requestedAt: string, today: string, calendar: WorkingCalendar): number =>
  workingDaysBetween(chinaDate(new Date(requestedAt)), today, calendar)

/** What the statistics count about a finished case: working days taken (less the paused ones), and whether it finished by its due date. */
type FinishedFigures = { onTime?: boolean | null; workingDaysTaken?: null | number }

/**
 * The figures of a case finished on `finishedOn` (in China), stored once so
 * statistics never read the case again. Nothing for a case whose clock
 * never started: there is nothing to measure.
 */
export function finishedCaseFigures(
  clock: { dueDate?: null | string; pausedWorkingDays?: null | number; startedAt?: null | string },
  finishedOn: string,
  calendar: WorkingCalendar,
): FinishedFigures {
  if (!clock.startedAt) return {}
  const started = chinaDate(new Date(clock.startedAt))
  const due = clock.dueDate
  return {
    workingDaysTaken: Math.max(0, workingDaysBetween(started, finishedOn, calendar) - (clock.pausedWorkingDays ?? 0)),
    onTime: due ? finishedOn <= due : false,
  }
}

/** Whether an open case is past its due date on `today`. */
export const isOverdue = (dueDate: null | string | undefined, today = chinaDate()): boolean => Boolean(dueDate && dueDate < today)

/** A bad rating's follow-up: due FOLLOW_UP_WORKING_DAYS working days after the rating. */
export const followUpDeadline = (ratedAt: string, calendar: WorkingCalendar): Deadline =>
  caseDeadline({ startedAt: ratedAt, promisedDays: FOLLOW_UP_WORKING_DAYS }, calendar)
