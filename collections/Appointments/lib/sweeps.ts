import type { Payload, PayloadRequest } from 'payload'

import type { Appointment } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { chinaDate, shiftDays } from '../../CalendarDays/workingDays'
import { APPOINTMENTS } from '../states'
import { tellBooker } from './book'
import { markNoShow } from './noShows'
import { slotEndedWhere } from './schedule'

const BATCH = 200

/**
 * Send tomorrow's reminders: each booking is marked by one conditional
 * update before its SMS is queued in the same transaction, so two server
 * processes running the task never both send it.
 */
export async function sendReminders(payload: Payload, now = new Date()): Promise<number> {
  const tomorrow = shiftDays(chinaDate(now), 1)
  const { docs } = await payload.find({
    collection: APPOINTMENTS,
    where: { and: [{ date: { equals: tomorrow } }, { status: { equals: 'booked' } }, { reminderSent: { not_equals: true } }] },
    limit: BATCH,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  let sent = 0
  for (const appointment of docs) {
    const marked = await withTransaction(payload, async (tx: PayloadRequest) => {
      const claimed = await tx.payload.db.updateOne({
        collection: APPOINTMENTS,
        where: { and: [{ id: { equals: appointment.id } }, { reminderSent: { not_equals: true } }, { status: { equals: 'booked' } }] },
        data: { reminderSent: true },
        options: { atomic: true },
        req: tx,
      })
      if (!claimed) return false
      await tellBooker(tx, appointment as Appointment, 'appointment.reminder', appointment.channel === 'portal' ? 'resident' : 'staff')
      return true
    })
    if (marked) sent += 1
  }
  return sent
}

/** Mark as 爽约 every booking whose slot has ended without a check-in (earlier days, and today's ended slots). */
export async function markNoShows(payload: Payload, now = new Date()): Promise<void> {
  const { docs } = await payload.find({
    collection: APPOINTMENTS,
    where: { and: [{ status: { equals: 'booked' } }, slotEndedWhere(now)] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { status: true },
  })
  // The same conditional update as 标记未到 by hand, so a booking is marked once whoever comes first.
  for (const { id } of docs) await markNoShow(payload, id, null)
}
