import { describe, expect, it } from 'vitest'

import { instantOf, type OpeningPeriod, openSlots, periodProblems, periodsOn } from '../../collections/Appointments/lib/schedule'
import { type WorkingCalendar, workingCalendar } from '../../collections/CalendarDays/workingDays'
import { publishedCalendarDays } from '../../scripts/lib/seed/calendar'

/** The official calendar as the seed loads it (2026-10-01 a holiday on a Thursday, 2026-10-10 a Saturday worked in exchange). */
const calendar: WorkingCalendar = workingCalendar(publishedCalendarDays())

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as OpeningPeriod['weekdays']

/** 周一至周五 mornings, afternoons except 周四, and 周六 mornings. */
const periods: OpeningPeriod[] = [
  { start: '09:00', end: '12:00', weekdays },
  { start: '13:30', end: '17:00', weekdays: ['mon', 'tue', 'wed', 'fri'] },
  { start: '09:00', end: '11:00', weekdays: ['sat'] },
]

const times = (date: string) => periodsOn(periods, date, calendar).map(({ start, end }) => `${start}-${end}`)

describe('the slot calendar of a centre whose periods name their weekdays', () => {
  it('opens each day with the periods naming its weekday', () => {
    expect(times('2026-11-16')).toEqual(['09:00-12:00', '13:30-17:00']) // Monday
    expect(times('2026-11-19')).toEqual(['09:00-12:00']) // Thursday: no afternoon
    expect(times('2026-11-21')).toEqual(['09:00-11:00']) // an ordinary Saturday
    expect(times('2026-11-22')).toEqual([]) // Sunday
  })

  it('closes on public holidays, whatever the weekday', () => {
    expect(times('2026-10-01')).toEqual([])
    expect(times('2026-10-03')).toEqual([]) // a Saturday inside the National Day holiday
  })

  it('opens a 调休 working day with the periods open on every day Monday to Friday, not the Saturday ones', () => {
    expect(times('2026-10-10')).toEqual(['09:00-12:00'])
  })

  it('cuts the open days into slots in time order, from now to the days ahead', () => {
    const slots = openSlots({ periods, slotMinutes: 60 }, calendar, instantOf('2026-11-19', '10:30'))
    expect(slots.filter((slot) => slot.date === '2026-11-19').map((slot) => slot.start)).toEqual(['11:00'])
    expect(slots.filter((slot) => slot.date === '2026-11-20').map((slot) => slot.start)).toEqual(['09:00', '10:00', '11:00', '13:30', '14:30', '15:30'])
    expect(slots.filter((slot) => slot.date === '2026-11-21').map((slot) => slot.start)).toEqual(['09:00', '10:00'])
    expect(slots.some((slot) => slot.date === '2026-11-22')).toBe(false)
  })
})

describe('checking a schedule’s periods', () => {
  it('accepts periods that touch, or overlap only on different weekdays', () => {
    expect(periodProblems([{ start: '09:00', end: '12:00', weekdays: ['mon'] }, { start: '12:00', end: '13:00', weekdays: ['mon'] }, { start: '10:00', end: '11:00', weekdays: ['sat'] }])).toBe(true)
  })

  it('refuses a period that ends before it starts, naming its row', () => {
    expect(periodProblems([{ start: '09:00', end: '12:00', weekdays }, { start: '17:00', end: '13:30', weekdays }])).toBe('第2个时段：结束时间（13:30）应晚于开始时间（17:00）')
  })

  it('refuses overlapping periods on a shared weekday, naming both rows and the days', () => {
    expect(periodProblems([{ start: '09:00', end: '12:00', weekdays }, { start: '11:30', end: '13:00', weekdays: ['thu', 'fri', 'sat'] }])).toBe(
      '第2个时段（11:30-13:00）与第1个时段（09:00-12:00）在周四、周五重叠',
    )
  })

  it('refuses a period without weekdays', () => {
    expect(periodProblems([{ start: '09:00', end: '12:00', weekdays: [] }])).toBe('第1个时段：请选择适用的星期')
  })
})
