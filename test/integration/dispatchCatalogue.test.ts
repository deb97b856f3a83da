import { afterEach, describe, expect, it, vi } from 'vitest'

import type { DispatchRule } from '../../cms/payload-types'
import { CLIENT_ADDRESS_HEADER } from '../../cms/lib/clientAddress'
import { relationId } from '../../collections/relations'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { createTicket, departmentId, ticketAction } from '../helpers/tickets'
import { divisionId, rejection, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

afterEach(() => {
  vi.useRealTimers()
})

const idOf = async (collection: 'services' | 'topics', code: string) =>
  (await payload.find({ collection, where: { code: { equals: code } }, depth: 0, limit: 1 })).docs[0]!.id

/** A rule written by `as` through the access rules, as the admin form writes it. */
async function rule(data: Partial<DispatchRule> & { divisionCode: string }, as = 'editor-city'): Promise<DispatchRule> {
  const { divisionCode, ...rest } = data
  return payload.create({
    collection: 'dispatch-rules',
    data: { name: '规则', division: await divisionId(payload, divisionCode), ...rest } as never,
    user: await signedIn(payload, as),
    overrideAccess: false,
  })
}

const ruleNow = (id: string) => payload.findByID({ collection: 'dispatch-rules', id, depth: 0 })
const historyOf = async (id: string) =>
  (await payload.find({ collection: 'ticket-events', where: { ticket: { equals: id } }, sort: 'createdAt', depth: 0, pagination: false })).docs.map((event) => event.actionLabel)
const suggest = (query: Record<string, string>, username = 'agent-community') =>
  callEndpoint(payload, { collection: 'dispatch-rules', path: '/suggest', method: 'get', username, query })

describe('the dispatch catalogue’s suggestion', () => {
  it('takes the most specific rule: a service over a topic over keywords, a community’s over the city’s', async () => {
    const cityRoads = await rule({ name: '路灯（全市）', keywords: '路灯、井盖', divisionCode: '410100000000', department: await departmentId(payload, 'city-housing') })
    const community = await rule({ name: '路灯（纬五路社区）', keywords: '路灯', divisionCode: '410105001001', handlerDivision: await divisionId(payload, '410105001001') })
    const topic = await rule({ name: '生育（金水区）', topic: await idOf('topics', '0101'), divisionCode: '410105000000', department: await departmentId(payload, 'jinshui-civil-affairs') }, 'editor-district')
    const service = await rule({ name: '生育登记', service: await idOf('services', '010101'), divisionCode: '410100000000', department: await departmentId(payload, 'city-health') })

    // The order's content is its summary: the helper's default content names a street lamp.
    const suggested = async (data: Parameters<typeof createTicket>[1] & { summary: string }, as?: string) =>
      relationId((await createTicket(payload, { content: data.summary, ...data }, as)).dispatchSuggestion?.rule)
    // Keywords: the community's own rule beats the city's; elsewhere in the city only the city's fits.
    expect(await suggested({ summary: '路灯不亮' })).toBe(community.id)
    expect(await suggested({ summary: '小区门口的井盖丢了' })).toBe(cityRoads.id)
    expect(await suggested({ summary: '路灯不亮', divisionCode: '410102001001' }, 'agent-city')).toBe(cityRoads.id)
    // A topic (the order's, or its guide's) beats keywords; the service itself beats its topic, whatever the division.
    expect(await suggested({ summary: '路灯不亮', topic: await idOf('topics', '0101') })).toBe(topic.id)
    expect(await suggested({ summary: '路灯下问孕产妇建档', service: await idOf('services', '010102') })).toBe(topic.id)
    expect(await suggested({ summary: '生育登记怎么办，路灯不亮', service: await idOf('services', '010101') })).toBe(service.id)
    // The district's topic rule does not reach another district.
    expect(await suggested({ summary: '孕产妇建档', service: await idOf('services', '010102'), divisionCode: '410102001001' }, 'agent-city')).toBeFalsy()
    expect(await suggested({ summary: '咨询居住证' })).toBeFalsy()
  })

  it('answers the desk as the agent types, with the handler’s name and the due date by the rule’s time limit', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-07T10:00:00+08:00'))
    const water = await rule({ name: '供水', keywords: '停水', timeLimitDays: 2, divisionCode: '410105000000', department: await departmentId(payload, 'jinshui-civil-affairs') }, 'editor-district')
    const division = await divisionId(payload, '410105001001')
    const response = await suggest({ division, kind: 'complaint', text: '小区又停水了' })
    expect(response.status).toBe(200)
    expect((await response.json()).suggestion).toMatchObject({ rule: water.id, ruleName: '供水', handlerName: '郑州市金水区民政局', dueDate: '2026-12-09', automatic: false })
    expect((await (await suggest({ division, kind: 'complaint', text: '咨询社保' })).json()).suggestion).toBeNull()
    expect(await refused(suggest({ division, text: '停水' }, 'reviewer-street'))).toMatchObject({ status: 403, code: 'FORBIDDEN' })
    expect(await refused(suggest({ text: '停水' }))).toMatchObject({ status: 400, code: 'DIVISION_REQUIRED' })
  })
})

describe('dispatching by the catalogue', () => {
  it('dispatches on receipt by an automatic rule, with the rule’s time limit, and counts the handler’s return against it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-07T10:00:00+08:00'))
    const street = await divisionId(payload, '410105001000')
    // Only the city switches a rule to automatic: a district editor's switch is not taken.
    const byDistrict = await rule({ name: '违建（区）', keywords: '违建', automatic: true, divisionCode: '410105000000', handlerDivision: street }, 'editor-district')
    expect(byDistrict.automatic).toBe(false)
    const automatic = await rule({ name: '噪声扰民', keywords: '噪声', automatic: true, timeLimitDays: 4, divisionCode: '410105000000', handlerDivision: street })

    expect(automatic.automatic).toBe(true)
    const ticket = await createTicket(payload, { summary: '夜间施工噪声扰民', content: '工地夜间施工噪声扰民' })
    expect(ticket.dispatchSuggestion).toMatchObject({ automatic: true })
    const stored = await payload.findByID({ collection: 'tickets', id: ticket.id, depth: 0 })
    expect(stored).toMatchObject({ status: 'dispatched', dueDate: '2026-12-11', timeLimitDays: 4, assignee: { division: street, rule: automatic.id } })
    expect(await historyOf(ticket.id)).toEqual(['受理', '按派单目录自动派单'])
    const received = await payload.find({ collection: 'notifications', where: { ticket: { equals: ticket.id } }, depth: 0 })
    expect(received.docs[0]?.message).toContain('2026-12-11')

    await ticketAction(payload, 'reviewer-street', ticket.id, { action: 'return', note: '噪声属于生态环境部门职责' })
    expect(await ruleNow(automatic.id)).toMatchObject({ dispatched: 1, returned: 1, returnRate: '100%' })
    // Dispatched again elsewhere by hand: not the rule's doing, not counted.
    await ticketAction(payload, 'agent-community', ticket.id, { action: 'dispatch', department: await departmentId(payload, 'jinshui-civil-affairs') })
    await ticketAction(payload, 'reviewer-district', ticket.id, { action: 'return', note: '也不属于民政' })
    expect(await ruleNow(automatic.id)).toMatchObject({ dispatched: 1, returned: 1 })
  })

  it('dispatches a 网上12345 request on receipt too, answering the rule’s due date', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-07T10:00:00+08:00'))
    const rubble = await rule({ name: '渣土乱倒', keywords: '渣土', automatic: true, timeLimitDays: 5, divisionCode: '410105000000', department: await departmentId(payload, 'jinshui-civil-affairs') })
    const response = await callEndpoint(payload, {
      collection: 'tickets',
      path: '/web',
      anonymous: true,
      headers: { [CLIENT_ADDRESS_HEADER]: '10.9.0.1' },
      body: { kind: 'complaint', topicCode: '1301', divisionCode: '410105001001', address: '纬五路北口', content: '夜里有车在路口倒渣土', phone: '13912340000' },
    })
    expect(response.status).toBe(201)
    expect(await response.json()).toMatchObject({ status: 'dispatched', dueDate: '2026-12-14' })
    expect(await ruleNow(rubble.id)).toMatchObject({ dispatched: 1 })
  })

  it('leaves the decision to the agent who answers at once, and counts a dispatch by hand that follows the suggestion', async () => {
    const street = await divisionId(payload, '410105001000')
    const suggested = await rule({ name: '占道经营', keywords: '占道', divisionCode: '410105001000', handlerDivision: street })
    const automatic = await rule({ name: '占道经营（自动）', keywords: '摊贩', automatic: true, divisionCode: '410105000000', handlerDivision: street })
    const desk = (body: Record<string, unknown>) => callEndpoint(payload, { collection: 'tickets', path: '/desk', username: 'agent-community', body })
    const base = { kind: 'complaint', caller: { name: '钱先生', phone: '13900005555' }, division: await divisionId(payload, '410105001001') }

    const answered = await (await desk({ ...base, summary: '摊贩问题', content: '门口摊贩已经走了，问以后找谁', then: 'answerDirectly', note: '可拨打城管电话' })).json()
    expect(answered.status).toBe('closed')
    const onlyReceived = await (await desk({ ...base, summary: '摊贩扰民', content: '门口摊贩清晨叫卖', then: 'none' })).json()
    expect(onlyReceived.status).toBe('dispatched')
    const byHand = await (await desk({ ...base, summary: '商户占道', content: '商户占道经营', then: 'dispatch', assignTo: street })).json()
    expect(await payload.findByID({ collection: 'tickets', id: byHand.id, depth: 0 })).toMatchObject({ status: 'dispatched', assignee: { rule: suggested.id } })
    expect(await ruleNow(suggested.id)).toMatchObject({ dispatched: 1, returned: 0, returnRate: '0%' })
    expect(await ruleNow(automatic.id)).toMatchObject({ dispatched: 1 })
  })
})

describe('who keeps the catalogue', () => {
  it('lets editors and administrators write rules in their own division only, and keeps it from handlers', async () => {
    const department = await departmentId(payload, 'jinshui-civil-affairs')
    expect(await rejection(rule({ name: '越权', keywords: '广告', divisionCode: '410105000000', department }, 'editor-street'))).toMatchObject({ status: 403 })
    expect(await rejection(rule({ name: '越权', keywords: '广告', divisionCode: '410105001000', department }, 'agent-street'))).toMatchObject({ status: 403 })
    expect((await rejection(rule({ name: '无条件', divisionCode: '410105001000', department }, 'editor-street'))).errors[0]).toMatchObject({ path: 'keywords' })
    expect((await rejection(rule({ name: '两个承办', keywords: '广告', divisionCode: '410105001000', department, handlerDivision: await divisionId(payload, '410105001000') }, 'editor-street'))).errors[0]).toMatchObject({ path: 'department' })
    const own = await rule({ name: '小广告', keywords: '广告', divisionCode: '410105001000', department }, 'editor-street')
    const readBy = async (username: string) => payload.find({ collection: 'dispatch-rules', where: { id: { equals: own.id } }, user: await signedIn(payload, username), overrideAccess: false })
    expect((await readBy('agent-district')).docs).toHaveLength(1)
    expect(await rejection(readBy('reviewer-street'))).toMatchObject({ status: 403 })
    // The counts are the workflow's: an editor's write of them is dropped.
    await payload.update({ collection: 'dispatch-rules', id: own.id, data: { dispatched: 99, keywords: '小广告' } as never, user: await signedIn(payload, 'editor-street'), overrideAccess: false })
    expect(await ruleNow(own.id)).toMatchObject({ dispatched: 0, keywords: '小广告' })
  })
})
