/**
 * Satisfaction with a finished case, on GB/T 39734-2020's five levels, and
 * when a rating calls for a follow-up. Pure data: the portal's browser
 * script and the server both import it, so no Payload here.
 */

/** GB/T 39734-2020's five levels, 5 the best. */
export const RATING_LABELS = {
  5: '非常满意',
  4: '满意',
  3: '基本满意',
  2: '不满意',
  1: '非常不满意',
} as const
export type RatingLevel = keyof typeof RATING_LABELS
/** Ratings at or below this level open a follow-up. */
export const BAD_RATING_MAX = 2
/** Working days a bad rating's follow-up may take. */
export const FOLLOW_UP_WORKING_DAYS = 15

/** Whether a rating opens a follow-up. */
export const isBadRating = (level: RatingLevel): boolean => level <= BAD_RATING_MAX
