import type { Payload, PayloadRequest } from 'payload'

import type { Tally } from './upsert'

/** The usual hours of a service hall on working days; administrators adjust them per centre (预约时段). */
export const DEFAULT_BOOKING_HOURS = {
  periods: [
    { start: '09:00', end: '12:00' },
    { start: '13:30', end: '17:00' },
  ],
  slotMinutes: 30,
  capacity: 5,
  capacityPerService: false,
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
    await payload.create({ collection: 'appointment-schedules', data: { centre: centre.id, ...DEFAULT_BOOKING_HOURS }, depth: 0, req })
    tally.created += 1
  }
}
