import type { ReactElement } from 'react'
import { describe, expect, it } from 'vitest'

import type { LifeComplaint, LifeOrder } from '../../cms/payload-types'
import { bodyFields, type CaseAction } from '../../collections/casework/components/ActionButtons'
import { countQueues } from '../../collections/casework/queues'
import { chinaDate, shiftDays } from '../../collections/CalendarDays/workingDays'
import { LifeComplaintWorkflow } from '../../collections/LifeComplaints/components/LifeComplaintWorkflow'
import { LifeOrderWorkflow } from '../../collections/LifeOrders/components/LifeOrderWorkflow'
import { lifeOrderQueues } from '../../collections/LifeOrders/lib/queues'
import { callEndpoint } from '../helpers/endpoints'
import { lifeOrder, providerAccount } from '../helpers/lifeOrders'
import { useTestPayload } from '../helpers/payload'
import { signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

const COMMUNITY = '410105001001'

/** The buttons a workflow box offers (its element's `actions`). */
const buttonsOf = (box: null | ReactElement): CaseAction[] => (box ? (box.props as { actions: CaseAction[] }).actions : [])

/** Press a button as the admin's ActionButtons does: its inputs' values, nested by their dotted names, and the note. */
const press = (collection: 'life-complaints' | 'life-orders', path: string, id: number | string, username: string, action: CaseAction, values: Record<string, string>) =>
  callEndpoint(payload, { collection, path, id: String(id), username, body: { action: action.action, note: '', ...bodyFields(values) } })

const queueCounts = async (username: string): Promise<Record<string, number>> =>
  Object.fromEntries((await countQueues(payload, 'life-orders', await signedIn(payload, username), lifeOrderQueues())).map((queue) => [queue.key, queue.count]))

const orderById = async (id: number | string): Promise<LifeOrder> => (await payload.findByID({ collection: 'life-orders', id, depth: 0, overrideAccess: true })) as LifeOrder

describe('the admin desk for life services', () => {
  it('books for a caller with the provider offered, queues the order, and calls back with the buttons the order page shows', async () => {
    const item = String((await payload.find({ collection: 'provider-items', where: { name: { equals: '日常保洁（2小时）' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!.id)
    const before = await queueCounts('agent-district')
    const response = await callEndpoint(payload, {
      collection: 'life-orders',
      path: '/desk',
      username: 'agent-district',
      body: { item, community: COMMUNITY, address: '纬五路3号院1号楼202', date: shiftDays(chinaDate(), 9), period: 'afternoon', quantity: 1, name: '王阿姨', phone: '13711112222' },
    })
    const booked = (await response.json()) as { id: number; number: string; providerName: string; payable: number }
    expect(response.status, JSON.stringify(booked)).toBe(201)
    expect(booked).toMatchObject({ providerName: '郑州金水好帮手家政服务有限公司', payable: 80 })
    expect((await queueCounts('agent-district')).unplaced).toBe(before.unplaced! + 1)
    // While the order is open the desk may cancel it for the caller, with the reason.
    expect(buttonsOf(LifeOrderWorkflow({ data: await orderById(booked.id), user: await signedIn(payload, 'agent-district') })).map((button) => [button.action, button.noteLabel, button.noteRequired])).toEqual([['cancelForCaller', '取消原因', true]])

    // A booking no provider takes says so: no provider named.
    const unserved = await callEndpoint(payload, {
      collection: 'life-orders',
      path: '/desk',
      username: 'agent-district',
      body: { category: 'locksmith', community: '410105003001', address: '某路1号', date: shiftDays(chinaDate(), 9), period: 'morning', quantity: 1, name: '赵先生', phone: '13711113333' },
    })
    expect(await unserved.json()).toMatchObject({ status: 'unserved', providerName: null })

    const haobangshou = await providerAccount(payload, 'provider-haobangshou')
    const worker = (await payload.find({ collection: 'workers', where: { provider: { equals: haobangshou.provider } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!
    const provider = (body: Record<string, unknown>) => callEndpoint(payload, { collection: 'life-orders', path: '/:id/actions', id: String(booked.id), as: haobangshou, body })
    expect((await provider({ action: 'accept' })).status).toBe(200)
    expect((await provider({ action: 'assign', worker: String(worker.id) })).status).toBe(200)
    expect((await queueCounts('agent-district')).serving).toBe(before.serving! + 1)
    expect((await provider({ action: 'finish' })).status).toBe(200)
    expect((await queueCounts('agent-district')).callBack).toBe(before.callBack! + 1)

    // The order's page: for the provider's account no desk buttons; for the agent 回访 and its inputs.
    const done = await orderById(booked.id)
    expect(buttonsOf(LifeOrderWorkflow({ data: done, user: haobangshou as never }))).toEqual([])
    const [callBack, ...others] = buttonsOf(LifeOrderWorkflow({ data: done, user: await signedIn(payload, 'agent-district') }))
    expect(others).toEqual([])
    expect(callBack).toMatchObject({ action: 'callBack', label: '回访' })
    expect(callBack!.inputs!.map((input) => input.name)).toEqual(['level', 'workerLevel', 'comment'])
    const pressed = await press('life-orders', '/:id/actions', booked.id, 'agent-district', callBack!, { level: '5', workerLevel: '4', comment: '很满意', note: '电话回访，来电人满意' })
    expect(pressed.status, await pressed.clone().text()).toBe(200)

    const rated = (await payload.findByID({ collection: 'life-orders', id: booked.id, depth: 0, overrideAccess: true })) as LifeOrder & { history?: { docs?: unknown[] } }
    expect(rated).toMatchObject({ status: 'rated', rating: { level: '5', workerLevel: '4', comment: '很满意' } })
    expect(rated.history?.docs?.length).toBe(6)
    const after = await queueCounts('agent-district')
    expect(after.callBack).toBe(before.callBack)
    expect(after.finished).toBe(before.finished! + 1)
    // A rated order has no desk step left.
    expect(buttonsOf(LifeOrderWorkflow({ data: rated, user: await signedIn(payload, 'agent-district') }))).toEqual([])
  })

  it('records a remedy from the complaint page’s button, its fields nested as the endpoint reads them', async () => {
    const order = await lifeOrder(payload, { account: 'provider-haobangshou', end: 'done', amount: 160, community: COMMUNITY })
    const created = (await payload.create({ collection: 'life-complaints', data: { order: order.id, content: '保洁不彻底' } as never, user: await signedIn(payload, 'agent-district'), overrideAccess: false, depth: 0 })) as LifeComplaint
    const staff = await signedIn(payload, 'life-street')
    const complaintNow = async () => (await payload.findByID({ collection: 'life-complaints', id: created.id, depth: 0, overrideAccess: true })) as LifeComplaint
    const step = async (action: string, values: Record<string, string>) => {
      const button = buttonsOf(LifeComplaintWorkflow({ data: await complaintNow(), user: staff })).find((each) => each.action === action)!
      const response = await press('life-complaints', '/:id/action', created.id, 'life-street', button, values)
      expect(response.status, await response.clone().text()).toBe(200)
    }
    expect(buttonsOf(LifeComplaintWorkflow({ data: created, user: await signedIn(payload, 'agent-district') }))).toEqual([])
    expect(buttonsOf(LifeComplaintWorkflow({ data: created, user: staff })).map((button) => button.label)).toEqual(['请企业说明'])
    await step('askProvider', { note: '请说明' })
    await step('noAnswer', { note: '企业未在期限内说明，核实属实' })
    const handling = buttonsOf(LifeComplaintWorkflow({ data: await complaintNow(), user: staff }))
    expect(handling.map((button) => button.label)).toEqual(['记录处理措施', '办结'])
    expect(handling[0]!.inputs!.map((input) => input.name)).toEqual(['remedy.kind', 'remedy.amount', 'remedy.reworkDate', 'remedy.sanction', 'remedy.suspendedUntil'])
    // Empty inputs are left out, so a refund carries only its amount.
    await step('remedy', { 'remedy.kind': 'refund', 'remedy.amount': '60', 'remedy.reworkDate': '', note: '退还部分费用' })
    const complaint = (await payload.findByID({ collection: 'life-complaints', id: created.id, depth: 0, overrideAccess: true })) as LifeComplaint & { history?: { docs?: unknown[] } }
    expect(complaint.remedies?.map((remedy) => [remedy.kind, remedy.amount])).toEqual([['refund', 60]])
    expect(complaint.history?.docs?.length).toBe(4)
  })
})
