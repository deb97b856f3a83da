import type { PayloadRequest } from 'payload'

import type { AppointmentSchedule, ServiceCentre } from '../../../cms/payload-types'
import { loadWorkingCalendar } from '../../CalendarDays/load'
import { RequestError } from '../../errors'
import { relationId } from '../../relations'
import { type CentreSchedule, MONDAY_TO_FRIDAY, openSlots, type Slot } from './schedule'

/** A service that is done at a counter, so can be booked. */
export type BookableService = { code: string; title: string }

const published = { _status: { equals: 'published' } }

/** Published guides done in person at a centre (办理方式 窗口办理, or 结果 at the counter). */
export async function bookableServices(req: PayloadRequest): Promise<BookableService[]> {
  const { docs } = await req.payload.find({
    collection: 'services',
    where: { and: [published, { or: [{ kind: { equals: 'counter' } }, { outcome: { equals: 'counter' } }] }] },
    sort: 'code',
    pagination: false,
    depth: 0,
    select: { code: true, title: true },
    overrideAccess: true,
    req,
  })
  return docs.map(({ code, title }) => ({ code: String(code), title: String(title) }))
}

export async function bookableService(req: PayloadRequest, code: string): Promise<BookableService> {
  const service = (await bookableServices(req)).find((each) => each.code === code)
  if (!service) throw new RequestError('SERVICE_NOT_BOOKABLE', '这个事项不能预约现场办理', 404)
  return service
}

/** A centre that takes bookings, with its schedule. */
export type BookableCentre = { centre: Pick<ServiceCentre, 'address' | 'id' | 'name' | 'scope' | 'services'>; schedule: CentreSchedule }

const scheduleOf = (doc: AppointmentSchedule): CentreSchedule => ({
  // A MongoDB document saved before periods named weekdays opened Monday to Friday (SQLite's migration wrote them in).
  periods: (doc.periods ?? []).map(({ end, start, weekdays }) => ({ start, end, weekdays: weekdays?.length ? weekdays : MONDAY_TO_FRIDAY })),
  slotMinutes: doc.slotMinutes,
  capacity: doc.capacity,
  capacityPerService: Boolean(doc.capacityPerService),
})

/** The published centres handling `serviceCode` that have booking hours. */
export async function centresFor(req: PayloadRequest, serviceCode: string): Promise<BookableCentre[]> {
  const { docs: centres } = await req.payload.find({
    collection: 'service-centres',
    where: { and: [published, { services: { contains: serviceCode } }] },
    sort: 'code',
    pagination: false,
    depth: 0,
    select: { name: true, address: true, scope: true, services: true },
    overrideAccess: true,
    req,
  })
  if (!centres.length) return []
  const { docs: schedules } = await req.payload.find({
    collection: 'appointment-schedules',
    where: { centre: { in: centres.map((centre) => centre.id) } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const byCentre = new Map(schedules.map((schedule) => [String(relationId(schedule.centre)), scheduleOf(schedule)]))
  return centres.flatMap((centre) => {
    const schedule = byCentre.get(String(centre.id))
    return schedule && (centre.services ?? []).includes(serviceCode) ? [{ centre: centre as BookableCentre['centre'], schedule }] : []
  })
}

export async function bookableCentre(req: PayloadRequest, serviceCode: string, centreId: string): Promise<BookableCentre> {
  const found = (await centresFor(req, serviceCode)).find(({ centre }) => String(centre.id) === centreId)
  if (!found) throw new RequestError('CENTRE_NOT_BOOKABLE', '这个服务中心不办理这个事项，或没有开放预约', 404)
  return found
}

/** The seat pool a slot's bookings count in: the centre's shared seats, or the service's own. */
export const slotKeyOf = ({ centre, schedule }: BookableCentre, serviceCode: string, slot: Pick<Slot, 'date' | 'start'>): string =>
  [String(centre.id), schedule.capacityPerService ? serviceCode : '*', slot.date, slot.start].join('|')

/** The centre's open slots with the seats still free in each. */
export async function slotsWithSeats(req: PayloadRequest, bookable: BookableCentre, serviceCode: string): Promise<(Slot & { free: number })[]> {
  const slots = openSlots(bookable.schedule, await loadWorkingCalendar(req.payload, req))
  if (!slots.length) return []
  const keys = slots.map((slot) => slotKeyOf(bookable, serviceCode, slot))
  const { docs } = await req.payload.find({
    collection: 'appointment-slots',
    where: { key: { in: keys } },
    pagination: false,
    depth: 0,
    select: { key: true, booked: true },
    overrideAccess: true,
    req,
  })
  const booked = new Map(docs.map((doc) => [doc.key, doc.booked]))
  return slots.map((slot, index) => ({ ...slot, free: Math.max(0, bookable.schedule.capacity - (booked.get(keys[index]!) ?? 0)) }))
}
