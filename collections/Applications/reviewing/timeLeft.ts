import type { Application } from '../../../cms/payload-types'
import { workingDaysBetween, type WorkingCalendar } from '../../CalendarDays/workingDays'
import { CLOCK_RUNNING_STATUSES } from '../states'
import { integerFromEnv } from '../../../cms/config/integerFromEnv'

const DEFAULT_DUE_SOON_DAYS = 3

/**
 * Working days before the due date when an application counts as 即将超期
 * (`APPLICATION_DUE_SOON_DAYS`, default 3): the queue of that name and the
 * mark on each row use the same window.
 */
export const dueSoonWorkingDays = (env: Record<string, string | undefined> = process.env): number =>
  integerFromEnv('APPLICATION_DUE_SOON_DAYS', DEFAULT_DUE_SOON_DAYS, { env, min: 0 })

/** How a row's time limit stands: its words, and whether it calls for attention (overdue) or soon will (due soon). */
export type TimeLeft = { text: string; tone: 'due-soon' | 'finished' | 'normal' | 'overdue' | 'paused' }

type Clock = Pick<Application, 'dueDate' | 'onTime' | 'status'>

/**
 * The mark on an application's row on `today` (in China): 已超期 N 个工作日
 * or 还剩 N 个工作日 while its clock runs (the working days after today up to
 * the due date, on the holiday calendar), 今天到期 on the day, 补正中 while it
 * waits for the resident; 按期办结 or 超期办结 once finished; nothing before
 * acceptance or for a case that ended otherwise.
 */
export function timeLeft({ dueDate, onTime, status }: Clock, today: string, calendar: WorkingCalendar, dueSoonDays: number): null | TimeLeft {
  if (status === 'completed') return typeof onTime === 'boolean' ? { text: onTime ? '按期办结' : '超期办结', tone: 'finished' } : null
  if (status === 'supplement') return { text: '补正中，暂停计时', tone: 'paused' }
  if (!dueDate || !CLOCK_RUNNING_STATUSES.includes(status)) return null
  if (dueDate < today) {
    const late = workingDaysBetween(dueDate, today, calendar)
    return { text: late > 0 ? `已超期 ${late} 个工作日` : '已超期', tone: 'overdue' }
  }
  if (dueDate === today) return { text: '今天到期', tone: 'due-soon' }
  const left = workingDaysBetween(today, dueDate, calendar)
  return { text: `还剩 ${left} 个工作日`, tone: left <= dueSoonDays ? 'due-soon' : 'normal' }
}
