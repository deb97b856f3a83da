import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { parseHolidayNotice } from '../../collections/CalendarDays/notice'
import { missingCalendarYears } from '../../collections/CalendarDays/warning'
import { yearSpan } from '../../collections/CalendarDays/yearPlan'
import { publishedCalendarDays } from '../../scripts/lib/seed/calendar'

/** The State Council's notices as published, reconstructed from the days the chinese-days package lists for their years. */
const notice = (year: number) => readFileSync(path.join(import.meta.dirname, '../fixtures/notices', `${year}.txt`), 'utf8')

/** The package's days of one notice's span (with the December before: 2023's 元旦 began on 31 December 2022), without names (the notice says 清明节 where the package says 清明). */
const publishedYear = (year: number) => {
  const { first, last } = yearSpan(year)
  return publishedCalendarDays()
    .filter((day) => day.date >= first && day.date <= last)
    .map(({ date, kind }) => ({ date, kind }))
}

describe('reading the State Council’s holiday notice', () => {
  for (const year of [2023, 2024, 2025, 2026]) {
    it(`finds the ${year} notice’s holidays and make-up working days, as the chinese-days package lists them`, () => {
      const parsed = parseHolidayNotice(notice(year))
      expect(parsed.problems).toEqual([])
      expect(parsed.year).toBe(year)
      expect(parsed.days.map(({ date, kind }) => ({ date, kind }))).toEqual(publishedYear(year))
    })
  }

  it('names each day after its section', () => {
    const days = parseHolidayNotice(notice(2026)).days
    expect(days.find((day) => day.date === '2026-02-14')).toEqual({ date: '2026-02-14', kind: 'workday', name: '春节' })
    expect(days.find((day) => day.date === '2026-10-07')?.name).toBe('国庆节')
    expect(parseHolidayNotice(notice(2025)).days.find((day) => day.date === '2025-10-06')?.name).toBe('国庆节、中秋节')
  })

  it('reads a pasted section without its title when the year is chosen, full-width digits and all', () => {
    const parsed = parseHolidayNotice('一、元旦：１月１日（周五）放假１天，不调休。二、春节：2月5日（周五）至11日（周四）放假调休，共7天。2月20日（周六）上班。', 2027)
    expect(parsed).toEqual({
      year: 2027,
      problems: [],
      days: [
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        ...['05', '06', '07', '08', '09', '10', '11'].map((day) => ({ date: `2027-02-${day}`, kind: 'holiday', name: '春节' })),
        { date: '2027-02-20', kind: 'workday', name: '春节' },
      ],
    })
  })

  it('ignores advice that names a date without giving it off (2024: 鼓励…安排职工在除夕休息)', () => {
    const parsed = parseHolidayNotice(
      '二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。',
      2024,
    )
    expect(parsed.problems).toEqual([])
    expect(parsed.days.some((day) => day.date === '2024-02-09')).toBe(false)
    expect(parsed.days.filter((day) => day.kind === 'holiday')).toHaveLength(8)
  })

  it('reports a weekday or a day count that does not match the dates, e.g. the wrong year chosen', () => {
    const parsed = parseHolidayNotice('一、元旦：1月1日（周四）至3日（周六）放假调休，共4天。1月4日（周日）上班。', 2027)
    expect(parsed.problems).toContain('元旦：2027-01-01 是周五，通知中写的是周四，请核对年份和日期')
    expect(parsed.problems).toContain('元旦：通知写共4天，按日期算是3天，请核对')
  })

  it('says what is missing when there is no year or no date to read', () => {
    expect(parseHolidayNotice('一、元旦：1月1日放假').problems[0]).toMatch(/没有找到年份/)
    expect(parseHolidayNotice('放假安排另行通知', 2027).problems[0]).toMatch(/没有识别出/)
    expect(parseHolidayNotice('一、元旦：2月30日放假1天。', 2027).problems).toContain('“2月30日”不是有效的日期')
  })
})

describe('the dashboard’s warning that a year is missing', () => {
  const through2026 = new Set([2024, 2025, 2026])
  it('asks for next year from 1 November (in China), and for this year whenever it is missing', () => {
    expect(missingCalendarYears('2026-10-31', through2026)).toEqual([])
    expect(missingCalendarYears('2026-11-01', through2026)).toEqual([2027])
    expect(missingCalendarYears('2026-12-06', new Set([...through2026, 2027]))).toEqual([])
    expect(missingCalendarYears('2027-03-01', through2026)).toEqual([2027])
    expect(missingCalendarYears('2027-11-15', through2026)).toEqual([2027, 2028])
  })
})
