import { describe, expect, it } from 'vitest'

import { checkYear, checkYearDays, planYear, type StoredDay, type YearDay } from '../../collections/CalendarDays/yearPlan'

const day = (date: string, name = '元旦', kind: YearDay['kind'] = 'holiday'): YearDay => ({ date, kind, name })
const stored = (id: number, entry: YearDay): StoredDay => ({ id, ...entry })

describe('checking a year’s days before they are saved', () => {
  it('accepts the December before the year (2023’s 元旦 began on 31 December 2022) and nothing outside', () => {
    expect(checkYearDays(2023, [day('2022-12-31'), day('2023-01-02')])).toEqual([])
    expect(checkYearDays(2023, [day('2022-11-30'), day('2024-01-01')]).map((error) => error.code)).toEqual(['OUTSIDE_YEAR', 'OUTSIDE_YEAR'])
  })

  it('refuses a make-up working day on a weekday, a date twice, an empty or unprintable name, and a year out of range', () => {
    const errors = checkYearDays(2027, [day('2027-02-22', '春节', 'workday'), day('2027-01-01'), day('2027-01-01'), day('2027-01-04', ' '), day('2027-01-05', '元\u202e旦')])
    expect(errors.map((error) => `${error.field} ${error.code}`)).toEqual([
      'days.0.kind WORKDAY_NOT_WEEKEND',
      'days.3.name INVALID_NAME',
      'days.4.name INVALID_NAME',
      'days.2.date DUPLICATE_DATE',
    ])
    expect(checkYearDays(2027, [])[0]?.code).toBe('NO_DAYS')
    expect(checkYear(1999)?.code).toBe('INVALID_YEAR')
    expect(checkYear(2027)).toBeNull()
  })
})

describe('what saving a year would change', () => {
  it('adds new days, and lists differing days and the year’s days the entry lacks (never last December’s)', () => {
    const plan = planYear(
      2027,
      [stored(1, day('2026-12-31')), stored(2, day('2027-01-01', '元旦（本市）')), stored(3, day('2027-01-02')), stored(4, day('2027-05-04', '青年节'))],
      [day('2027-01-01'), day('2027-01-02'), day('2027-02-05', '春节')],
    )
    expect(plan).toEqual({
      create: [day('2027-02-05', '春节')],
      differ: [{ before: stored(2, day('2027-01-01', '元旦（本市）')), after: day('2027-01-01') }],
      extra: [stored(4, day('2027-05-04', '青年节'))],
      unchanged: 1,
    })
  })
})
