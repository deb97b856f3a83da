import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  addWorkingDays,
  chinaDate,
  deadline,
  isWorkingDay,
  shiftDays,
  uncoveredYears,
  type WorkingCalendar,
  workingCalendar,
  workingDaysBetween,
} from '../../collections/CalendarDays/workingDays'
import { publishedCalendarDays } from '../../scripts/lib/seed/calendar'

/** The official calendar as the seed loads it. */
const calendar: WorkingCalendar = workingCalendar(publishedCalendarDays())

describe('working days on the official calendar', () => {
  it('knows the 2026 National Day holiday and its make-up working days', () => {
    expect(isWorkingDay('2026-10-01', calendar)).toBe(false)
    expect(isWorkingDay('2026-10-10', calendar)).toBe(true) // a Saturday worked in exchange
    expect(isWorkingDay('2026-09-20', calendar)).toBe(true) // a Sunday worked in exchange
    expect(isWorkingDay('2026-11-21', calendar)).toBe(false) // an ordinary Saturday
  })

  it('counts a time limit from the day after acceptance, skipping holidays and counting make-up days', () => {
    expect(addWorkingDays('2026-09-30', 1, calendar)).toBe('2026-10-08')
    expect(addWorkingDays('2026-09-18', 1, calendar)).toBe('2026-09-20')
    expect(addWorkingDays('2026-11-20', 5, calendar)).toBe('2026-11-27')
    expect(addWorkingDays('2026-11-20', 0, calendar)).toBe('2026-11-20')
    expect(workingDaysBetween('2026-09-30', '2026-10-08', calendar)).toBe(1)
  })

  it('lands on a working day, the given number of working days later', () => {
    const dates = fc.integer({ min: 0, max: 365 * 7 }).map((offset) => shiftDays('2020-01-01', offset))
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 60 }), (start, limit) => {
        const due = addWorkingDays(start, limit, calendar)
        expect(isWorkingDay(due, calendar)).toBe(true)
        expect(workingDaysBetween(start, due, calendar)).toBe(limit)
        expect(due > start).toBe(true)
      }),
    )
  })

  it('refuses impossible dates and negative limits', () => {
    expect(() => addWorkingDays('2026-02-30', 1, calendar)).toThrow(RangeError)
    expect(() => addWorkingDays('2026-11-20', -1, calendar)).toThrow(RangeError)
  })

  it('tells the date in China for an instant', () => {
    expect(chinaDate(new Date('2026-11-21T16:30:00Z'))).toBe('2026-11-22')
    expect(chinaDate(new Date('2026-11-21T15:59:59Z'))).toBe('2026-11-21')
  })

  it('marks a deadline provisional when it is counted into a year whose holidays are not entered', () => {
    // The package ends with 2026: 2027-01-01 (元旦) is counted as an ordinary Friday.
    expect(deadline('2026-12-30', 2, calendar)).toEqual({ dueDate: '2027-01-01', dueDateProvisional: true })
    expect(deadline('2026-12-24', 5, calendar)).toEqual({ dueDate: '2026-12-31', dueDateProvisional: false })
    expect(deadline('2026-12-31', 0, calendar)).toEqual({ dueDate: '2026-12-31', dueDateProvisional: false })
    expect(uncoveredYears('2026-12-31', '2028-01-03', calendar)).toEqual([2027, 2028])
    const with2027 = workingCalendar([...publishedCalendarDays(), { date: '2027-01-01', kind: 'holiday' }])
    expect(deadline('2026-12-30', 2, with2027)).toEqual({ dueDate: '2027-01-04', dueDateProvisional: false })
  })
})
