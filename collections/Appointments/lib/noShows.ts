import type { Payload, PayloadRequest } from 'payload'

import type { Appointment } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { writeAudit } from '../../AuditLog/record'
import { chinaDate } from '../../CalendarDays/workingDays'
import { isUniqueClash, RequestError } from '../../errors'
import { APPOINTMENT_STATUS_LABELS, APPOINTMENTS } from '../states'
import { activeKeyOf, endedKey, notActive } from './book'
import { instantOf } from './schedule'

/**
 * Mark a booking 爽约 if it is still booked (one conditional update, so the
 * sweep and staff never both mark it): it then counts toward the no-show
 * rule and no longer blocks its person's day; its seat stays taken (the time
 * has passed). `by` is the staff member who marked it by hand, null for the
 * sweep. Null when the booking was no longer booked.
 */
export const markNoShow = (payload: Payload, id: number | string, by: null | string, req?: PayloadRequest): Promise<Appointment | null> =>
  payload.db.updateOne({
    collection: APPOINTMENTS,
    where: { and: [{ id: { equals: id } }, { status: { equals: 'booked' } }] },
    data: { status: 'noShow', activeKey: endedKey(id), noShowMarkedAt: new Date().toISOString(), noShowMarkedBy: by },
    options: { atomic: true },
    req,
  }) as unknown as Promise<Appointment | null>

const statusChange = (from: Appointment['status'], to: Appointment['status']) => [{ field: 'status', label: '状态', from: APPOINTMENT_STATUS_LABELS[from], to: APPOINTMENT_STATUS_LABELS[to] }]

/** Staff mark a booking 爽约 by hand once its time has begun without the person (标记未到), recorded with who did it. */
export async function markNoShowByHand(on: PayloadRequest, appointment: Appointment): Promise<Appointment> {
  if (appointment.status !== 'booked') throw notActive()
  if (instantOf(appointment.date, appointment.start) > new Date()) {
    throw new RequestError('NOT_STARTED', `这个预约的时间（${appointment.date} ${appointment.start}）还没到，不能标记未到`, 409)
  }
  return withTransaction(
    on.payload,
    async (tx) => {
      const marked = await markNoShow(tx.payload, appointment.id, String(tx.user!.id), tx)
      if (!marked) throw notActive()
      await writeAudit(tx, { action: 'update', targetCollection: APPOINTMENTS, targetId: appointment.id, scope: appointment.scope, summary: `标记未到：预约${appointment.number}`, changes: statusChange('booked', 'noShow') })
      return { ...appointment, ...marked }
    },
    on,
  )
}

/**
 * Undo a 爽约 on the day it was marked (a mistake, or the person came late):
 * the booking is booked again, no longer counted, and can be checked in;
 * not checked in, the sweep marks it again once its slot has ended.
 */
export async function undoNoShow(on: PayloadRequest, appointment: Appointment): Promise<Appointment> {
  if (appointment.status !== 'noShow') throw new RequestError('NOT_NO_SHOW', '这个预约没有记为爽约', 409)
  if (!appointment.noShowMarkedAt || chinaDate(new Date(appointment.noShowMarkedAt)) !== chinaDate()) {
    throw new RequestError('UNDO_EXPIRED', '爽约只能在标记当天撤销', 409)
  }
  try {
    return await withTransaction(
      on.payload,
      async (tx) => {
        const restored = (await tx.payload.db.updateOne({
          collection: APPOINTMENTS,
          where: { and: [{ id: { equals: appointment.id } }, { status: { equals: 'noShow' } }] },
          data: { status: 'booked', activeKey: activeKeyOf(appointment.personKey, appointment.service, appointment.date), noShowMarkedAt: null, noShowMarkedBy: null },
          options: { atomic: true },
          req: tx,
        })) as unknown as Appointment | null
        if (!restored) throw new RequestError('NOT_NO_SHOW', '这个预约没有记为爽约', 409)
        await writeAudit(tx, { action: 'update', targetCollection: APPOINTMENTS, targetId: appointment.id, scope: appointment.scope, summary: `撤销爽约：预约${appointment.number}`, changes: statusChange('noShow', 'booked') })
        return { ...appointment, ...restored }
      },
      on,
    )
  } catch (error) {
    if (isUniqueClash(error, 'activeKey')) throw new RequestError('ALREADY_BOOKED', '这位居民当天已另有这个事项的预约，不能撤销', 409)
    throw error
  }
}
