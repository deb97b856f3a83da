import { BAD_RATING_MAX, FOLLOW_UP_WORKING_DAYS } from '../../collections/casework/satisfaction'

/** What the status page says after a rating: thanks, and a promise when the resident was not satisfied. */
export const ratingThanks = (level: number): string =>
  level <= BAD_RATING_MAX ? `感谢您的评价。我们会在${FOLLOW_UP_WORKING_DAYS}个工作日内联系您并整改。` : '感谢您的评价。'
