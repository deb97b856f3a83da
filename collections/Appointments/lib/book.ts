import { randomInt } from 'node:crypto'

import type { PayloadRequest, Where } from 'payload'

import type { Appointment, ServiceCentre } from '../../../cms/payload-types'
import { pseudonym } from '../../../cms/lib/rateLimit'
import { afterCommit, withTransaction } from '../../../cms/lib/withTransaction'
import { chinaDate, shiftDays } from '../../CalendarDays/workingDays'
import { deliverOnCommit } from '../../Notifications/deliver'
import { type MessageCause, queueMessage } from '../../Notifications/queue'
import { type RenderedMessage, renderMessage } from '../../Notifications/templates'
import type { MessageEvent } from '../../SmsTemplates/events'
import { isInUserScope, type StaffUser } from '../../access'
import { isUniqueClash, RequestError } from '../../errors'
import { maskName } from '../../privacy/mask'
import { relationId } from '../../relations'
import { APPOINTMENTS } from '../states'
import { bookableCentre, bookableService, type BookableCentre, type BookableService, slotKeyOf } from './catalogue'
import { releaseSeat, seatReq, slotIsFull, takeSeatFor } from './seats'
import { instantOf, isOpenSlot, openSlots, type Slot, slotToComeWhere } from './schedule'
import { loadWorkingCalendar } from '../../CalendarDays/load'
import { integerFromEnv } from '../../../cms/config/integerFromEnv'

/** Who books: a signed-in resident on the portal, or a hotline agent for a caller. */
export type Booker = { channel: 'portal'; residentId: string } | { channel: 'desk'; agentId: string }

export type BookingRequest = { serviceCode: string; centreId: string; date: string; start: string; name: string; phone: string; booker: Booker }

const NUMBER_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** A booking's number (预约号, in its QR code): 8 characters nobody can guess or misread. */
const newNumber = (): string => `YY${Array.from({ length: 8 }, () => NUMBER_ALPHABET[randomInt(NUMBER_ALPHABET.length)]).join('')}`

/** The person behind a booking: a keyed hash of their phone, the same for the portal and the hotline. */
export const personKeyOf = (req: PayloadRequest, phone: string): string => pseudonym(req.payload, `appointment:${phone}`)

export const activeKeyOf = (personKey: string, serviceCode: string, date: string): string => `${personKey}|${serviceCode}|${date}`

/** A finished booking no longer blocks its person, service and day. */
export const endedKey = (id: number | string): string => `ended|${String(id)}`

/** The no-show rule: `APPOINTMENT_NO_SHOW_LIMIT` (3) no-shows in `APPOINTMENT_NO_SHOW_WINDOW_DAYS` (90) block online booking for `APPOINTMENT_NO_SHOW_BLOCK_DAYS` (30). */
export const noShowRule = () => ({
  limit: integerFromEnv('APPOINTMENT_NO_SHOW_LIMIT', 3),
  windowDays: integerFromEnv('APPOINTMENT_NO_SHOW_WINDOW_DAYS', 90),
  blockDays: integerFromEnv('APPOINTMENT_NO_SHOW_BLOCK_DAYS', 30),
})

/** Refuse online booking to a person with too many recent no-shows (the hotline may still book for them). */
async function refuseRepeatedNoShows(req: PayloadRequest, personKey: string): Promise<void> {
  const rule = noShowRule()
  const today = chinaDate()
  const { docs } = await req.payload.find({
    collection: APPOINTMENTS,
    where: { and: [{ personKey: { equals: personKey } }, { status: { equals: 'noShow' } }, { date: { greater_than_equal: shiftDays(today, -rule.windowDays) } }] },
    sort: '-date',
    limit: rule.limit,
    depth: 0,
    select: { date: true },
    overrideAccess: true,
    req,
  })
  if (docs.length < rule.limit) return
  const until = shiftDays(docs[0]!.date, rule.blockDays)
  if (until < today) return
  throw new RequestError('NO_SHOW_BLOCKED', `您${rule.windowDays}天内已有${rule.limit}次预约未到场，${until}前不能在网上预约。如需办理请拨打12345或直接到服务中心。`, 403)
}

const duplicateRefusal = () => new RequestError('ALREADY_BOOKED', '您当天已预约这个事项，如需换时间请改约', 409)

/** How many bookings one person may hold at once: `APPOINTMENT_ACTIVE_PER_SERVICE` (1) for one service, `APPOINTMENT_ACTIVE_TOTAL` (3) in all. */
export const activeBookingLimits = () => ({
  perService: integerFromEnv('APPOINTMENT_ACTIVE_PER_SERVICE', 1),
  total: integerFromEnv('APPOINTMENT_ACTIVE_TOTAL', 3),
})

/**
 * Refuse a booking that would give its person more active bookings (booked,
 * slot not yet ended) than the limits allow. Run inside the booking's
 * transaction: on SQLite every transaction begins IMMEDIATE (one writer at a
 * time across processes, cms/config/sqliteClient.ts), so no two bookings of
 * one person can both count the same bookings and both pass. A MongoDB
 * transaction reads a snapshot without locking: there two bookings of one
 * person sent in the same instant could both pass (not yet guarded).
 */
async function refuseOverLimit(tx: PayloadRequest, personKey: string, service: BookableService, date: string): Promise<void> {
  const { docs } = await tx.payload.find({
    collection: APPOINTMENTS,
    where: { and: [{ personKey: { equals: personKey } }, { status: { equals: 'booked' } }, slotToComeWhere()] },
    pagination: false,
    depth: 0,
    select: { service: true, date: true },
    overrideAccess: true,
    req: tx,
  })
  const sameService = docs.filter((doc) => doc.service === service.code)
  if (sameService.some((doc) => doc.date === date)) throw duplicateRefusal()
  const limits = activeBookingLimits()
  if (sameService.length >= limits.perService) {
    throw new RequestError('SERVICE_BOOKING_LIMIT', `您已预约“${service.title}”${sameService.length}次且尚未办理，同一事项最多同时预约${limits.perService}次。如需换时间请改约，或先取消原预约。`, 409)
  }
  if (docs.length >= limits.total) {
    throw new RequestError('BOOKING_LIMIT', `您已有${docs.length}个预约尚未办理，最多同时预约${limits.total}个。请办理或取消原预约后再预约。`, 409)
  }
}

const slotRefusal = () => new RequestError('SLOT_NOT_OPEN', '这个时段不能预约：请选择页面上列出的日期和时段', 422)
const fullRefusal = () => new RequestError('SLOT_FULL', '这个时段已约满，请选择其他时段', 409)

/** The open slot a request names, on the centre's schedule and the calendar. */
async function openSlot(req: PayloadRequest, bookable: BookableCentre, date: string, start: string): Promise<Slot> {
  const slot = isOpenSlot(openSlots(bookable.schedule, await loadWorkingCalendar(req.payload, req)), date, start)
  if (!slot) throw slotRefusal()
  return slot
}

/** Take the slot's seat for `work`, atomically, with `tx` (see `takeSeatFor`), or refuse: the slot is full. */
async function withSeat<T>(tx: PayloadRequest, key: string, capacity: number, work: () => Promise<T>): Promise<T> {
  if (!(await takeSeatFor(tx, key, capacity))) throw fullRefusal()
  return work()
}

/** Give a booking's seat back with `tx`: on SQLite within it; elsewhere once it has committed (as `withSeat` took it outside). */
async function giveSeatBack(tx: PayloadRequest, key: string): Promise<void> {
  const counting = seatReq(tx.payload, tx)
  if (counting) await releaseSeat(tx.payload, key, counting)
  else afterCommit(tx, () => void releaseSeat(tx.payload, key))
}

/** Everything the messages about a booking say. */
async function messageVariables(req: PayloadRequest, appointment: Appointment) {
  const centre = typeof appointment.centre === 'object' ? appointment.centre : await req.payload.findByID({ collection: 'service-centres', id: appointment.centre, depth: 0, overrideAccess: true, select: { name: true }, req })
  return {
    serviceTitle: appointment.serviceTitle,
    centreName: (centre as Pick<ServiceCentre, 'name'>).name,
    time: `${appointment.date} ${appointment.start}-${appointment.end}`,
    number: appointment.number,
  }
}

type AppointmentEvent = MessageEvent & `appointment.${string}`

/** The SMS about `appointment`, worded from its approved template. */
const messageAbout = async (req: PayloadRequest, appointment: Appointment, event: AppointmentEvent): Promise<RenderedMessage> =>
  renderMessage(req, event, await messageVariables(req, appointment))

/** Queue a worded SMS about `appointment` in `tx`, sent after the commit. */
async function queueAbout(tx: PayloadRequest, appointment: Pick<Appointment, 'id' | 'phone' | 'resident'>, { subject, text }: RenderedMessage, cause: MessageCause): Promise<void> {
  const resident = relationId(appointment.resident) as string | undefined
  if (await queueMessage(tx, { appointment: appointment.id, resident: resident ?? null }, { phone: appointment.phone, subject, message: text }, cause)) deliverOnCommit(tx)
}

/** Queue the SMS about `appointment` in `tx`, sent after the commit. */
export async function tellBooker(tx: PayloadRequest, appointment: Appointment, event: AppointmentEvent, cause: MessageCause): Promise<void> {
  await queueAbout(tx, appointment, await messageAbout(tx, appointment, event), cause)
}

/** Residents' own actions count against the number's SMS cap; the hotline's do not. */
const causeOf = (booker: Booker | 'staff'): MessageCause => (booker !== 'staff' && booker.channel === 'portal' ? 'resident' : 'staff')

/**
 * Book a seat: check the service, centre and slot; for online bookings the
 * no-show rule; then take the seat and write the booking in one transaction.
 * One active booking per person, service and day (a unique key).
 */
export async function book(on: PayloadRequest, request: BookingRequest): Promise<Appointment> {
  const service = await bookableService(on, request.serviceCode)
  const bookable = await bookableCentre(on, service.code, request.centreId)
  const slot = await openSlot(on, bookable, request.date, request.start)
  const personKey = personKeyOf(on, request.phone)
  if (request.booker.channel === 'portal') await refuseRepeatedNoShows(on, personKey)
  const slotKey = slotKeyOf(bookable, service.code, slot)
  // A shortcut for the many who lose a race (no write, no lock); the conditional update below decides.
  if (await slotIsFull(on.payload, slotKey, bookable.schedule.capacity)) throw fullRefusal()
  const data = {
    number: newNumber(),
    service: service.code,
    serviceTitle: service.title,
    centre: bookable.centre.id,
    date: slot.date,
    start: slot.start,
    end: slot.end,
    status: 'booked' as const,
    name: request.name,
    maskedName: maskName(request.name),
    phone: request.phone,
    channel: request.booker.channel,
    resident: request.booker.channel === 'portal' ? request.booker.residentId : null,
    bookedBy: request.booker.channel === 'desk' ? request.booker.agentId : null,
    personKey,
    activeKey: activeKeyOf(personKey, service.code, slot.date),
    slotKey,
    scope: bookable.centre.scope,
  }
  // Worded before the transaction, which then holds the write lock only for the writes.
  const message = await messageAbout(on, { ...data, centre: bookable.centre } as unknown as Appointment, 'appointment.booked')
  try {
    return await withTransaction(
      on.payload,
      async (tx) => {
        await refuseOverLimit(tx, personKey, service, slot.date)
        return withSeat(tx, slotKey, bookable.schedule.capacity, async () => {
          const appointment = await tx.payload.create({ collection: APPOINTMENTS, data, depth: 0, overrideAccess: true, req: tx })
          await queueAbout(tx, appointment, message, causeOf(request.booker))
          return appointment
        })
      },
      on,
    )
  } catch (error) {
    if (isUniqueClash(error, 'activeKey')) throw duplicateRefusal()
    throw error
  }
}

/** Who may act on a booking: its resident, or staff (any booking in their scope, checked by the caller). */
export type Actor = { residentId: string } | 'staff'

/** The booking with this number, if `actor` may act on it. */
export async function appointmentFor(req: PayloadRequest, number: string, actor: Actor): Promise<Appointment> {
  const mine: Where[] = actor === 'staff' ? [] : [{ resident: { equals: actor.residentId } }]
  const { docs } = await req.payload.find({
    collection: APPOINTMENTS,
    where: { and: [{ number: { equals: number.trim().toUpperCase() } }, ...mine] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const appointment = docs[0]
  if (!appointment || (actor === 'staff' && !isInUserScope(req.user as StaffUser, appointment.scope))) throw new RequestError('NOT_FOUND', '没有找到这个预约', 404)
  return appointment
}

export const notActive = () => new RequestError('NOT_ACTIVE', '这个预约已签到、已取消或已过时间，不能再改动', 409)

/** A booking that can still be changed or cancelled: booked, and its time not yet begun. */
function assertChangeable(appointment: Appointment): void {
  if (appointment.status !== 'booked' || instantOf(appointment.date, appointment.start) <= new Date()) throw notActive()
}

/**
 * Move a booked appointment from status `booked` to `data`, only if it is
 * still booked (one conditional update, so a cancel racing a check-in
 * happens once). Null when it was not.
 */
const endBooking = (tx: PayloadRequest, appointment: Appointment, data: Partial<Appointment>): Promise<Appointment | null> =>
  tx.payload.db.updateOne({
    collection: APPOINTMENTS,
    where: { and: [{ id: { equals: appointment.id } }, { status: { equals: 'booked' } }] },
    data: { ...data, activeKey: endedKey(appointment.id) },
    options: { atomic: true },
    req: tx,
  }) as unknown as Promise<Appointment | null>

/** Cancel a booking and give its seat back, in one transaction. */
export async function cancel(on: PayloadRequest, appointment: Appointment, actor: Actor): Promise<Appointment> {
  assertChangeable(appointment)
  return withTransaction(
    on.payload,
    async (tx) => {
      const cancelled = await endBooking(tx, appointment, { status: 'cancelled', cancelledAt: new Date().toISOString() })
      if (!cancelled) throw notActive()
      await giveSeatBack(tx, appointment.slotKey)
      await tellBooker(tx, { ...appointment, status: 'cancelled' }, 'appointment.cancelled', actor === 'staff' ? 'staff' : 'resident')
      return { ...appointment, ...cancelled, status: 'cancelled' }
    },
    on,
  )
}

/** Move a booking to another open slot of the same centre and service: the new seat is taken before the old one is given back. */
export async function change(on: PayloadRequest, appointment: Appointment, to: { date: string; start: string }, actor: Actor): Promise<Appointment> {
  assertChangeable(appointment)
  const bookable = await bookableCentre(on, appointment.service, String(relationId(appointment.centre)))
  const slot = await openSlot(on, bookable, to.date, to.start)
  const slotKey = slotKeyOf(bookable, appointment.service, slot)
  if (slotKey === appointment.slotKey) return appointment
  try {
    return await withTransaction(
      on.payload,
      (tx) =>
        withSeat(tx, slotKey, bookable.schedule.capacity, async () => {
          const moved = (await tx.payload.db.updateOne({
            collection: APPOINTMENTS,
            where: { and: [{ id: { equals: appointment.id } }, { status: { equals: 'booked' } }, { slotKey: { equals: appointment.slotKey } }] },
            data: { date: slot.date, start: slot.start, end: slot.end, slotKey, reminderSent: false, activeKey: activeKeyOf(appointment.personKey, appointment.service, slot.date) },
            options: { atomic: true },
            req: tx,
          })) as unknown as Appointment | null
          if (!moved) throw notActive()
          await giveSeatBack(tx, appointment.slotKey)
          const changed = { ...appointment, date: slot.date, start: slot.start, end: slot.end, slotKey }
          await tellBooker(tx, changed, 'appointment.changed', actor === 'staff' ? 'staff' : 'resident')
          return changed
        }),
      on,
    )
  } catch (error) {
    if (isUniqueClash(error, 'activeKey')) throw duplicateRefusal()
    throw error
  }
}

/** Check a booking in at the centre: today's, still booked. */
export async function checkIn(on: PayloadRequest, appointment: Appointment): Promise<Appointment> {
  if (appointment.date !== chinaDate()) throw new RequestError('NOT_TODAY', `这个预约是${appointment.date}的，不是今天的`, 409)
  const checked = await endBooking(on, appointment, { status: 'checkedIn', checkedInAt: new Date().toISOString() })
  if (!checked) throw new RequestError('NOT_ACTIVE', '这个预约已签到、已取消或已记为爽约', 409)
  return { ...appointment, ...checked }
}
