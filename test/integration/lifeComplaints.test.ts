import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import type { LifeComplaint } from '../../cms/payload-types'
import { loadWorkingCalendar } from '../../collections/CalendarDays/load'
import { countQueues } from '../../collections/casework/queues'
import { chinaDate, isWorkingDay, workingDaysBetween } from '../../collections/CalendarDays/workingDays'
import { lifeComplaintQueues } from '../../collections/LifeComplaints/lib/queues'
import { lifeOrderPage } from '../../collections/LifeOrders/lib/pages'
import { complaintPath, newComplaintPath } from '../../collections/LifeComplaints/residentEndpoints'
import { COMPLAINT_WORKING_DAYS } from '../../collections/LifeComplaints/states'
import { residentWithPhone } from '../../collections/Residents/lib/accounts'
import { callEndpoint, refused } from '../helpers/endpoints'
import { lifeOrder, providerAccount } from '../helpers/lifeOrders'
import { useTestPayload } from '../helpers/payload'
import { api, signInResident } from '../helpers/residents'
import { signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

let phones = 0
/** A resident of their own, signed in, with their account's id. */
async function newResident() {
  phones += 1
  const phone = `139${String(30_000_000 + phones).padStart(8, '0')}`
  const cookie = await signInResident(payload, phone)
  const resident = await residentWithPhone(await createLocalReq({}, payload), phone)
  return { phone, cookie, id: resident!.id }
}

const act = (complaint: LifeComplaint, caller: { username: string } | { as: Record<string, unknown> & { collection: string } }, body: Record<string, unknown>) =>
  callEndpoint(payload, { collection: 'life-complaints', path: '/:id/action', id: String(complaint.id), body, ...caller })

const complaintByNumber = async (number: string): Promise<LifeComplaint> =>
  (await payload.find({ collection: 'life-complaints', where: { number: { equals: number } }, depth: 0, limit: 1, overrideAccess: true, showHiddenFields: true })).docs[0] as LifeComplaint

const smsTo = async (phone: string): Promise<string[]> =>
  (await payload.find({ collection: 'notifications', where: { recipient: { equals: phone } }, sort: 'createdAt', depth: 0, overrideAccess: true, showHiddenFields: true, pagination: false })).docs.map((doc) => doc.message)

describe('life-service complaints', () => {
  it('goes from the resident’s complaint through the provider’s answer and a refund and a warning to the texted result and its rating', async () => {
    const resident = await newResident()
    const order = await lifeOrder(payload, { account: 'provider-haobangshou', end: 'done', amount: 160, phone: resident.phone, residentId: resident.id })

    const page = await api(payload, newComplaintPath(order.number), { cookie: resident.cookie })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(`action="${complaintPath(order.number)}"`)

    const raised = await api(payload, complaintPath(order.number), { cookie: resident.cookie, body: { content: '保洁没有清洁厨房，服务人员提前离开' } })
    expect(raised.status).toBe(201)
    const { number, dueDate } = (await raised.json()) as { number: string; dueDate: string }
    expect(number).toMatch(/^TS\d{14}$/)
    const calendar = await loadWorkingCalendar(payload)
    expect(isWorkingDay(dueDate, calendar)).toBe(true)
    expect(workingDaysBetween(chinaDate(), dueDate, calendar)).toBe(COMPLAINT_WORKING_DAYS)

    // One open complaint per order; someone else's order is not found.
    expect((await refused(api(payload, complaintPath(order.number), { cookie: resident.cookie, body: { content: '再投诉一次' } }))).status).toBe(422)
    const stranger = await newResident()
    expect((await refused(api(payload, complaintPath(order.number), { cookie: stranger.cookie, body: { content: '不是我的订单' } }))).status).toBe(404)

    let complaint = await complaintByNumber(number)
    expect(complaint).toMatchObject({ status: 'received', channel: 'portal', provider: order.provider, worker: order.worker, complainant: { phone: resident.phone } })

    // Only life-services staff take the staff steps; the provider answers for itself only.
    expect((await refused(act(complaint, { username: 'agent-community' }, { action: 'askProvider' }))).status).toBe(403)
    expect((await act(complaint, { username: 'life-street' }, { action: 'askProvider', note: '请说明服务人员提前离开的原因' })).status).toBe(200)
    const other = await providerAccount(payload, 'provider-anju')
    expect((await refused(act(complaint, { as: other }, { action: 'answer', note: '不是我们' }))).status).toBe(404)
    const own = await providerAccount(payload, 'provider-haobangshou')
    const answered = await act(complaint, { as: own }, { action: 'answer', note: '服务人员家中有急事提前离开，同意退款' })
    expect(answered.status, await answered.clone().text()).toBe(200)

    complaint = await complaintByNumber(number)
    expect(complaint.status).toBe('handling')
    const tooMuch = await refused(act(complaint, { username: 'life-street' }, { action: 'remedy', note: '退款', remedy: { kind: 'refund', amount: 200 } }))
    expect(tooMuch).toMatchObject({ status: 422, errors: [{ field: 'remedy.amount' }] })
    expect((await act(complaint, { username: 'life-street' }, { action: 'remedy', note: '企业退还部分服务费', remedy: { kind: 'refund', amount: 50 } })).status).toBe(200)
    complaint = await complaintByNumber(number)
    expect((await act(complaint, { username: 'life-street' }, { action: 'remedy', note: '服务人员未完成服务提前离开', remedy: { kind: 'sanction', sanction: 'warn' } })).status).toBe(200)
    complaint = await complaintByNumber(number)
    expect(complaint.remedies?.map(({ amount, kind, sanction }) => ({ amount, kind, sanction }))).toEqual([
      { kind: 'refund', amount: 50, sanction: null },
      { kind: 'sanction', amount: null, sanction: 'warn' },
    ])
    const { docs: sanctions } = await payload.find({ collection: 'provider-events', where: { and: [{ provider: { equals: order.provider } }, { action: { equals: 'warn' } }] }, depth: 0, overrideAccess: true })
    expect(sanctions).toHaveLength(1)
    expect(sanctions[0]).toMatchObject({ public: true })
    expect(sanctions[0]!.note).toContain(number)

    expect((await act(complaint, { username: 'life-street' }, { action: 'close', note: '企业已退款50元并受到警告' })).status).toBe(200)
    complaint = await complaintByNumber(number)
    expect(complaint).toMatchObject({ status: 'closed', onTime: true, result: '企业已退款50元并受到警告' })
    const texts = await smsTo(resident.phone)
    expect(texts.some((text) => text.includes(number) && text.includes(dueDate))).toBe(true)
    expect(texts.some((text) => text.includes(number) && text.includes('企业已退款50元并受到警告'))).toBe(true)

    expect((await refused(api(payload, `/api/life/complaints/mine/${number}/rate`, { cookie: stranger.cookie, body: { level: '4' } }))).status).toBe(404)
    expect((await api(payload, `/api/life/complaints/mine/${number}/rate`, { cookie: resident.cookie, body: { level: '4', comment: '处理及时' } })).status).toBe(200)
    complaint = await complaintByNumber(number)
    expect(complaint).toMatchObject({ status: 'rated', rating: { level: '4', comment: '处理及时' } })

    const { docs: history } = await payload.find({ collection: 'life-complaint-events', where: { complaint: { equals: complaint.id } }, sort: 'createdAt', depth: 0, overrideAccess: true, pagination: false })
    expect(history.map((entry) => entry.action)).toEqual(['receive', 'askProvider', 'answer', 'remedy', 'remedy', 'close', 'rate'])
    expect(history.map((entry) => entry.by)).toEqual(['resident', 'staff', 'provider', 'staff', 'staff', 'staff', 'resident'])
  })

  it('lets a hotline agent raise one for a caller, and each provider read only its own', async () => {
    const order = await lifeOrder(payload, { account: 'provider-anju', end: 'confirmed', amount: 50, community: '410105001001' })
    const agent = await callEndpoint(payload, { collection: 'life-complaints', path: '/:id/action', id: '0', body: { action: 'close' }, username: 'agent-community' })
    expect(agent.status).toBe(403)
    const created = (await payload.create({ collection: 'life-complaints', data: { order: order.id, content: '来电反映维修后仍漏水' } as never, user: await signedIn(payload, 'agent-community'), overrideAccess: false, depth: 0 })) as LifeComplaint
    expect(created).toMatchObject({ channel: 'phone', status: 'received', provider: order.provider })

    const readAs = async (username: string) =>
      (await payload.find({ collection: 'life-complaints', where: { order: { equals: order.id } }, user: await providerAccount(payload, username), overrideAccess: false, depth: 0 })).totalDocs
    expect(await readAs('provider-anju')).toBe(1)
    expect(await readAs('provider-haobangshou')).toBe(0)
    expect(await readAs('provider-xiyanghong')).toBe(0)
    const history = await payload.find({ collection: 'life-complaint-events', where: { complaint: { equals: created.id } }, user: await providerAccount(payload, 'provider-haobangshou'), overrideAccess: false, depth: 0 })
    expect(history.totalDocs).toBe(0)

    // Past its due date: in the staff's overdue queue.
    await payload.update({ collection: 'life-complaints', id: created.id, data: { dueDate: '2020-01-02' }, depth: 0 })
    const queues = await countQueues(payload, 'life-complaints', await signedIn(payload, 'life-street'), lifeComplaintQueues())
    expect(queues.find((queue) => queue.key === 'overdue')!.count).toBe(1)
    expect(queues.find((queue) => queue.key === 'received')!.count).toBe(1)
  })

  it('offers the complaint form on the resident’s order page once the work is done, and says so while one is open', async () => {
    const resident = await newResident()
    const orderPage = async (number: string) => (await api(payload, lifeOrderPage(number), { cookie: resident.cookie, headers: { accept: 'text/html' } })).text()
    const cancelled = await lifeOrder(payload, { account: 'provider-haobangshou', end: 'cancelled', amount: 80, phone: resident.phone, residentId: resident.id })
    expect(await orderPage(cancelled.number)).not.toContain(complaintPath(cancelled.number))

    const order = await lifeOrder(payload, { account: 'provider-haobangshou', end: 'confirmed', amount: 120, phone: resident.phone, residentId: resident.id })
    expect(await orderPage(order.number)).toContain(`action="${complaintPath(order.number)}"`)

    const raised = await api(payload, complaintPath(order.number), { cookie: resident.cookie, form: { content: '上门迟到两个小时' } })
    expect(raised.status).toBe(200)
    const received = await raised.text()
    expect(received).toContain('投诉已受理')
    const { docs } = await payload.find({ collection: 'life-complaints', where: { order: { equals: order.id } }, depth: 0, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ channel: 'portal', status: 'received', content: '上门迟到两个小时' })
    expect(received).toContain(docs[0]!.number)

    const after = await orderPage(order.number)
    expect(after).not.toContain(complaintPath(order.number))
    expect(after).toContain(`投诉（编号${docs[0]!.number}）正在处理`)
  })
})
