import { describe, expect, it } from 'vitest'

import { dueSoonWorkingDays, timeLeft } from '../../collections/Applications/reviewing/timeLeft'
import { workingCalendar } from '../../collections/CalendarDays/workingDays'
import { IS_COMPLETE, lookupKey, NORMALISE } from '../../collections/privacy/lookupKey'

// 国庆 2026: 1–7 October off; Sunday 27 September and Saturday 10 October are working days.
const calendar = workingCalendar([
  ...['01', '02', '03', '04', '05', '06', '07'].map((day) => ({ date: `2026-10-${day}`, kind: 'holiday' as const })),
  { date: '2026-09-27', kind: 'workday' },
  { date: '2026-10-10', kind: 'workday' },
])
const running = (dueDate: string) => ({ status: 'processing' as const, dueDate, onTime: null })

describe('the time-limit mark on an application’s row', () => {
  it('counts the working days left across a holiday', () => {
    // After Wednesday 30 September the working days are 8, 9, 10 (a make-up Saturday) and 12 October.
    expect(timeLeft(running('2026-10-12'), '2026-09-30', calendar, 3)).toEqual({ text: '还剩 4 个工作日', tone: 'normal' })
    expect(timeLeft(running('2026-10-09'), '2026-09-30', calendar, 3)).toEqual({ text: '还剩 2 个工作日', tone: 'due-soon' })
    expect(timeLeft(running('2026-10-09'), '2026-09-30', calendar, 1)).toMatchObject({ tone: 'normal' })
    expect(timeLeft(running('2026-09-30'), '2026-09-30', calendar, 3)).toEqual({ text: '今天到期', tone: 'due-soon' })
  })

  it('counts the working days overdue across a holiday', () => {
    expect(timeLeft(running('2026-09-30'), '2026-10-08', calendar, 3)).toEqual({ text: '已超期 1 个工作日', tone: 'overdue' })
    expect(timeLeft(running('2026-09-30'), '2026-10-03', calendar, 3)).toEqual({ text: '已超期', tone: 'overdue' })
  })

  it('says how a finished case ended, stops while waiting for a supplement, and says nothing before acceptance', () => {
    expect(timeLeft({ status: 'completed', dueDate: '2026-10-09', onTime: true }, '2026-10-20', calendar, 3)).toEqual({ text: '按期办结', tone: 'finished' })
    expect(timeLeft({ status: 'completed', dueDate: '2026-10-09', onTime: false }, '2026-10-20', calendar, 3)).toMatchObject({ text: '超期办结' })
    expect(timeLeft({ status: 'supplement', dueDate: '2026-10-09', onTime: null }, '2026-10-20', calendar, 3)).toMatchObject({ tone: 'paused' })
    expect(timeLeft({ status: 'submitted', dueDate: null, onTime: null }, '2026-10-20', calendar, 3)).toBeNull()
    expect(timeLeft({ status: 'rejected', dueDate: null, onTime: null }, '2026-10-20', calendar, 3)).toBeNull()
  })

  it('takes the due-soon window from APPLICATION_DUE_SOON_DAYS', () => {
    expect(dueSoonWorkingDays({})).toBe(3)
    expect(dueSoonWorkingDays({ APPLICATION_DUE_SOON_DAYS: '2' })).toBe(2)
    expect(dueSoonWorkingDays({ APPLICATION_DUE_SOON_DAYS: 'soon' })).toBe(3)
  })
})

describe('keyed hashes of applicants’ values', () => {
  const secret = 'a'.repeat(32)

  it('hash a value the same way however it was typed', () => {
    expect(lookupKey(secret, 'name', ' 买买提・艾力 ')).toBe(lookupKey(secret, 'name', '买买提·艾力'))
    expect(lookupKey(secret, 'name', 'ＬＩ Ｍｉｎｇ')).toBe(lookupKey(secret, 'name', 'LIMing'))
    expect(lookupKey(secret, 'idNumber', '11010519491231002x')).toBe(lookupKey(secret, 'idNumber', '11010519491231002X'))
    expect(lookupKey(secret, 'phone', '+86 138-0013-8000')).toBe(lookupKey(secret, 'phone', '13800138000'))
  })

  it('differ by secret and by kind, and only whole values are looked up', () => {
    expect(lookupKey(secret, 'phone', '13800138000')).not.toBe(lookupKey('b'.repeat(32), 'phone', '13800138000'))
    expect(lookupKey(secret, 'name', '13800138000')).not.toBe(lookupKey(secret, 'phone', '13800138000'))
    expect(IS_COMPLETE.idNumber(NORMALISE.idNumber('1101051949'))).toBe(false)
    expect(IS_COMPLETE.phone(NORMALISE.phone('138****8000'))).toBe(false)
    expect(IS_COMPLETE.name(NORMALISE.name('张*'))).toBe(false)
    expect(IS_COMPLETE.name(NORMALISE.name('   '))).toBe(false)
  })
})
