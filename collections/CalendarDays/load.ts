import type { Payload, PayloadRequest } from 'payload'

import { lookupCache } from '../../cms/lib/lookupCache'
import { workingCalendar, type WorkingCalendar } from './workingDays'

/** The calendar, read by every new work order (its due date) and every accepted application. */
const calendars = lookupCache<WorkingCalendar>({ max: 1 })

/** afterChange/afterDelete, and after a year is saved: the calendar changed. */
export function forgetWorkingCalendar(): void {
  calendars.forget()
}

/** The whole calendar, as the working-day functions use it (a few hundred rows), cached per process (cms/lib/lookupCache). */
export async function loadWorkingCalendar(payload: Payload, req?: PayloadRequest): Promise<WorkingCalendar> {
  const calendar = await calendars.get('calendar', async () => {
    const { docs } = await payload.find({ collection: 'calendar-days', pagination: false, depth: 0, req, select: { date: true, kind: true } })
    return workingCalendar(docs)
  })
  return calendar!
}
