/**
 * Working days on the official calendar: Monday to Friday, except the public
 * holidays (放假) the State Council announces each year, plus the weekend
 * days it turns into working days in exchange (调休上班). Dates are calendar
 * dates in China (YYYY-MM-DD), never instants, so time zones cannot shift them.
 */
export type WorkingCalendar = { holidays: ReadonlySet<string>; workdays: ReadonlySet<string>; years: ReadonlySet<number> }

export type CalendarDayKind = 'holiday' | 'workday'

/** A year counts as entered once it has any holiday or make-up day: every year has at least 元旦. */
export function workingCalendar(days: readonly { date: string; kind: CalendarDayKind }[]): WorkingCalendar {
  const dates = (kind: CalendarDayKind) => new Set(days.filter((day) => day.kind === kind).map((day) => day.date))
  return { holidays: dates('holiday'), workdays: dates('workday'), years: new Set(days.map((day) => yearOf(day.date))) }
}

export const yearOf = (date: string): number => Number(date.slice(0, 4))

const DAY_MS = 24 * 60 * 60 * 1000

const toIso = (date: Date): string => date.toISOString().slice(0, 10)

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export const isIsoDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) && toIso(new Date(`${value}T00:00:00Z`)) === value

const toDate = (date: string): Date => {
  if (!isIsoDate(date)) throw new RangeError(`不是有效的日期：${date}`)
  return new Date(`${date}T00:00:00Z`)
}

/** The calendar date one day later or earlier. */
export const shiftDays = (date: string, days: number): string => toIso(new Date(toDate(date).getTime() + days * DAY_MS))

/** Today's date in China (UTC+8, no daylight saving), for "accepted today". */
export const chinaDate = (instant: Date = new Date()): string => toIso(new Date(instant.getTime() + 8 * 60 * 60 * 1000))

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  if (calendar.workdays.has(date)) return true
  if (calendar.holidays.has(date)) return false
  const weekday = toDate(date).getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/**
 * The day on which `days` working days after `start` have passed: the start
 * day itself does not count (a 5-working-day limit accepted on a Friday ends
 * the next Friday). Zero days: the start date.
 */
export function addWorkingDays(start: string, days: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`工作日数应为非负整数：${days}`)
  let date = shiftDays(start, 0)
  for (let left = days; left > 0; ) {
    date = shiftDays(date, 1)
    if (isWorkingDay(date, calendar)) left -= 1
  }
  return date
}

/** How many working days lie after `from`, up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar): number {
  let count = 0
  for (let date = shiftDays(from, 1); date <= to; date = shiftDays(date, 1)) {
    if (isWorkingDay(date, calendar)) count += 1
  }
  return count
}

/**
 * The years counted after `start` up to `due` that the calendar does not
 * cover yet: there the count knew only weekends, so 元旦 or 春节 may have
 * been counted as working days.
 */
export function uncoveredYears(start: string, due: string, calendar: WorkingCalendar): number[] {
  const missing: number[] = []
  for (let year = yearOf(shiftDays(start, 1)); year <= yearOf(due); year += 1) {
    if (!calendar.years.has(year)) missing.push(year)
  }
  return missing
}

/** A time limit's last day, and whether it is provisional: counted across a year whose holidays are not entered yet. */
export type Deadline = { dueDate: string; dueDateProvisional: boolean }

/** `addWorkingDays`, marked provisional when the count crossed a year the calendar does not cover. */
export function deadline(start: string, days: number, calendar: WorkingCalendar): Deadline {
  const dueDate = addWorkingDays(start, days, calendar)
  return { dueDate, dueDateProvisional: uncoveredYears(start, dueDate, calendar).length > 0 }
}

/** What residents read after a provisional due date. */
const PROVISIONAL_DUE_NOTE = '（暂定：该年节假日安排公布后可能顺延）'
export const residentDueNote = (provisional: boolean | null | undefined): string => (provisional ? PROVISIONAL_DUE_NOTE : '')

/** What staff read where a provisional due date is shown: the date, marked 暂定. */
const PROVISIONAL_MARK = '（暂定）'
export const dueDateText = (dueDate: string, provisional: boolean | null | undefined): string =>
  provisional ? `${dueDate}${PROVISIONAL_MARK}` : dueDate
