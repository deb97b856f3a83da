import { yearOf } from './workingDays'

/** From this day (in China) on, next year's arrangement should be in the calendar: the State Council announces it in November at the latest. */
const NEXT_YEAR_DUE_FROM = '11-01'

/**
 * The years the dashboard warns about on `today` (YYYY-MM-DD in China): this
 * year whenever it is missing, and from 1 November next year too.
 */
export function missingCalendarYears(today: string, entered: ReadonlySet<number>): number[] {
  const year = yearOf(today)
  const due = today.slice(5) >= NEXT_YEAR_DUE_FROM ? [year, year + 1] : [year]
  return due.filter((each) => !entered.has(each))
}
