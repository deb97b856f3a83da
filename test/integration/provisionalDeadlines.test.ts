import { createLocalReq } from 'payload'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { withTransaction } from '../../cms/lib/withTransaction'
import { statusAnswer } from '../../collections/Applications/lib/statusAnswer'
import { recordRating } from '../../collections/Applications/lib/transition'
import { recountProvisionalDueDates } from '../../collections/CalendarDays/recompute'
import { loadWorkingCalendar } from '../../collections/CalendarDays/load'
import { missingCalendarYears } from '../../collections/CalendarDays/warning'

import { callEndpoint } from '../helpers/endpoints'
import { act, createApplication } from '../helpers/applications'
import { useTestPayload } from '../helpers/payload'
import { createTicket } from '../helpers/tickets'
import { signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

afterEach(() => {
  vi.useRealTimers()
})

/** Save a year's days through the year screen's endpoint, as `username`. */
const saveYear = (body: Record<string, unknown>, username = 'admin-city') =>
  callEndpoint(payload, { collection: 'calendar-days', path: '/year', username, body })

const NEW_YEAR_2027 = { date: '2027-01-01', kind: 'holiday', name: '元旦' }

describe('a deadline counted into a year whose holidays are not entered', () => {
  it('is provisional, and entering that year counts it again and clears the mark, with a history entry', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    // The seeded calendar (chinese-days) ends with 2026: 元旦 2027 counts as an ordinary Friday.
    vi.setSystemTime(new Date('2026-12-20T10:00:00+08:00'))
    const reviewer = await signedIn(payload, 'reviewer-community')
    const accepted = await act(payload, await createApplication(payload), 'accept', { userId: reviewer.id }) // 10 working days
    expect(accepted).toMatchObject({ dueDate: '2027-01-01', dueDateProvisional: true })
    const ticket = await createTicket(payload, { kind: 'complaint' }) // 13 working days
    expect(ticket).toMatchObject({ dueDate: '2027-01-06', dueDateProvisional: true })
    const inside2026 = await createTicket(payload, { kind: 'consultation' }) // 3 working days
    expect(inside2026).toMatchObject({ dueDate: '2026-12-23', dueDateProvisional: false })
    // The resident is told too: on the status page and in the acceptance message.
    expect(await statusAnswer(await createLocalReq({}, payload), accepted)).toMatchObject({ dueDate: '2027-01-01', dueDateProvisional: true })
    const sms = await payload.find({ collection: 'notifications', where: { application: { equals: accepted.id } }, depth: 0 })
    expect(sms.docs.map((message) => message.message)).toContainEqual(expect.stringContaining('将在2027-01-01前办结（暂定：该年节假日安排公布后可能顺延）'))

    const response = await saveYear({ year: 2027, days: [NEW_YEAR_2027, { date: '2027-02-20', kind: 'workday', name: '春节' }] })
    expect(response.status).toBe(200)
    const answer = await response.json()
    expect(answer.plan.create).toHaveLength(2)
    expect(answer.recounted.applications).toEqual({ changed: 1, cleared: 1 })
    expect(answer.recounted.tickets).toEqual({ changed: 1, cleared: 1 })

    const application = await payload.findByID({ collection: 'applications', id: accepted.id, depth: 0 })
    expect(application).toMatchObject({ dueDate: '2027-01-04', dueDateProvisional: false })
    expect(await payload.findByID({ collection: 'tickets', id: ticket.id, depth: 0 })).toMatchObject({ dueDate: '2027-01-07', dueDateProvisional: false })
    const recount = { action: { equals: 'recountDueDate' } }
    const history = await payload.find({ collection: 'application-events', where: { and: [{ application: { equals: accepted.id } }, recount] }, depth: 0 })
    expect(history.docs).toHaveLength(1)
    expect(history.docs[0]).toMatchObject({ note: '节假日安排已录入，应办结日期由2027-01-01改为2027-01-04', by: 'staff' })
    const ticketHistory = await payload.find({ collection: 'ticket-events', where: { and: [{ ticket: { equals: ticket.id } }, recount] }, depth: 0 })
    expect(ticketHistory.docs).toHaveLength(1)
    expect(ticketHistory.docs[0]).toMatchObject({ note: '节假日安排已录入，应办结日期由2027-01-06改为2027-01-07' })
  })
})

describe('a bad rating’s follow-up counted into a year whose holidays are not entered', () => {
  it('is provisional, and the hourly job counts it again once a day of that year is entered in the list', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2027-12-15T10:00:00+08:00'))
    const reviewer = await signedIn(payload, 'reviewer-community')
    const staff = { userId: reviewer.id }
    const application = await createApplication(payload)
    await act(payload, application, 'accept', staff)
    await act(payload, application, 'startProcessing', staff)
    const denied = await act(payload, application, 'deny', { ...staff, note: '不符合条件' })
    const rated = await withTransaction(payload, (req) => recordRating(req, denied, 1, '等了太久'))
    expect(rated.followUp).toMatchObject({ status: 'open', dueDate: '2028-01-05', dueDateProvisional: true })

    await payload.create({ collection: 'calendar-days', data: { date: '2028-01-03', kind: 'holiday', name: '元旦' } })
    const report = await recountProvisionalDueDates(payload)
    expect(report.followUps).toEqual({ changed: 1, cleared: 1 })
    const recounted = await payload.findByID({ collection: 'applications', id: application.id, depth: 0 })
    expect(recounted.followUp).toMatchObject({ status: 'open', dueDate: '2028-01-06', dueDateProvisional: false })
    const history = await payload.find({ collection: 'application-events', where: { and: [{ application: { equals: application.id } }, { action: { equals: 'recountFollowUpDueDate' } }] }, depth: 0 })
    expect(history.docs[0]).toMatchObject({ by: 'system', note: '节假日安排已录入，整改期限由2028-01-05改为2028-01-06' })
    // Nothing changed since: the next run writes nothing.
    expect(await recountProvisionalDueDates(payload)).toEqual({ applications: { changed: 0, cleared: 0 }, followUps: { changed: 0, cleared: 0 }, tickets: { changed: 0, cleared: 0 } })
  })
})

describe('the dashboard’s warning', () => {
  it('asks for a year the stored calendar lacks, from 1 November before it', async () => {
    const entered = async () => (await loadWorkingCalendar(payload)).years
    // The 2027 and 2028 days entered above: 2029 is the next one missing.
    expect(missingCalendarYears('2026-12-06', await entered())).toEqual([])
    expect(missingCalendarYears('2028-10-31', await entered())).toEqual([])
    expect(missingCalendarYears('2028-11-01', await entered())).toEqual([2029])
  })
})

describe('entering a year on one screen', () => {
  it('checks every day first and writes nothing when one is wrong', async () => {
    const response = await saveYear({
      year: 2032,
      days: [
        { date: '2032-01-01', kind: 'holiday', name: '元旦' },
        { date: '2032-01-07', kind: 'workday', name: '春节' }, // a Wednesday
        { date: '2033-01-01', kind: 'holiday', name: '元旦' },
      ],
    })
    expect(response.status).toBe(422)
    const answer = await response.json()
    expect(answer.code).toBe('VALIDATION_FAILED')
    expect(answer.errors.map((error: { code: string; field: string }) => `${error.field} ${error.code}`)).toEqual([
      'days.1.kind WORKDAY_NOT_WEEKEND',
      'days.2.date OUTSIDE_YEAR',
    ])
    expect((await payload.find({ collection: 'calendar-days', where: { date: { like: '2032-' } } })).totalDocs).toBe(0)
  })

  it('previews without writing, and keeps a differing or extra day unless the administrator replaces the year', async () => {
    await saveYear({ year: 2029, days: [{ date: '2029-01-01', kind: 'holiday', name: '元旦（本市）' }, { date: '2029-05-04', kind: 'holiday', name: '青年节' }] })
    const entered = [{ date: '2029-01-01', kind: 'holiday', name: '元旦' }, { date: '2029-02-12', kind: 'holiday', name: '春节' }]

    const preview = await (await saveYear({ year: 2029, days: entered, dryRun: true })).json()
    expect(preview.plan).toMatchObject({ create: [entered[1]], differ: [{ before: { name: '元旦（本市）' }, after: entered[0] }], extra: [{ date: '2029-05-04' }] })
    expect((await payload.find({ collection: 'calendar-days', where: { date: { equals: '2029-02-12' } } })).totalDocs).toBe(0)

    await saveYear({ year: 2029, days: entered })
    const kept = await payload.find({ collection: 'calendar-days', where: { date: { like: '2029-' } }, sort: 'date' })
    expect(kept.docs.map((day) => `${day.date} ${day.name}`)).toEqual(['2029-01-01 元旦（本市）', '2029-02-12 春节', '2029-05-04 青年节'])

    await saveYear({ year: 2029, days: entered, replaceExisting: true })
    const replaced = await payload.find({ collection: 'calendar-days', where: { date: { like: '2029-' } }, sort: 'date' })
    expect(replaced.docs.map((day) => `${day.date} ${day.name}`)).toEqual(['2029-01-01 元旦', '2029-02-12 春节'])
  })

  it('is for city administrators only', async () => {
    for (const username of ['admin-district', 'reviewer-city']) {
      const response = await saveYear({ year: 2030, days: [{ date: '2030-01-01', kind: 'holiday', name: '元旦' }] }, username)
      expect(response.status, username).toBe(403)
    }
  })
})
