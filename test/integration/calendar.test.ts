import { describe, expect, it } from 'vitest'

import { loadWorkingCalendar } from '../../collections/CalendarDays/load'
import { addWorkingDays } from '../../collections/CalendarDays/workingDays'
import { seedContent } from '../../scripts/lib/seed'
import { useTestPayload } from '../helpers/payload'
import { signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

describe('the holiday calendar', () => {
  it('is seeded with the published holidays and make-up working days', async () => {
    const calendar = await loadWorkingCalendar(payload)
    expect(calendar.holidays.has('2026-10-01')).toBe(true)
    expect(calendar.workdays.has('2026-10-10')).toBe(true)
    expect(addWorkingDays('2026-09-30', 1, calendar)).toBe('2026-10-08')
  })

  it('lets a city administrator add next year’s arrangement, which deadlines then follow', async () => {
    const admin = await signedIn(payload, 'admin-city')
    const before = addWorkingDays('2026-12-31', 1, await loadWorkingCalendar(payload))
    expect(before).toBe('2027-01-01')
    await payload.create({
      collection: 'calendar-days',
      data: { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      overrideAccess: false,
      user: admin,
    })
    expect(addWorkingDays('2026-12-31', 1, await loadWorkingCalendar(payload))).toBe('2027-01-04')
  })

  it('keeps an administrator’s correction when the content is seeded again', async () => {
    const admin = await signedIn(payload, 'admin-city')
    const { docs } = await payload.find({ collection: 'calendar-days', where: { date: { equals: '2026-10-07' } } })
    await payload.update({
      collection: 'calendar-days',
      id: docs[0]!.id,
      data: { name: '国庆节（本市延长）' },
      overrideAccess: false,
      user: admin,
    })
    const report = await seedContent(payload, { demo: true })
    expect(report.calendar.created).toBe(0)
    const again = await payload.find({ collection: 'calendar-days', where: { date: { equals: '2026-10-07' } } })
    expect(again.docs[0]?.name).toBe('国庆节（本市延长）')
  })

  it('is changed by city administrators only, and read by staff only', async () => {
    for (const username of ['admin-district', 'editor-city', 'reviewer-city']) {
      const user = await signedIn(payload, username)
      await expect(
        payload.create({
          collection: 'calendar-days',
          data: { date: '2027-02-01', kind: 'holiday', name: '测试' },
          overrideAccess: false,
          user,
        }),
        username,
      ).rejects.toThrow()
    }
    await expect(
      payload.find({ collection: 'calendar-days', overrideAccess: false, user: null }),
    ).rejects.toThrow()
  })

  it('refuses a date that does not exist, in Chinese', async () => {
    const admin = await signedIn(payload, 'admin-city')
    await expect(
      payload.create({
        collection: 'calendar-days',
        data: { date: '2027-02-30', kind: 'holiday', name: '春节' },
        overrideAccess: false,
        user: admin,
      }),
    ).rejects.toThrow(/日期/)
  })
})
