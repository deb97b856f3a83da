/**
 * Entering one year of the holiday calendar at once: what is wrong with the
 * days an administrator confirmed, and what saving them would change in the
 * calendar. Pure, so the screen's preview and the endpoint agree.
 */
import { isIsoDate, type CalendarDayKind } from './workingDays'

export type YearDay = { date: string; kind: CalendarDayKind; name: string }
export type StoredDay = YearDay & { id: number | string }
export type DayError = { code: string; field: string; message: string }

const YEAR_RANGE = { min: 2000, max: 2100 } as const
const MAX_DAYS = 120
const MAX_NAME = 20

/** Days a year's notice may announce: its own, and the end of the previous December (元旦 bridging the weekend, 2019 and 2023). */
export const yearSpan = (year: number) => ({ first: `${year - 1}-12-01`, last: `${year}-12-31` })

const KIND_WORDS: Record<CalendarDayKind, string> = { holiday: '放假', workday: '调休上班' }

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay()

/** The year asked for, or an error. */
export function checkYear(value: unknown): DayError | null {
  return Number.isInteger(value) && (value as number) >= YEAR_RANGE.min && (value as number) <= YEAR_RANGE.max
    ? null
    : { field: 'year', code: 'INVALID_YEAR', message: `请选择${YEAR_RANGE.min}至${YEAR_RANGE.max}之间的年份` }
}

/** One day's problems, with its place in the list for the screen. */
function checkDay(value: unknown, index: number, year: number): DayError[] {
  const field = (name: string) => `days.${index}.${name}`
  const row = `第${index + 1}行`
  const day = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof YearDay, unknown>>
  const errors: DayError[] = []
  const { first, last } = yearSpan(year)
  if (typeof day.date !== 'string' || !isIsoDate(day.date)) {
    errors.push({ field: field('date'), code: 'INVALID_DATE', message: `${row}：请按 YYYY-MM-DD 填写有效日期` })
  } else if (day.date < first || day.date > last) {
    errors.push({ field: field('date'), code: 'OUTSIDE_YEAR', message: `${row}：${day.date} 不在${year}年内` })
  } else if (day.kind === 'workday' && weekday(day.date) !== 0 && weekday(day.date) !== 6) {
    errors.push({ field: field('kind'), code: 'WORKDAY_NOT_WEEKEND', message: `${row}：${day.date} 本来就是工作日，调休上班日应是周六或周日` })
  }
  if (day.kind !== 'holiday' && day.kind !== 'workday') {
    errors.push({ field: field('kind'), code: 'INVALID_KIND', message: `${row}：请选择“放假”或“调休上班”` })
  }
  const name = typeof day.name === 'string' ? day.name.trim() : ''
  if (!name || name.length > MAX_NAME || /[\p{Cc}\p{Cf}]/u.test(name)) {
    errors.push({ field: field('name'), code: 'INVALID_NAME', message: `${row}：请填写节日名称（不超过${MAX_NAME}个字）` })
  }
  return errors
}

/** Every problem with a year's days; none means they may be saved. */
export function checkYearDays(year: number, days: unknown): DayError[] {
  if (!Array.isArray(days) || days.length === 0) return [{ field: 'days', code: 'NO_DAYS', message: '请至少填写一天放假或调休上班的日期' }]
  if (days.length > MAX_DAYS) return [{ field: 'days', code: 'TOO_MANY_DAYS', message: `一年最多填写${MAX_DAYS}天` }]
  const errors = days.flatMap((day, index) => checkDay(day, index, year))
  const seen = new Set<string>()
  days.forEach((day: Partial<YearDay>, index) => {
    if (typeof day?.date !== 'string') return
    if (seen.has(day.date)) errors.push({ field: `days.${index}.date`, code: 'DUPLICATE_DATE', message: `第${index + 1}行：${day.date} 填了两次` })
    seen.add(day.date)
  })
  return errors
}

/** A day the calendar already has that differs from the one entered: an earlier entry or an administrator's correction. */
type DayChange = { after: YearDay; before: StoredDay }

export type YearPlan = {
  create: YearDay[]
  /** Differing days that will be changed (with `replaceExisting`) or kept as they are. */
  differ: DayChange[]
  /** Days of the year the calendar has but the entry does not: removed with `replaceExisting`, else kept. */
  extra: StoredDay[]
  unchanged: number
}

const sameDay = (a: YearDay, b: YearDay) => a.kind === b.kind && a.name === b.name

/**
 * What saving `entered` would do to the calendar's `stored` days of the
 * year: days not there yet are added; days there already that differ, and
 * days there that the entry lacks, are changed or removed only when the
 * administrator asks for it (`replaceExisting`) — otherwise they stay, so a
 * correction made in the calendar is never overwritten unseen.
 */
export function planYear(year: number, stored: readonly StoredDay[], entered: readonly YearDay[]): YearPlan {
  const storedByDate = new Map(stored.map((day) => [day.date, day]))
  const enteredDates = new Set(entered.map((day) => day.date))
  const plan: YearPlan = { create: [], differ: [], extra: [], unchanged: 0 }
  for (const day of entered) {
    const before = storedByDate.get(day.date)
    if (!before) plan.create.push(day)
    else if (sameDay(before, day)) plan.unchanged += 1
    else plan.differ.push({ before, after: day })
  }
  // Only the year's own days can be extra: last December belongs to last year's entry as much as to this one.
  plan.extra = stored.filter((day) => day.date.startsWith(`${year}-`) && !enteredDates.has(day.date))
  return plan
}

/** How a day reads in a message. */
export const describeDay = (day: YearDay) => `${day.date} ${day.name}（${KIND_WORDS[day.kind]}）`
