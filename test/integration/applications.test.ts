import { afterEach, describe, expect, it, vi } from 'vitest'

import { withTransaction } from '../../cms/lib/withTransaction'
import { recordRating } from '../../collections/Applications/lib/transition'
import { act, createApplication } from '../helpers/applications'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { rejection, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

/** Freeze the clock at a moment given in China time. */
const at = (chinaTime: string) => vi.setSystemTime(new Date(`${chinaTime}+08:00`))

afterEach(() => {
  vi.useRealTimers()
})

const promisedIn3Days = async () => {
  const application = await createApplication(payload)
  // The demo guide's own limit does not matter here: fix it at 3 working days.
  await payload.db.updateOne({ collection: 'applications', id: application.id, data: { promisedDays: 3 } })
  return { ...application, promisedDays: 3 }
}

describe('the application workflow', () => {
  it('counts the due date in working days on the official calendar, without the supplement time', async () => {
    const reviewer = await signedIn(payload, 'reviewer-community')
    const staff = { userId: reviewer.id }
    vi.useFakeTimers({ toFake: ['Date'] })
    const application = await promisedIn3Days()

    at('2026-09-30T10:00:00')
    const accepted = await act(payload, application, 'accept', staff)
    // 1–7 October are the National Day holiday and Saturday 10 October is worked in exchange.
    expect(accepted).toMatchObject({ status: 'accepted', dueDate: '2026-10-10', assignee: reviewer.id })

    at('2026-10-08T10:00:00')
    await act(payload, application, 'startProcessing', staff)
    const waiting = await act(payload, application, 'requestSupplement', { ...staff, note: '请补充户口簿首页' })
    expect(waiting.status).toBe('supplement')

    at('2026-10-12T10:00:00')
    const resumed = await act(payload, application, 'supplement', { note: '已上传户口簿首页' })
    // Three working days (9, 10 and 12 October) went on the supplement: the due date moves by three.
    expect(resumed).toMatchObject({ status: 'processing', dueDate: '2026-10-14' })
    expect(resumed.supplement?.pausedWorkingDays).toBe(3)

    const done = await act(payload, application, 'approve', { ...staff, note: '准予登记，证件已寄出' })
    expect(done).toMatchObject({ status: 'completed', outcome: 'approved', resultNote: '准予登记，证件已寄出' })
  })

  it('records every transition in an append-only history: who, when, from, to and the note', async () => {
    const reviewer = await signedIn(payload, 'reviewer-community')
    const application = await createApplication(payload)
    await act(payload, application, 'reject', { userId: reviewer.id, note: '不属于本事项的受理范围' })
    const { docs } = await payload.find({
      collection: 'application-events',
      where: { application: { equals: application.id } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      action: 'reject',
      fromStatus: 'submitted',
      toStatus: 'rejected',
      actor: reviewer.id,
      by: 'staff',
      note: '不属于本事项的受理范围',
    })
    expect(docs[0]!.createdAt).toBeTruthy()

    // Not even code that bypasses access control can rewrite or remove an entry.
    const edit = await rejection(payload.update({ collection: 'application-events', id: docs[0]!.id, data: { note: '改写' } }))
    expect(edit.code).toBe('APPEND_ONLY')
    const removal = await rejection(payload.delete({ collection: 'application-events', id: docs[0]!.id }))
    expect(removal.code).toBe('APPEND_ONLY')
    // Nor through the API with an administrator's account.
    const admin = await signedIn(payload, 'admin-city')
    const viaApi = await rejection(
      payload.update({ collection: 'application-events', id: docs[0]!.id, data: { note: '改写' }, overrideAccess: false, user: admin }),
    )
    expect(viaApi.status).toBe(403)
  })

  it('refuses illegal transitions, missing notes and direct edits of the state', async () => {
    const reviewer = await signedIn(payload, 'reviewer-community')
    const application = await createApplication(payload)
    expect((await rejection(act(payload, application, 'approve', { userId: reviewer.id, note: '准予' }))).code).toBe('ILLEGAL_TRANSITION')
    expect((await rejection(act(payload, application, 'reject', { userId: reviewer.id }))).code).toBe('NOTE_REQUIRED')
    expect(
      (await rejection(payload.update({ collection: 'applications', id: application.id, data: { status: 'completed' } }))).code,
    ).toBe('WORKFLOW_ONLY')
    const admin = await signedIn(payload, 'admin-city')
    const viaApi = await rejection(
      payload.update({ collection: 'applications', id: application.id, data: { status: 'completed' }, overrideAccess: false, user: admin }),
    )
    expect(viaApi.status).toBe(403)
    const unchanged = await payload.findByID({ collection: 'applications', id: application.id, depth: 0 })
    expect(unchanged.status).toBe('submitted')
    const { totalDocs } = await payload.count({ collection: 'application-events', where: { application: { equals: application.id } } })
    expect(totalDocs).toBe(0)
  })

  it('lets the resident withdraw only before acceptance', async () => {
    const reviewer = await signedIn(payload, 'reviewer-community')
    const early = await createApplication(payload)
    expect((await act(payload, early, 'withdraw')).status).toBe('withdrawn')
    const late = await createApplication(payload)
    await act(payload, late, 'accept', { userId: reviewer.id })
    expect((await rejection(act(payload, late, 'withdraw'))).code).toBe('ILLEGAL_TRANSITION')
  })

  it('takes one rating after completion; a bad one opens a follow-up due in 15 working days', async () => {
    const reviewer = await signedIn(payload, 'reviewer-community')
    const staff = { userId: reviewer.id }
    vi.useFakeTimers({ toFake: ['Date'] })
    at('2026-09-28T09:00:00')
    const application = await createApplication(payload)
    expect((await rejection(withTransaction(payload, (req) => recordRating(req, application, 5, '')))).code).toBe('NOT_COMPLETED')
    await act(payload, application, 'accept', staff)
    await act(payload, application, 'startProcessing', staff)
    const done = await act(payload, application, 'deny', { ...staff, note: '不符合条件' })

    const rated = await withTransaction(payload, (req) => recordRating(req, done, 1, '材料要求和指南不一致'))
    // 15 working days from 28 September skip the National Day holiday and count 10 October.
    expect(rated.followUp).toMatchObject({ status: 'open', dueDate: '2026-10-23' })
    expect(rated.rating).toMatchObject({ level: '1', comment: '材料要求和指南不一致' })
    const again = await rejection(withTransaction(payload, (req) => recordRating(req, rated, 5, '')))
    expect(again.code).toBe('ALREADY_RATED')

    const closed = await act(payload, rated, 'closeFollowUp', { ...staff, note: '已回访，指南已更正' })
    expect(closed.followUp).toMatchObject({ status: 'closed', note: '已回访，指南已更正' })
    expect((await rejection(act(payload, closed, 'closeFollowUp', { ...staff, note: '再次' }))).code).toBe('ILLEGAL_TRANSITION')
  })

  it('queues an SMS in the outbox for every change of state, with no ID number in it', async () => {
    const reviewer = await signedIn(payload, 'reviewer-community')
    const application = await createApplication(payload)
    await act(payload, application, 'accept', { userId: reviewer.id })
    const { docs } = await payload.find({ collection: 'notifications', where: { application: { equals: application.id } }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ channel: 'sms', status: 'outbox', recipient: '13800138000' })
    expect(docs[0]!.message).toContain('已受理')
    expect(docs[0]!.message).not.toContain('11010519491231002X')
  })
})

describe('the applicant’s personal values', () => {
  it('are masked for reviewers, shown in full only through the logged action, and still reach the SMS in full', async () => {
    const application = await createApplication(payload, { divisionCode: '410105001001' })
    const reviewer = await signedIn(payload, 'reviewer-community')
    const seen = await payload.findByID({ collection: 'applications', id: application.id, user: reviewer, overrideAccess: false, depth: 0 })
    expect(seen.applicant).toMatchObject({ idNumber: '1*****************', phone: '138****8000' })

    const accepted = await callEndpoint(payload, { collection: 'applications', path: '/:id/actions', id: application.id, username: 'reviewer-community', body: { action: 'accept' } })
    expect(accepted.status).toBe(200)
    const { docs } = await payload.find({ collection: 'notifications', where: { application: { equals: application.id } }, depth: 0 })
    expect(docs.map((doc) => doc.recipient)).toEqual(['13800138000'])
    expect((await payload.findByID({ collection: 'applications', id: application.id, depth: 0 })).applicant.phone).toBe('13800138000')

    const reveal = () => callEndpoint(payload, { collection: 'applications', path: '/:id/reveal', id: application.id, username: 'reviewer-community' })
    expect((await refused(reveal())).code).toBe('VIEW_FULL_NOT_ALLOWED')
    await payload.update({ collection: 'users', id: reviewer.id, data: { canViewFullPersonalData: true } })
    const { fields } = (await (await reveal()).json()) as { fields: { path: string; value: string }[] }
    expect(fields).toEqual([expect.objectContaining({ path: 'applicant.idNumber', value: '11010519491231002X' }), expect.objectContaining({ path: 'applicant.phone', value: '13800138000' }), expect.objectContaining({ path: 'applicant.email', value: null }), expect.objectContaining({ path: 'party.idNumber', value: null })])
    const logged = await payload.find({ collection: 'audit-log', where: { and: [{ targetId: { equals: application.id } }, { action: { equals: 'view-full' } }] }, depth: 0 })
    expect(logged.docs).toHaveLength(1)
    expect(logged.docs[0]).toMatchObject({ targetCollection: 'applications', scope: { community: '410105001001' } })
  })
})

describe('who sees an application', () => {
  it('shows each street its own cases, through the Local API with a user as through REST', async () => {
    const ours = await createApplication(payload, { divisionCode: '410105001001' })
    const theirs = await createApplication(payload, { divisionCode: '410105002001' })
    const streetA = await signedIn(payload, 'reviewer-street')
    const streetB = await signedIn(payload, 'reviewer-street-b')
    const seenBy = async (user: typeof streetA) =>
      (await payload.find({ collection: 'applications', overrideAccess: false, user, limit: 0, depth: 0 })).docs.map((doc) => doc.id)
    expect(await seenBy(streetA)).toContain(ours.id)
    expect(await seenBy(streetA)).not.toContain(theirs.id)
    expect(await seenBy(streetB)).toContain(theirs.id)
    expect(await seenBy(streetB)).not.toContain(ours.id)
    // A city reviewer who works for one department sees only that department's cases.
    const cityCivilAffairs = await signedIn(payload, 'reviewer-city')
    expect(await seenBy(cityCivilAffairs)).not.toContain(ours.id)
    // Staff of other roles see none.
    const editor = await signedIn(payload, 'editor-city')
    expect((await rejection(payload.find({ collection: 'applications', overrideAccess: false, user: editor }))).status).toBe(403)
  })
})
