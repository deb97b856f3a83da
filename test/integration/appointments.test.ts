import type { Where } from 'payload'
import { describe, expect, it } from 'vitest'

import { markNoShows, sendReminders } from '../../collections/Appointments/lib/sweeps'
import { instantOf, MONDAY_TO_FRIDAY, openSlots, type OpeningPeriod, type Slot, weekdayOf } from '../../collections/Appointments/lib/schedule'
import { loadWorkingCalendar } from '../../collections/CalendarDays/load'
import { chinaDate, shiftDays } from '../../collections/CalendarDays/workingDays'
import { DEFAULT_BOOKING_HOURS } from '../../scripts/lib/seed/appointmentSchedules'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { api, signInResident } from '../helpers/residents'

// Enough working days ahead for every test to book on a day of its own.
process.env.APPOINTMENT_DAYS_AHEAD = '40'

const payload = useTestPayload({ seeded: true })

const SERVICE = '010103'
const CENTRE = 'jinshui-district'

let phones = 0
/** A resident of their own for each booking, signed in. */
async function newResident(): Promise<{ cookie: string; phone: string }> {
  phones += 1
  const phone = `139${String(20_000_000 + phones).padStart(8, '0')}`
  return { phone, cookie: await signInResident(payload, phone) }
}

async function centreId(): Promise<string> {
  const { docs } = await payload.find({ collection: 'service-centres', where: { code: { equals: CENTRE } }, depth: 0, limit: 1 })
  return docs[0]!.id
}

/** Give the centre `capacity` seats per slot (all services sharing them). */
async function setCapacity(capacity: number): Promise<void> {
  await payload.update({ collection: 'appointment-schedules', where: { centre: { equals: await centreId() } }, data: { capacity }, depth: 0 })
}

/** The centre's open slots now, as the booking endpoints compute them. */
async function slots(): Promise<Slot[]> {
  return openSlots(DEFAULT_BOOKING_HOURS, await loadWorkingCalendar(payload))
}

const slotValue = (slot: Slot): string => `${slot.date} ${slot.start}`

const bookAs = async (cookie: string, slot: Slot, service = SERVICE) =>
  api(payload, '/api/appointments/book', { cookie, body: { service, centre: await centreId(), slot: slotValue(slot), name: '张伟' } })

/** A slot on a later day than any earlier test used, so each test starts from empty seats. */
let nextDay = 0
async function freshSlot(): Promise<Slot> {
  const open = await slots()
  const days = [...new Set(open.map((slot) => slot.date))]
  const day = days[(nextDay += 1)]!
  return open.find((slot) => slot.date === day)!
}

const seatsTaken = async (slot: Slot): Promise<number> => {
  const { docs } = await payload.find({ collection: 'appointment-slots', where: { key: { equals: `${await centreId()}|*|${slot.date}|${slot.start}` } }, depth: 0 })
  return docs[0]?.booked ?? 0
}

/** Counter services of the centre besides SERVICE, to book several at once. */
async function otherServices(count: number): Promise<string[]> {
  const centre = await payload.findByID({ collection: 'service-centres', id: await centreId(), depth: 0 })
  const counter: Where = { or: [{ kind: { equals: 'counter' } }, { outcome: { equals: 'counter' } }] }
  const where: Where = { and: [{ _status: { equals: 'published' } }, counter, { code: { in: centre.services ?? [] } }, { code: { not_equals: SERVICE } }] }
  const { docs } = await payload.find({ collection: 'services', where, sort: 'code', limit: count, depth: 0, select: { code: true } })
  expect(docs).toHaveLength(count)
  return docs.map((doc) => String(doc.code))
}

/** Run `work` with environment variables set, restoring them after. */
async function withEnv<T>(values: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]))
  Object.assign(process.env, values)
  try {
    return await work()
  } finally {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

const smsTo = async (phone: string, subjectPart: string) => {
  const { docs } = await payload.find({ collection: 'notifications', where: { recipient: { equals: phone } }, depth: 0, pagination: false })
  return docs.filter((doc) => doc.subject.includes(subjectPart))
}

describe('appointments at service centres', () => {
  it('books a slot: confirmation with the QR code as a page, an SMS from the template, one booking per person, service and day', async () => {
    const { cookie, phone } = await newResident()
    const slot = await freshSlot()
    const response = await api(payload, '/api/appointments/book', { cookie, form: { service: SERVICE, centre: await centreId(), slot: slotValue(slot), name: '张伟' } })
    const page = await response.text()
    expect(response.status).toBe(200)
    expect(page).toContain('预约成功')
    expect(page).toContain('<svg')
    expect(page).toMatch(/预约号 <strong>YY[A-Z2-9]{8}<\/strong>/)
    expect(await smsTo(phone, '已预约')).toHaveLength(1)
    const again = await refused(bookAs(cookie, { ...slot, start: '16:00', end: '16:30' }))
    expect(again).toMatchObject({ status: 409, code: 'ALREADY_BOOKED' })
    expect(await seatsTaken(slot)).toBe(1)
  })

  it('never gives more seats than a slot has, however many book at once', async () => {
    await setCapacity(3)
    const slot = await freshSlot()
    const residents = await Promise.all(Array.from({ length: 12 }, newResident))
    const answers = await Promise.all(residents.map(({ cookie }) => bookAs(cookie, slot)))
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(3)
    expect(statuses.filter((status) => status === 409)).toHaveLength(9)
    const codes = await Promise.all(answers.filter((answer) => answer.status === 409).map(async (answer) => ((await answer.json()) as { code: string }).code))
    expect(new Set(codes)).toEqual(new Set(['SLOT_FULL']))
    expect(await seatsTaken(slot)).toBe(3)
    expect(await payload.count({ collection: 'appointments', where: { and: [{ date: { equals: slot.date } }, { start: { equals: slot.start } }] } })).toMatchObject({ totalDocs: 3 })
  })

  it('cancelling gives the seat back to the next resident; a change moves the seat', async () => {
    await setCapacity(1)
    const slot = await freshSlot()
    const first = await newResident()
    const booked = (await (await bookAs(first.cookie, slot)).json()) as { number: string }
    const second = await newResident()
    expect(await refused(bookAs(second.cookie, slot))).toMatchObject({ code: 'SLOT_FULL' })

    const other = await newResident()
    const cancelledByStranger = await refused(api(payload, `/api/appointments/${booked.number}/cancel`, { cookie: other.cookie, body: {} }))
    expect(cancelledByStranger.status).toBe(404)

    const cancelled = await api(payload, `/api/appointments/${booked.number}/cancel`, { cookie: first.cookie, body: {} })
    expect(cancelled.status).toBe(200)
    expect(await seatsTaken(slot)).toBe(0)
    expect(await smsTo(first.phone, '预约已取消')).toHaveLength(1)
    const rebooked = (await (await bookAs(second.cookie, slot)).json()) as { number: string }
    expect(rebooked.number).toMatch(/^YY/)

    const later = (await slots()).find((each) => each.date === slot.date && each.start !== slot.start)!
    const changed = await api(payload, `/api/appointments/${rebooked.number}/change`, { cookie: second.cookie, body: { slot: slotValue(later) } })
    expect(changed.status).toBe(200)
    expect(await changed.json()).toMatchObject({ date: later.date, start: later.start, status: 'booked' })
    expect(await seatsTaken(slot)).toBe(0)
    expect(await seatsTaken(later)).toBe(1)
    expect(await smsTo(second.phone, '已改约')).toHaveLength(1)
    await setCapacity(DEFAULT_BOOKING_HOURS.capacity)
  })

  it('a hotline agent books for a caller by phone and name; centre staff check it in on the day', async () => {
    const slot = await freshSlot()
    const body = { service: SERVICE, centre: await centreId(), slot: slotValue(slot), name: '李秀英', phone: '13700001111' }
    const refusedToReviewer = await refused(callEndpoint(payload, { collection: 'appointments', path: '/desk', username: 'reviewer-street-b', body }))
    expect(refusedToReviewer.status).toBe(403)
    const response = await callEndpoint(payload, { collection: 'appointments', path: '/desk', username: 'agent-district', body })
    expect(response.status).toBe(201)
    const { number } = (await response.json()) as { number: string }
    const [stored] = (await payload.find({ collection: 'appointments', where: { number: { equals: number } }, depth: 0 })).docs
    expect(stored).toMatchObject({ channel: 'desk', maskedName: '李**', status: 'booked' })
    expect(await smsTo('13700001111', '已预约')).toHaveLength(1)

    const exported = await callEndpoint(payload, { collection: 'appointments', path: '/export', method: 'get', username: 'agent-district', query: { format: 'csv', where: { number: { equals: number } } } })
    const csv = await exported.text()
    expect(csv).toContain(`${slot.date},${slot.start}-${slot.end}`)
    expect(csv).toContain('李**')
    expect(csv).not.toContain('李秀英')

    expect(await refused(callEndpoint(payload, { collection: 'appointments', path: '/check-in', username: 'agent-district', body: { number } }))).toMatchObject({ code: 'NOT_TODAY' })
    await payload.db.updateOne({ collection: 'appointments', where: { number: { equals: number } }, data: { date: chinaDate() } })
    const checkedIn = await callEndpoint(payload, { collection: 'appointments', path: '/check-in', username: 'agent-district', body: { number } })
    expect(await checkedIn.json()).toMatchObject({ status: 'checkedIn', maskedName: '李**' })
    expect(await refused(callEndpoint(payload, { collection: 'appointments', path: '/check-in', username: 'agent-district', body: { number } }))).toMatchObject({ code: 'NOT_ACTIVE' })
  })

  it('the reminder job texts each booking once, the day before', async () => {
    const { cookie, phone } = await newResident()
    const slot = await freshSlot()
    await bookAs(cookie, slot)
    const dayBefore = instantOf(shiftDays(slot.date, -1), '18:00')
    expect(await sendReminders(payload, dayBefore)).toBeGreaterThanOrEqual(1)
    expect(await sendReminders(payload, dayBefore)).toBe(0)
    const [reminder] = await smsTo(phone, '明天办理提醒')
    expect(reminder?.message).toContain(`${slot.date} ${slot.start}-${slot.end}`)
  })

  it('a holiday has no slots, and a booking for it is refused', async () => {
    const slot = await freshSlot()
    await payload.create({ collection: 'calendar-days', data: { date: slot.date, kind: 'holiday', name: '测试假日' }, depth: 0 })
    expect((await slots()).some((each) => each.date === slot.date)).toBe(false)
    const { cookie } = await newResident()
    expect(await refused(bookAs(cookie, slot))).toMatchObject({ status: 422, code: 'SLOT_NOT_OPEN' })
  })

  it('opens each weekday with its own periods: no Thursday afternoon, a Saturday morning; overlapping periods are refused', async () => {
    const periods: OpeningPeriod[] = [
      { start: '09:00', end: '12:00', weekdays: MONDAY_TO_FRIDAY },
      { start: '13:30', end: '17:00', weekdays: ['mon', 'tue', 'wed', 'fri'] },
      { start: '09:00', end: '11:00', weekdays: ['sat'] },
    ]
    const schedule = { centre: { equals: await centreId() } }
    await payload.update({ collection: 'appointment-schedules', where: schedule, data: { periods }, depth: 0 })
    const calendar = await loadWorkingCalendar(payload)
    const open = openSlots({ periods, slotMinutes: DEFAULT_BOOKING_HOURS.slotMinutes }, calendar)
    const saturday = open.find((slot) => weekdayOf(slot.date) === 'sat' && !calendar.workdays.has(slot.date))!
    const thursday = (await slots()).find((slot) => weekdayOf(slot.date) === 'thu' && slot.start === '14:00')!
    const { cookie } = await newResident()
    expect(await refused(bookAs(cookie, thursday))).toMatchObject({ status: 422, code: 'SLOT_NOT_OPEN' })
    const booked = await bookAs(cookie, saturday)
    expect(booked.status).toBe(201)
    expect(await booked.json()).toMatchObject({ date: saturday.date, start: '09:00', end: '09:30' })

    const overlapping: OpeningPeriod[] = [...periods, { start: '16:30', end: '18:00', weekdays: ['fri'] }]
    const { id } = (await payload.find({ collection: 'appointment-schedules', where: schedule, depth: 0 })).docs[0]!
    await expect(payload.update({ collection: 'appointment-schedules', id, data: { periods: overlapping }, depth: 0 })).rejects.toMatchObject({
      data: { errors: [{ path: 'periods', message: '第4个时段（16:30-18:00）与第2个时段（13:30-17:00）在周五重叠' }] },
    })
    await payload.update({ collection: 'appointment-schedules', where: schedule, data: { periods: DEFAULT_BOOKING_HOURS.periods }, depth: 0 })
  })

  it('one person holds at most one active booking per service and three in all, counted with the seat (also at once); a cancelled one frees a place', async () => {
    const [second, third, fourth, fifth] = await otherServices(4)
    const { cookie, phone } = await newResident()
    const slot = await freshSlot()
    const later = await freshSlot()
    expect((await bookAs(cookie, slot)).status).toBe(201)
    expect(await refused(bookAs(cookie, later))).toMatchObject({ status: 409, code: 'SERVICE_BOOKING_LIMIT' })
    const atOnce = await Promise.all([second, third, fourth, fifth].map((service) => bookAs(cookie, later, service!)))
    expect(atOnce.map((answer) => answer.status).sort()).toEqual([201, 201, 409, 409])
    const refusals = await Promise.all(atOnce.filter((answer) => answer.status === 409).map(async (answer) => (await answer.json()) as { code: string; message: string }))
    expect(refusals.map(({ code }) => code)).toEqual(['BOOKING_LIMIT', 'BOOKING_LIMIT'])
    expect(refusals[0]!.message).toBe('您已有3个预约尚未办理，最多同时预约3个。请办理或取消原预约后再预约。')
    expect(await payload.count({ collection: 'appointments', where: { and: [{ phone: { equals: phone } }, { status: { equals: 'booked' } }] } })).toMatchObject({ totalDocs: 3 })
    expect(await seatsTaken(later)).toBe(2)

    const desk = await refused(callEndpoint(payload, { collection: 'appointments', path: '/desk', username: 'agent-district', body: { service: fifth, centre: await centreId(), slot: slotValue(later), name: '张伟', phone } }))
    expect(desk).toMatchObject({ status: 409, code: 'BOOKING_LIMIT' })
    const [first] = (await payload.find({ collection: 'appointments', where: { and: [{ phone: { equals: phone } }, { service: { equals: SERVICE } }] }, depth: 0 })).docs
    expect((await api(payload, `/api/appointments/${first!.number}/cancel`, { cookie, body: {} })).status).toBe(200)
    expect((await bookAs(cookie, later)).status).toBe(201)
  })

  it('limits the bookings and changes one client may send', async () => {
    const { cookie } = await newResident()
    const slot = await freshSlot()
    const client = '198.51.100.7'
    await withEnv({ APPOINTMENT_BOOK_LIMIT: '2/600' }, async () => {
      const booked = await api(payload, '/api/appointments/book', { cookie, client, body: { service: SERVICE, centre: await centreId(), slot: slotValue(slot), name: '张伟' } })
      const { number } = (await booked.json()) as { number: string }
      const later = (await slots()).find((each) => each.date === slot.date && each.start !== slot.start)!
      expect((await api(payload, `/api/appointments/${number}/change`, { cookie, client, body: { slot: slotValue(later) } })).status).toBe(200)
      expect(await refused(api(payload, `/api/appointments/${number}/change`, { cookie, client, body: { slot: slotValue(slot) } }))).toMatchObject({ status: 429, code: 'RATE_LIMITED' })
      expect(await refused(api(payload, '/api/appointments/book', { cookie, client, body: {} }))).toMatchObject({ status: 429, code: 'RATE_LIMITED' })
    })
  })

  it('staff mark a booking whose time has begun 标记未到, counted as the sweep counts it, and undo it on the same day', async () => {
    const { cookie, phone } = await newResident()
    const slot = await freshSlot()
    const { number } = (await (await bookAs(cookie, slot)).json()) as { number: string }
    const noShow = (username: string, path = '/:number/no-show') => callEndpoint(payload, { collection: 'appointments', path, username, params: { number } })
    expect(await refused(noShow('agent-district'))).toMatchObject({ status: 409, code: 'NOT_STARTED' })
    await payload.db.updateOne({ collection: 'appointments', where: { number: { equals: number } }, data: { date: chinaDate(), start: '00:00', end: '00:30' } })
    expect(await refused(noShow('reviewer-street-b'))).toMatchObject({ status: 404 })

    const marked = await noShow('agent-district')
    expect(marked.status).toBe(200)
    expect(await marked.json()).toMatchObject({ number, status: 'noShow' })
    const agent = (await payload.find({ collection: 'users', where: { username: { equals: 'agent-district' } }, depth: 0 })).docs[0]!
    const stored = async () => (await payload.find({ collection: 'appointments', where: { number: { equals: number } }, depth: 0 })).docs[0]!
    expect(await stored()).toMatchObject({ status: 'noShow', noShowMarkedBy: agent.id })
    const audit = await payload.find({ collection: 'audit-log', where: { and: [{ targetCollection: { equals: 'appointments' } }, { summary: { equals: `标记未到：预约${number}` } }] }, depth: 0 })
    expect(audit.docs[0]).toMatchObject({ actor: agent.id, action: 'update' })
    // The sweep leaves a booking marked by hand as it is.
    await markNoShows(payload, instantOf(chinaDate(), '23:59'))
    expect((await stored()).noShowMarkedBy).toBe(agent.id)
    const next = await freshSlot()
    await withEnv({ APPOINTMENT_NO_SHOW_LIMIT: '1' }, async () => {
      expect(await refused(bookAs(cookie, next))).toMatchObject({ status: 403, code: 'NO_SHOW_BLOCKED' })
      const undone = await noShow('agent-district', '/:number/no-show/undo')
      expect(await undone.json()).toMatchObject({ number, status: 'booked' })
      expect((await bookAs(cookie, next, (await otherServices(1))[0])).status).toBe(201)
    })
    expect(await stored()).toMatchObject({ status: 'booked', noShowMarkedBy: null })
    const checkedIn = await callEndpoint(payload, { collection: 'appointments', path: '/check-in', username: 'agent-district', body: { number } })
    expect(await checkedIn.json()).toMatchObject({ status: 'checkedIn' })
    expect(await smsTo(phone, '爽约')).toHaveLength(0)
  })

  it('a 爽约 can be undone only on the day it was marked', async () => {
    const { cookie } = await newResident()
    const slot = await freshSlot()
    const { number } = (await (await bookAs(cookie, slot)).json()) as { number: string }
    await payload.db.updateOne({ collection: 'appointments', where: { number: { equals: number } }, data: { date: shiftDays(chinaDate(), -1) } })
    await markNoShows(payload)
    await payload.db.updateOne({ collection: 'appointments', where: { number: { equals: number } }, data: { noShowMarkedAt: instantOf(shiftDays(chinaDate(), -1), '20:00').toISOString() } })
    const undo = () => callEndpoint(payload, { collection: 'appointments', path: '/:number/no-show/undo', username: 'agent-district', params: { number } })
    expect(await refused(undo())).toMatchObject({ status: 409, code: 'UNDO_EXPIRED' })
  })

  it('three no-shows block online booking; the hotline can still book', async () => {
    const { cookie, phone } = await newResident()
    const days = [await freshSlot(), await freshSlot(), await freshSlot()]
    await withEnv({ APPOINTMENT_ACTIVE_PER_SERVICE: '3' }, async () => {
      for (const slot of days) expect((await bookAs(cookie, slot)).status).toBe(201)
    })
    await markNoShows(payload, instantOf(days[2]!.date, '23:00'))
    const noShows = await payload.count({ collection: 'appointments', where: { and: [{ status: { equals: 'noShow' } }, { phone: { equals: phone } }] } })
    expect(noShows.totalDocs).toBe(3)
    const next = await freshSlot()
    expect(await refused(bookAs(cookie, next))).toMatchObject({ status: 403, code: 'NO_SHOW_BLOCKED' })
    const desk = await callEndpoint(payload, { collection: 'appointments', path: '/desk', username: 'agent-district', body: { service: SERVICE, centre: await centreId(), slot: slotValue(next), name: '张伟', phone } })
    expect(desk.status).toBe(201)
  })
})
