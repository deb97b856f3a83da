import type { Where } from 'payload'

import { chinaDate, shiftDays, type WorkingCalendar } from '../../CalendarDays/workingDays'
import { integerFromEnv } from '../../../cms/config/integerFromEnv'

/** The days of the week as centre staff name them, in the order of Date#getUTCDay after Sunday. */
export const WEEKDAY_LABELS = { mon: '周一', tue: '周二', wed: '周三', thu: '周四', fri: '周五', sat: '周六', sun: '周日' } as const

export type Weekday = keyof typeof WEEKDAY_LABELS

export const WEEKDAYS = Object.keys(WEEKDAY_LABELS) as Weekday[]

/** What a period applies to unless staff say otherwise, and what a 调休 working day counts as. */
export const MONDAY_TO_FRIDAY: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri']

/** One opening period of a centre's week, e.g. 09:00–12:00 周一至周五, or 09:00–12:00 周六. */
export type OpeningPeriod = { start: string; end: string; weekdays: Weekday[] }

/** What staff edit per centre (collections/Appointments/schedules.ts). */
export type CentreSchedule = {
  periods: OpeningPeriod[]
  slotMinutes: number
  capacity: number
  /** Each service has its own seats per slot; otherwise all services share them. */
  capacityPerService: boolean
}

/** A bookable time: a date and its start and end, in China time. */
export type Slot = { date: string; start: string; end: string }

/** `HH:MM` in minutes after midnight. */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

const timeOf = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

export const TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/

/** The weekday of a China date. */
export const weekdayOf = (date: string): Weekday => WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]!

/**
 * The periods open on `date`: none on a public holiday; on a 调休 working
 * day (the calendar does not say which weekday it stands in for) those open
 * on every day from Monday to Friday, the centre's regular working-day
 * hours; on any other day those naming its weekday (周六 opening included).
 */
export function periodsOn(periods: OpeningPeriod[], date: string, calendar: WorkingCalendar): OpeningPeriod[] {
  if (calendar.workdays.has(date)) return periods.filter(({ weekdays }) => MONDAY_TO_FRIDAY.every((day) => weekdays.includes(day)))
  if (calendar.holidays.has(date)) return []
  const weekday = weekdayOf(date)
  return periods.filter(({ weekdays }) => weekdays.includes(weekday))
}

/** The slots of one day's periods, in time order: each period cut into slots of `slotMinutes`; a remainder too short for a slot is dropped. */
export function dayTimes(periods: OpeningPeriod[], slotMinutes: number): { start: string; end: string }[] {
  return periods
    .flatMap(({ end, start }) => {
      const times: { start: string; end: string }[] = []
      for (let at = minutesOf(start); at + slotMinutes <= minutesOf(end); at += slotMinutes) times.push({ start: timeOf(at), end: timeOf(at + slotMinutes) })
      return times
    })
    .sort((a, b) => a.start.localeCompare(b.start))
}

type PeriodRow = { start?: null | string; end?: null | string; weekdays?: null | string[] }

/**
 * What is wrong with a schedule's periods, in the words of the admin form
 * (rows counted from 1), or true: each ends after it starts, names at least
 * one weekday, and no two overlap on a weekday they share.
 */
export function periodProblems(rows: null | undefined | unknown[]): string | true {
  const periods = ((rows ?? []) as PeriodRow[]).map((row, index) => ({ row: index + 1, start: row.start ?? '', end: row.end ?? '', weekdays: row.weekdays ?? [] }))
  const problems: string[] = []
  for (const period of periods) {
    if (!TIME_PATTERN.test(period.start) || !TIME_PATTERN.test(period.end)) continue
    if (minutesOf(period.end) <= minutesOf(period.start)) problems.push(`第${period.row}个时段：结束时间（${period.end}）应晚于开始时间（${period.start}）`)
    if (!period.weekdays.length) problems.push(`第${period.row}个时段：请选择适用的星期`)
  }
  const valid = periods.filter((period) => TIME_PATTERN.test(period.start) && TIME_PATTERN.test(period.end) && minutesOf(period.end) > minutesOf(period.start))
  valid.forEach((earlier, index) => {
    for (const later of valid.slice(index + 1)) {
      const shared = WEEKDAYS.filter((day) => earlier.weekdays.includes(day) && later.weekdays.includes(day))
      if (shared.length && minutesOf(earlier.start) < minutesOf(later.end) && minutesOf(later.start) < minutesOf(earlier.end)) {
        problems.push(`第${later.row}个时段（${later.start}-${later.end}）与第${earlier.row}个时段（${earlier.start}-${earlier.end}）在${shared.map((day) => WEEKDAY_LABELS[day]).join('、')}重叠`)
      }
    }
  })
  return problems.length ? problems.join('；') : true
}

/** How many days ahead residents may book (`APPOINTMENT_DAYS_AHEAD`, default 14). */
export const daysAhead = (): number => integerFromEnv('APPOINTMENT_DAYS_AHEAD', 14)

/** The instant a China-time date and time stand for. */
export const instantOf = (date: string, time: string): Date => new Date(`${date}T${time}:00+08:00`)

/**
 * The slots open for booking: from tomorrow to `daysAhead()` days ahead, each
 * day with the periods open on it (`periodsOn`: holidays have none, 调休
 * working days the regular working-day hours), plus today's slots that have not begun.
 */
export function openSlots(schedule: Pick<CentreSchedule, 'periods' | 'slotMinutes'>, calendar: WorkingCalendar, now = new Date()): Slot[] {
  const today = chinaDate(now)
  const slots: Slot[] = []
  for (let offset = 0; offset <= daysAhead(); offset += 1) {
    const date = shiftDays(today, offset)
    for (const time of dayTimes(periodsOn(schedule.periods, date, calendar), schedule.slotMinutes)) if (instantOf(date, time.start) > now) slots.push({ date, ...time })
  }
  return slots
}

/** The China time of day at `now`, `HH:MM`. */
const chinaTime = (now: Date): string => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(11, 16)

/** Bookings whose slot has ended by `now`: earlier days, and today's slots that have ended. */
export function slotEndedWhere(now = new Date()): Where {
  const today = chinaDate(now)
  return { or: [{ date: { less_than: today } }, { and: [{ date: { equals: today } }, { end: { less_than_equal: chinaTime(now) } }] }] }
}

/** Bookings whose slot has not ended by `now`: later days, and today's slots still running or to come. */
export function slotToComeWhere(now = new Date()): Where {
  const today = chinaDate(now)
  return { or: [{ date: { greater_than: today } }, { and: [{ date: { equals: today } }, { end: { greater_than: chinaTime(now) } }] }] }
}

/** Whether `slot` is one of the open slots (a booking may name only those). */
export const isOpenSlot = (slots: Slot[], date: string, start: string): Slot | undefined => slots.find((slot) => slot.date === date && slot.start === start)
