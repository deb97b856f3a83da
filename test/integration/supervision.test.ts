import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { createTicket, departmentId, ticketAction } from '../helpers/tickets'
import { divisionId, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

/** Handler 徐刚 of 经八路街道 and admin 李红梅 of 金水区 take SMS on these mobiles. */
const STREET_PHONE = '13911112222'
const DISTRICT_PHONE = '13933334444'

beforeAll(async () => {
  for (const [username, phone] of [
    ['reviewer-street', STREET_PHONE],
    ['admin-district', DISTRICT_PHONE],
  ] as const) {
    const { id } = await signedIn(payload, username)
    await payload.update({ collection: 'users', id, data: { phone }, overrideAccess: true })
  }
})

afterEach(() => {
  vi.useRealTimers()
})

/** Move the clock to this Beijing time and run the queue's 督办 sweep there, as the scheduler would. */
async function superviseAt(chinaTime: string) {
  vi.setSystemTime(new Date(`${chinaTime}+08:00`))
  await payload.jobs.queue({ task: 'superviseTickets', input: {} })
  await payload.jobs.run({ queue: 'default' })
}

const inbox = async (username: string) =>
  (await payload.find({ collection: 'staff-messages', user: await signedIn(payload, username), overrideAccess: false, sort: 'createdAt', depth: 0 })).docs.map((message) => message.subject)
const textsTo = async (phone: string) =>
  (await payload.find({ collection: 'notifications', where: { recipient: { equals: phone } }, sort: 'createdAt', depth: 0, pagination: false })).docs.map((message) => message.subject)
const historyOf = async (id: string) =>
  (await payload.find({ collection: 'ticket-events', where: { ticket: { equals: id } }, sort: 'createdAt', depth: 0, pagination: false })).docs.map((event) => [event.actionLabel, event.note])

describe('督办 by the jobs queue', () => {
  it('reminds the handler before the due date and when it passes, then escalates to the street’s district, each once', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    // Monday 7 December: a consultation is due in 3 working days, Thursday 10 December.
    vi.setSystemTime(new Date('2026-12-07T10:00:00+08:00'))
    const ticket = await createTicket(payload, { kind: 'consultation', summary: '咨询楼道堆物清理', content: '楼道堆物多，问谁来清理' })
    expect(ticket.dueDate).toBe('2026-12-10')
    await ticketAction(payload, 'agent-community', ticket.id, { action: 'dispatch', division: await divisionId(payload, '410105001000') })

    await superviseAt('2026-12-07T11:00:00')
    expect(await inbox('reviewer-street')).toEqual([])
    await superviseAt('2026-12-09T09:00:00')
    await superviseAt('2026-12-09T10:00:00')
    expect(await inbox('reviewer-street')).toEqual(['工单即将到期'])
    await superviseAt('2026-12-11T09:00:00')
    expect(await inbox('reviewer-street')).toEqual(['工单即将到期', '工单已超期'])
    expect(await inbox('admin-district')).toEqual([])
    // Monday 14 December: two working days overdue (the settings' default), up to 金水区.
    await superviseAt('2026-12-14T09:00:00')
    await superviseAt('2026-12-14T10:00:00')
    expect(await inbox('admin-district')).toEqual(['超期工单升级督办'])
    expect(await inbox('agent-district')).toEqual(['超期工单升级督办'])
    expect(await inbox('reviewer-street')).toEqual(['工单即将到期', '工单已超期'])
    expect(await inbox('reviewer-street-b')).toEqual([])
    expect(await inbox('reviewer-district')).toEqual([])
    expect(await textsTo(STREET_PHONE)).toEqual(['工单即将到期', '工单已超期'])
    expect(await textsTo(DISTRICT_PHONE)).toEqual(['超期工单升级督办'])
    expect((await historyOf(ticket.id)).filter(([label]) => label === '超期升级督办')).toEqual([['超期升级督办', '超过应办结日期2个工作日，已升级至金水区督办']])
  })

  it('takes a 督办单 from a street’s desk to the handler, who answers it; an overdue one is told once and listed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-07T10:00:00+08:00'))
    const ticket = await createTicket(payload, { kind: 'complaint', summary: '投诉夜市油烟', content: '夜市油烟扰民' })
    await ticketAction(payload, 'agent-community', ticket.id, { action: 'dispatch', division: await divisionId(payload, '410105001000') })
    const issue = (username: string, body: Record<string, unknown>) => callEndpoint(payload, { collection: 'supervision-orders', path: '/issue', username, body })

    expect(await refused(issue('agent-community', { ticket: ticket.number, deadline: '2026-12-09', instructions: '请现场核实' }))).toMatchObject({ status: 403 })
    expect(await refused(issue('agent-street', { ticket: ticket.number, deadline: '2026-12-01', instructions: '请现场核实' }))).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' })
    const issued = await issue('agent-street', { ticket: ticket.number, deadline: '2026-12-09', instructions: '请于9日前现场核实并答复来电人' })
    expect(issued.status).toBe(201)
    const order = await issued.json()
    expect(await inbox('reviewer-street')).toContain('督办单')

    await superviseAt('2026-12-09T18:00:00')
    expect((await payload.findByID({ collection: 'supervision-orders', id: order.id, depth: 0 })).overdue).toBe(false)
    await superviseAt('2026-12-10T09:00:00')
    await superviseAt('2026-12-10T10:00:00')
    const overdue = await payload.find({ collection: 'supervision-orders', where: { and: [{ overdue: { equals: true } }, { status: { equals: 'open' } }] }, user: await signedIn(payload, 'agent-street'), overrideAccess: false, depth: 0 })
    expect(overdue.docs.map((each) => each.id)).toEqual([order.id])
    expect((await inbox('reviewer-street')).filter((subject) => subject === '督办单已超期')).toHaveLength(1)

    const answer = (username: string, text: string) => callEndpoint(payload, { collection: 'supervision-orders', path: '/:id/answer', id: order.id, username, body: { answer: text } })
    expect(await refused(answer('reviewer-street-b', '不是我们的'))).toMatchObject({ status: 404 })
    expect((await answer('reviewer-street', '已现场核实，责令夜市商户安装油烟净化器')).status).toBe(200)
    expect(await refused(answer('reviewer-street', '再次反馈'))).toMatchObject({ status: 409, code: 'ALREADY_ANSWERED' })
    expect((await historyOf(ticket.id)).map(([label]) => label)).toEqual(['受理', '派单', '下发督办单', '督办反馈'])
    const readBy = async (username: string) =>
      (await payload.find({ collection: 'supervision-orders', where: { id: { equals: order.id } }, user: await signedIn(payload, username), overrideAccess: false, depth: 0 })).docs.length
    expect(await readBy('reviewer-street')).toBe(1)
    expect(await readBy('reviewer-street-b')).toBe(0)
    expect(await readBy('agent-district')).toBe(1)
  })
})

describe('承办单位考核 by month', () => {
  it('counts each unit’s received, returned, closed on time and satisfied orders of the month, in the desk’s division', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const at = (chinaTime: string) => vi.setSystemTime(new Date(`${chinaTime}+08:00`))
    const [street, civilAffairs] = [await divisionId(payload, '410105001000'), await departmentId(payload, 'jinshui-civil-affairs')]
    const act = (username: string, id: string, body: Record<string, string>) => ticketAction(payload, username, id, body)
    const handle = async (id: string, handler: string, satisfaction: string) => {
      await act(handler, id, { action: 'accept' })
      await act(handler, id, { action: 'reply', note: '已处理' })
      await act('agent-community', id, { action: 'close' })
      await act('agent-community', id, { action: 'callBack', satisfaction })
    }
    // Monday 4 January 2027: three consultations (due in 3 working days) go to 经八路街道.
    at('2027-01-04T09:00:00')
    const [onTime, returned, late] = [
      await createTicket(payload, { kind: 'consultation', summary: '考核甲', content: '考核甲' }),
      await createTicket(payload, { kind: 'consultation', summary: '考核乙', content: '考核乙' }),
      await createTicket(payload, { kind: 'consultation', summary: '考核丙', content: '考核丙' }),
    ]
    for (const ticket of [onTime, returned, late]) await act('agent-community', ticket.id, { action: 'dispatch', division: street })
    await handle(onTime.id, 'reviewer-street', '5')
    await act('reviewer-street', returned.id, { action: 'return', note: '属于民政职责' })
    await act('agent-community', returned.id, { action: 'dispatch', department: civilAffairs })
    await handle(returned.id, 'reviewer-district', '2')
    at('2027-01-15T09:00:00')
    await act('reviewer-street', late.id, { action: 'accept' })
    await act('reviewer-street', late.id, { action: 'reply', note: '已处理' })
    await act('agent-community', late.id, { action: 'close' })

    // Another district's order: the city's desk counts it, 金水区's does not.
    const elsewhereTicket = await createTicket(payload, { kind: 'consultation', summary: '考核丁', content: '考核丁', divisionCode: '410102001001' }, 'agent-city')
    await act('agent-city', elsewhereTicket.id, { action: 'dispatch', division: await divisionId(payload, '410102001000') })

    const scores = (username: string, query: Record<string, string>) => callEndpoint(payload, { collection: 'tickets', path: '/scores', method: 'get', username, query })
    const { scores: rows } = await (await scores('agent-district', { month: '2027-01' })).json()
    expect(rows).toEqual([
      expect.objectContaining({ name: '经八路街道', received: 3, returned: 1, returnRate: 33.3, closed: 2, onTime: 1, onTimeRate: 50, reopened: 0, rated: 1, satisfied: 1, satisfiedRate: 100 }),
      expect.objectContaining({ name: '郑州市金水区民政局', received: 1, returned: 0, returnRate: 0, closed: 1, onTime: 1, rated: 1, satisfied: 0, satisfiedRate: 0 }),
    ])
    const cityRows = (await (await scores('agent-city', { month: '2027-01' })).json()).scores.map((row: { name: string }) => row.name)
    expect(cityRows).toEqual(['经八路街道', '林山寨街道', '郑州市金水区民政局'])
    // A byte-order mark first, so Excel reads the Chinese as UTF-8.
    const csv = Buffer.from(await (await scores('agent-district', { month: '2027-01', format: 'csv' })).arrayBuffer()).toString('utf8')
    expect(csv.split('\r\n')[0]).toBe('\uFEFF承办单位,派单数,退回数,退回率(%),办结数,按时办结数,按时办结率(%),重新办理数,评价数,满意数,满意率(%)')
    expect(csv).toContain('"经八路街道","3","1","33.3","2","1","50","0","1","1","100"')
    const { scores: elsewhere } = await (await scores('agent-city', { month: '2026-11' })).json()
    expect(elsewhere).toEqual([])
    expect(await refused(scores('reviewer-street', { month: '2027-01' }))).toMatchObject({ status: 403 })
    expect(await refused(scores('agent-district', { month: '2027-1' }))).toMatchObject({ status: 400, code: 'MONTH_FORMAT' })
  })
})
