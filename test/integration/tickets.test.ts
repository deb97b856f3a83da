import { createLocalReq } from 'payload'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { unusedCaseNumber as unusedTrackingNumber } from '../../collections/casework/numbers'
import { hotlineStatistics } from '../../collections/Tickets/statistics/compute'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { createTicket, departmentId, ticketAction } from '../helpers/tickets'
import { divisionId, rejection, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

afterEach(() => {
  vi.useRealTimers()
})

const historyOf = async (id: string) =>
  (await payload.find({ collection: 'ticket-events', where: { ticket: { equals: id } }, sort: 'createdAt', depth: 0, pagination: false })).docs
const stored = (id: string) => payload.findByID({ collection: 'tickets', id, depth: 0 })
const visibleTo = async (username: string, id: string) =>
  (await payload.find({ collection: 'tickets', where: { id: { equals: id } }, user: await signedIn(payload, username), overrideAccess: false, depth: 0 })).docs.length === 1

describe('a work order’s loop', () => {
  it('goes 受理 → 派单 → 退回 → 重新派单 → 签收 → 催办 → 回复 → 办结 → 回访, each step in its history', async () => {
    const ticket = await createTicket(payload)
    expect(ticket).toMatchObject({ status: 'received', number: expect.stringMatching(/^GD\d{14}$/), caller: { phone: '137****1111' } })

    const civilAffairs = await departmentId(payload, 'jinshui-civil-affairs')
    expect((await ticketAction(payload, 'agent-community', ticket.id, { action: 'dispatch', department: civilAffairs })).status).toBe(200)
    expect(await visibleTo('reviewer-district', ticket.id)).toBe(true)
    expect(await visibleTo('reviewer-street', ticket.id)).toBe(false)

    const returned = await ticketAction(payload, 'reviewer-district', ticket.id, { action: 'return', note: '路灯属于城市管理部门职责' })
    expect(await returned.json()).toMatchObject({ status: 'received' })
    expect(await visibleTo('reviewer-district', ticket.id)).toBe(false)

    await ticketAction(payload, 'agent-community', ticket.id, { action: 'dispatch', division: await divisionId(payload, '410105001000') })
    expect(await visibleTo('reviewer-street', ticket.id)).toBe(true)
    expect(await visibleTo('reviewer-street-b', ticket.id)).toBe(false)
    await ticketAction(payload, 'reviewer-street', ticket.id, { action: 'accept' })
    await ticketAction(payload, 'agent-community', ticket.id, { action: 'remind', note: '来电人再次来电，请尽快处理' })
    await ticketAction(payload, 'reviewer-street', ticket.id, { action: 'reply', note: '已联系供电部门更换灯泡，当晚恢复照明' })
    await ticketAction(payload, 'agent-community', ticket.id, { action: 'close' })
    await ticketAction(payload, 'agent-community', ticket.id, { action: 'callBack', satisfaction: '5', note: '来电人表示满意' })

    expect(await stored(ticket.id)).toMatchObject({ status: 'evaluated', satisfaction: '5', returns: 1, reminders: 1, closedOnTime: true, reply: '已联系供电部门更换灯泡，当晚恢复照明' })
    const history = await historyOf(ticket.id)
    expect(history.map((event) => [event.actionLabel, event.toStatus])).toEqual([
      ['受理', 'received'],
      ['派单', 'dispatched'],
      ['退回重派', 'received'],
      ['派单', 'dispatched'],
      ['签收', 'processing'],
      ['催办', 'processing'],
      ['回复', 'replied'],
      ['办结', 'closed'],
      ['回访：非常满意', 'evaluated'],
    ])
    expect(history[2]).toMatchObject({ note: '路灯属于城市管理部门职责', by: 'staff' })
  })

  it('refuses steps out of order, without their input, or by someone the order is not for', async () => {
    const ticket = await createTicket(payload)
    const refusal = async (username: string, body: Record<string, string>) => refused(ticketAction(payload, username, ticket.id, body))
    expect(await refusal('agent-community', { action: 'close' })).toMatchObject({ status: 409, code: 'ILLEGAL_TRANSITION' })
    expect(await refusal('agent-community', { action: 'dispatch' })).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' })
    expect(await refusal('agent-community', { action: 'fly' })).toMatchObject({ status: 400, code: 'UNKNOWN_ACTION' })
    expect(await refusal('reviewer-street', { action: 'accept' })).toMatchObject({ status: 404 })
    await ticketAction(payload, 'agent-community', ticket.id, { action: 'dispatch', division: await divisionId(payload, '410105001000') })
    expect(await refusal('reviewer-street', { action: 'return' })).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' })
    expect(await refusal('agent-community', { action: 'accept' })).toMatchObject({ status: 404 })
    const elsewhere = await createTicket(payload, { divisionCode: '410105002001' }, 'agent-city')
    expect((await refused(ticketAction(payload, 'agent-community', elsewhere.id, { action: 'dispatch', division: await divisionId(payload, '410105001000') }))).status).toBe(404)
    expect(await historyOf(elsewhere.id)).toHaveLength(1)
  })

  it('answers a consultation directly in one step, with the guide used', async () => {
    const { docs } = await payload.find({ collection: 'services', limit: 1, depth: 0, where: { _status: { equals: 'published' } } })
    const ticket = await createTicket(payload, { kind: 'consultation', summary: '咨询办理居住证需要什么材料', service: docs[0]!.id })
    await ticketAction(payload, 'agent-community', ticket.id, { action: 'answerDirectly', note: '按办事指南告知所需材料和办理地点' })
    expect(await stored(ticket.id)).toMatchObject({ status: 'closed', answeredDirectly: true, closedOnTime: true, service: docs[0]!.id })
  })

  it('merges a duplicate order into the first, noting it on both', async () => {
    const first = await createTicket(payload)
    const second = await createTicket(payload, { caller: { name: '李先生', phone: '13900002222' } })
    await ticketAction(payload, 'agent-community', second.id, { action: 'merge', mergeInto: first.id, note: '同一路灯问题' })
    expect(await stored(second.id)).toMatchObject({ status: 'merged', mergedInto: first.id })
    expect((await historyOf(first.id)).map((event) => event.actionLabel)).toEqual(['受理', '并入重复工单'])
    expect((await refused(ticketAction(payload, 'agent-community', first.id, { action: 'merge', mergeInto: second.id }))).status).toBe(422)
  })

  it('gets a number no order has, drawing again when the random one is taken', async () => {
    const taken = await createTicket(payload)
    const draws = [Number(taken.number!.slice(-8)), 12_345]
    const req = await createLocalReq({}, payload)
    const number = await unusedTrackingNumber(req, { collection: 'tickets', field: 'number', prefix: 'GD' }, new Date(taken.receivedAt!), () => draws.shift()!)
    expect(number).toBe(`${taken.number!.slice(0, 8)}00012345`)
    expect(draws).toEqual([])
  })
})

describe('deadlines', () => {
  it('counts each kind’s working days on the holiday calendar, as the hotline settings say', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-09-30T10:00:00+08:00'))
    // 1–7 October are the National Day holiday; Saturday 10 October is worked in exchange.
    expect((await createTicket(payload, { kind: 'consultation' })).dueDate).toBe('2026-10-10')
    expect((await createTicket(payload, { kind: 'complaint' })).dueDate).toBe('2026-10-23')
    await payload.updateGlobal({ slug: 'hotline-settings', data: { deadlineDays: { consultation: 1 } } as never })
    expect((await createTicket(payload, { kind: 'consultation' })).dueDate).toBe('2026-10-08')
    await payload.updateGlobal({ slug: 'hotline-settings', data: { deadlineDays: { consultation: 3 } } as never })
  })
})

describe('the caller’s details', () => {
  it('are masked for the desk and hidden from handlers when the caller asked for it', async () => {
    const ticket = await createTicket(payload, { caller: { name: '匿名', phone: '13600003333', confidential: true } })
    await ticketAction(payload, 'agent-community', ticket.id, { action: 'dispatch', division: await divisionId(payload, '410105001000') })
    const read = async (username: string) =>
      payload.findByID({ collection: 'tickets', id: ticket.id, user: await signedIn(payload, username), overrideAccess: false, depth: 0 })
    expect((await read('agent-community')).caller).toMatchObject({ phone: '136****3333' })
    expect((await read('reviewer-street')).caller).toBeUndefined()
    expect((await stored(ticket.id)).caller?.phone).toBe('13600003333')
  })
})

describe('the agent desk', () => {
  const desk = (body: Record<string, unknown>, username = 'agent-community') => callEndpoint(payload, { collection: 'tickets', path: '/desk', username, body })

  it('takes a call and answers it directly in one step, then finds it by the caller’s number with their applications', async () => {
    const division = await divisionId(payload, '410105001001')
    const { docs } = await payload.find({ collection: 'services', limit: 1, depth: 0, where: { _status: { equals: 'published' } } })
    const response = await desk({
      kind: 'consultation',
      caller: { name: '赵大爷', phone: '139 0000 4444' },
      summary: '咨询高龄津贴怎么申请',
      content: '80岁老人想申请高龄津贴，问需要什么材料。',
      division,
      serviceCode: docs[0]!.code,
      then: 'answerDirectly',
      note: '按指南告知材料和社区受理地点',
    })
    expect(response.status).toBe(201)
    const answered = (await response.json()) as { id: string; status: string }
    expect(answered.status).toBe('closed')
    expect(await stored(answered.id)).toMatchObject({ answeredDirectly: true, service: docs[0]!.id, caller: { phone: '13900004444' } })

    const lookup = await callEndpoint(payload, { collection: 'tickets', path: '/caller', method: 'get', username: 'agent-community', query: { phone: '13900004444' } })
    const found = (await lookup.json()) as { applications: { total: number }; tickets: { docs: { number: string; statusLabel: string }[]; total: number } }
    expect(found.tickets.total).toBe(1)
    expect(found.tickets.docs[0]).toMatchObject({ statusLabel: '已办结' })
    expect(found.applications.total).toBe(0)
    expect((await refused(callEndpoint(payload, { collection: 'tickets', path: '/caller', method: 'get', username: 'reviewer-street', query: { phone: '13900004444' } }))).status).toBe(403)
    expect((await refused(callEndpoint(payload, { collection: 'tickets', path: '/caller', method: 'get', username: 'agent-community', query: { phone: '12345' } }))).code).toBe('PHONE_FORMAT')
  })

  it('refuses a call with bad fields and writes nothing', async () => {
    const before = (await payload.count({ collection: 'tickets' })).totalDocs
    const refusal = await refused(desk({ summary: '', content: 'x'.repeat(4001), division: await divisionId(payload, '410105001001'), then: 'dispatch' }))
    expect(refusal).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' })
    expect(refusal.errors.map((error) => error.field).sort()).toEqual(['content', 'summary'])
    const noAssignee = await refused(desk({ summary: '井盖缺失', content: '路口井盖缺失', division: await divisionId(payload, '410105001001'), then: 'dispatch' }))
    expect(noAssignee.code).toBe('VALIDATION_FAILED')
    expect((await payload.count({ collection: 'tickets' })).totalDocs).toBe(before)
  })
})

describe('inbound SMS and email', () => {
  let gateway: Record<string, unknown> & { collection: string }
  const inbound = (channel: 'email' | 'sms', body: Record<string, unknown>, as = gateway) => callEndpoint(payload, { collection: 'tickets', path: `/inbound/${channel}`, as, body })

  it('makes one order per message, however often the gateway retries, and queues the acknowledgement', async () => {
    const client = await payload.create({
      collection: 'api-clients',
      data: { name: '短信网关', division: await divisionId(payload, '410100000000'), collections: ['tickets'], mode: 'readWrite', enableAPIKey: true, apiKey: 'sms-gateway-key-0001' } as never,
    })
    gateway = { ...client, collection: 'api-clients' }
    const message = { messageId: 'SMS-20261122-0001', from: '13500005555', text: '小区垃圾三天没人清运了，气味很大。' }
    const first = await inbound('sms', message)
    expect(first.status).toBe(201)
    const created = (await first.json()) as { duplicate: boolean; id: string; number: string }
    expect(await stored(created.id)).toMatchObject({ channel: 'sms', externalId: 'sms:SMS-20261122-0001', caller: { phone: '13500005555' }, summary: '小区垃圾三天没人清运了，气味很大。' })

    const retries = await Promise.all(Array.from({ length: 5 }, () => inbound('sms', message)))
    expect(retries.map((response) => response.status)).toEqual([200, 200, 200, 200, 200])
    expect(await payload.count({ collection: 'tickets', where: { externalId: { equals: 'sms:SMS-20261122-0001' } } })).toEqual({ totalDocs: 1 })
    const { docs } = await payload.find({ collection: 'notifications', where: { ticket: { equals: created.id } }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ channel: 'sms', recipient: '13500005555', status: 'outbox' })
    expect(docs[0]!.message).toContain(created.number)

    const email = await inbound('email', { messageId: '<a1@mail.example.cn>', from: 'resident@example.cn', name: '周先生', subject: '建议增设公交站', text: '建议在纬五路口增设一个公交站。' })
    expect(email.status).toBe(201)
  })

  it('refuses callers without a gateway key, oversized or malformed messages, and writes nothing', async () => {
    const before = (await payload.count({ collection: 'tickets' })).totalDocs
    const message = { messageId: 'SMS-BAD-1', from: '13500005555', text: '内容' }
    expect(await refused(callEndpoint(payload, { collection: 'tickets', path: '/inbound/sms', username: 'agent-city', body: message }))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' })
    const reader = await payload.create({
      collection: 'api-clients',
      data: { name: '只读系统', division: await divisionId(payload, '410100000000'), collections: ['persons'], mode: 'read', enableAPIKey: true, apiKey: 'read-only-key-0001' } as never,
    })
    expect(await refused(inbound('sms', message, { ...reader, collection: 'api-clients' }))).toMatchObject({ status: 403, code: 'FORBIDDEN' })
    const tooLong = await refused(inbound('sms', { ...message, text: '长'.repeat(4001) }))
    expect(tooLong).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' })
    expect(await refused(inbound('email', { ...message, from: 'not-an-address' }))).toMatchObject({ status: 422 })
    expect(await refused(inbound('sms', { ...message, text: 42 }))).toMatchObject({ status: 400 })
    expect((await payload.count({ collection: 'tickets' })).totalDocs).toBe(before)
  })
})

describe('hotline statistics', () => {
  it('count the orders in the viewer’s division by channel and kind, with the direct, on-time and satisfied shares', async () => {
    const agent = await signedIn(payload, 'agent-street')
    const before = await hotlineStatistics(payload, agent)
    const direct = await createTicket(payload, { kind: 'consultation', channel: 'web' })
    await ticketAction(payload, 'agent-community', direct.id, { action: 'answerDirectly', note: '已答复' })
    const handled = await createTicket(payload, { kind: 'complaint', channel: 'phone' })
    for (const [username, body] of [
      ['agent-community', { action: 'dispatch', division: await divisionId(payload, '410105001000') }],
      ['reviewer-street', { action: 'accept' }],
      ['reviewer-street', { action: 'reply', note: '已处理' }],
      ['agent-community', { action: 'close' }],
      ['agent-community', { action: 'callBack', satisfaction: '2' }],
    ] as const) {
      await ticketAction(payload, username, handled.id, body)
    }
    const after = await hotlineStatistics(payload, agent)
    const gained = (items: { count: number; key: string }[], key: string, earlier: { count: number; key: string }[]) =>
      items.find((item) => item.key === key)!.count - earlier.find((item) => item.key === key)!.count
    expect(after.total - before.total).toBe(2)
    expect(gained(after.byChannel, 'web', before.byChannel)).toBe(1)
    expect(gained(after.byKind, 'complaint', before.byKind)).toBe(1)
    expect(gained(after.byDivision.items, '410105001001', before.byDivision.items)).toBe(2)
    expect(after.direct.answered - before.direct.answered).toBe(1)
    expect(after.timeliness.closed - before.timeliness.closed).toBe(2)
    expect(after.satisfaction.rated - before.satisfaction.rated).toBe(1)
    expect(after.satisfaction.satisfied - before.satisfaction.satisfied).toBe(0)
    expect(after.byDivision.levelLabel).toBe('社区')

    const elsewhere = await hotlineStatistics(payload, await signedIn(payload, 'agent-community'))
    expect(elsewhere.scopeName).toBe('纬五路社区')
    expect((await rejection(hotlineStatistics(payload, await signedIn(payload, 'reviewer-street')))).status).toBe(403)
  })
})

describe('an application filed on a caller’s behalf', () => {
  it('enters the applications workflow by phone and closes the order it answers', async () => {
    const division = await divisionId(payload, '410105001001')
    const taken = await callEndpoint(payload, {
      collection: 'tickets',
      path: '/desk',
      username: 'agent-community',
      body: { kind: 'onBehalf', caller: { name: '王小明', phone: '13800138000' }, summary: '代为申请就业见习', content: '来电人不会上网，请坐席代为申请。', division, serviceCode: '030502', then: 'none' },
    })
    const order = (await taken.json()) as { applyUrl: string; id: string; number: string }
    expect(order.applyUrl).toBe(`/apply/030502/?ticket=${order.number}`)

    const application = {
      serviceCode: '030502',
      divisionCode: '410105001001',
      applicant: { name: '王小明', idNumber: '11010519491231002X', phone: '13800138000', email: '' },
      answers: { applicantType: '16至24岁失业青年', preferredIndustry: '其他' },
    }
    const filed = await callEndpoint(payload, { collection: 'applications', path: '/submit', username: 'agent-community', body: { ...application, ticket: order.number } })
    expect(filed.status).toBe(201)
    const { trackingNumber } = (await filed.json()) as { trackingNumber: string }
    const stored = (await payload.find({ collection: 'applications', where: { trackingNumber: { equals: trackingNumber } }, depth: 0 })).docs[0]!
    expect(stored.channel).toBe('phone')
    const [submitted] = (await payload.find({ collection: 'application-events', where: { application: { equals: stored.id } }, depth: 0 })).docs
    expect(submitted).toMatchObject({ actionLabel: '热线坐席代为提交申请', by: 'staff' })
    expect(await payload.findByID({ collection: 'tickets', id: order.id, depth: 0 })).toMatchObject({ status: 'closed', application: stored.id, closedOnTime: true })
    expect((await historyOf(order.id)).map((event) => event.actionLabel)).toEqual(['受理', '代为提交申请'])

    // The order is closed now: it cannot be answered by a second application.
    const again = await callEndpoint(payload, { collection: 'applications', path: '/submit', username: 'agent-community', body: { ...application, ticket: order.number } })
    expect(again.status).toBe(422)
    expect(await again.json()).toMatchObject({ errors: [{ field: 'ticket', code: 'UNKNOWN_TICKET' }] })
    expect((await refused(ticketAction(payload, 'agent-community', order.id, { action: 'fileApplication' }))).code).toBe('UNKNOWN_ACTION')
  })
})
