/**
 * Guides carry a review date; editors see those due now or soon. Dates are
 * compared as the end of the day, so "due today" counts as due.
 */
export function reviewHorizon(daysAhead: number, now: Date = new Date()): string {
  const horizon = new Date(now)
  horizon.setDate(horizon.getDate() + daysAhead)
  horizon.setHours(23, 59, 59, 999)
  return horizon.toISOString()
}

/** How many days ahead the dashboard warns about guides coming due. */
export const REVIEW_WARNING_DAYS = 30
