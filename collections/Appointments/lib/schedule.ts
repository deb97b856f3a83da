import { chinaDate, isWorkingDay, shiftDays, type WorkingCalendar } from '../../CalendarDays/workingDays'

/** One opening period of a centre's week, e.g. 09:00–12:00 on working days. */
export type OpeningPeriod = { start: string; end: string }

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

/** The slot starts of one day: each period cut into slots of `slotMinutes`; a remainder too short for a slot is dropped. */
export function dayTimes(schedule: Pick<CentreSchedule, 'periods' | 'slotMinutes'>): { start: string; end: string }[] {
  return schedule.periods.flatMap(({ end, start }) => {
    const times: { start: string; end: string }[] = []
    for (let at = minutesOf(start); at + schedule.slotMinutes <= minutesOf(end); at += schedule.slotMinutes) {
      times.push({ start: timeOf(at), end: timeOf(at + schedule.slotMinutes) })
    }
    return times
  })
}

/** How many days ahead residents may book (`APPOINTMENT_DAYS_AHEAD`, default 14). */
export const daysAhead = (): number => {
  const days = Number(process.env.APPOINTMENT_DAYS_AHEAD)
  return Number.isInteger(days) && days > 0 ? days : 14
}

/** The instant a China-time date and time stand for. */
export const instantOf = (date: string, time: string): Date => new Date(`${date}T${time}:00+08:00`)

/**
 * The slots open for booking: from tomorrow to `daysAhead()` days ahead, on
 * working days of the official calendar (holidays have none; 调休 working
 * weekends have the usual hours), plus today's slots that have not begun.
 */
export function openSlots(schedule: Pick<CentreSchedule, 'periods' | 'slotMinutes'>, calendar: WorkingCalendar, now = new Date()): Slot[] {
  const today = chinaDate(now)
  const times = dayTimes(schedule)
  const slots: Slot[] = []
  for (let offset = 0; offset <= daysAhead(); offset += 1) {
    const date = shiftDays(today, offset)
    if (!isWorkingDay(date, calendar)) continue
    for (const time of times) if (instantOf(date, time.start) > now) slots.push({ date, ...time })
  }
  return slots
}

/** Whether `slot` is one of the open slots (a booking may name only those). */
export const isOpenSlot = (slots: Slot[], date: string, start: string): Slot | undefined => slots.find((slot) => slot.date === date && slot.start === start)
