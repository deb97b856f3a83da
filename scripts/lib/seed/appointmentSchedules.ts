import type { Payload, PayloadRequest } from 'payload'

import { MONDAY_TO_FRIDAY, type OpeningPeriod } from '../../../collections/Appointments/lib/schedule'
import type { Tally } from './upsert'

/** The usual hours of a service hall, Monday to Friday; administrators adjust them per centre (预约时段). */
export const DEFAULT_BOOKING_HOURS = {
  periods: [
    { start: '09:00', end: '12:00', weekdays: MONDAY_TO_FRIDAY },
    { start: '13:30', end: '17:00', weekdays: MONDAY_TO_FRIDAY },
  ] as OpeningPeriod[],
  slotMinutes: 30,
  capacity: 5,
  capacityPerService: false,
}

/** The city centre's hall also opens on Saturday mornings (周六上午), as many city halls do. */
const SATURDAY_MORNING = { 'zhengzhou-city': { start: '09:00', end: '12:00', weekdays: ['sat'] } } as Record<string, OpeningPeriod>

const hoursOf = (centreCode: string) => {
  const saturday = SATURDAY_MORNING[centreCode]
  return saturday ? { ...DEFAULT_BOOKING_HOURS, periods: [...DEFAULT_BOOKING_HOURS.periods, saturday] } : DEFAULT_BOOKING_HOURS
}

/** Give every centre without booking hours the usual ones; hours already there are left alone. */
export async function seedAppointmentSchedules(payload: Payload, req: PayloadRequest, tally: Tally): Promise<void> {
  const [{ docs: centres }, { docs: schedules }] = await Promise.all([
    payload.find({ collection: 'service-centres', pagination: false, depth: 0, req, select: { code: true } }),
    payload.find({ collection: 'appointment-schedules', pagination: false, depth: 0, req, select: { centre: true } }),
  ])
  const scheduled = new Set(schedules.map((schedule) => String(typeof schedule.centre === 'object' ? schedule.centre.id : schedule.centre)))
  for (const centre of centres) {
    if (scheduled.has(String(centre.id))) {
      tally.unchanged += 1
      continue
    }
    await payload.create({ collection: 'appointment-schedules', data: { centre: centre.id, ...hoursOf(String(centre.code)) }, depth: 0, req })
    tally.created += 1
  }
}
