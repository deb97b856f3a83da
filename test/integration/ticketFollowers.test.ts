import { afterEach, describe, expect, it, vi } from 'vitest'

import { MESSAGE_EVENTS } from '../../collections/SmsTemplates/events'
import type { MyCases } from '../../collections/Residents/myCases'
import { useTestPayload } from '../helpers/payload'
import { api, signInResident } from '../helpers/residents'
import { createTicket, ticketAction } from '../helpers/tickets'
import { signedIn } from '../helpers/users'

/**
 * 关注: a signed-in resident follows someone else's open 12345 order from
 * "是否是这些问题？" instead of filing it again, hears when it is 办结 (never
 * the reply), sees it in 我的, and nobody else sees the follow.
 */
const payload = useTestPayload({ seeded: true })

const CALLER_PHONE = '13800000071'
const FOLLOWER_PHONE = '13800000072'
const OTHER_PHONE = '13800000073'
const REPLY = '已联系供电部门更换灯泡，王女士（13700001111）确认当晚恢复照明。'

afterEach(() => {
  vi.useRealTimers()
})

/** A web request filed by a signed-in resident, its first line naming a phone number; its number and id. */
async function filedRequest(cookie: string): Promise<{ id: string; number: string }> {
  const filed = await api(payload, '/api/tickets/web', {
    cookie,
    body: { kind: 'complaint', topicCode: '1301', divisionCode: '410105001001', address: '纬五路21号院东门', content: '东门口路灯不亮，物业电话13912345678打不通\n连续三个晚上不亮，请尽快修复。', phone: CALLER_PHONE },
  })
  expect(filed.status).toBe(201)
  const { number } = (await filed.json()) as { number: string }
  const { docs } = await payload.find({ collection: 'tickets', where: { number: { equals: number } }, depth: 0, limit: 1 })
  return { id: docs[0]!.id, number }
}

const followAs = (cookie: string | undefined, number: string) => api(payload, '/api/tickets/follow', { cookie, body: { number } })
const myCases = async (cookie: string): Promise<MyCases> => (await api(payload, '/api/my/cases', { cookie })).json() as Promise<MyCases>
const followsOf = async (ticketId: string) => (await payload.find({ collection: 'ticket-followers', where: { ticket: { equals: ticketId } }, depth: 0, pagination: false })).docs
const restList = async (cookie?: string) => {
  const response = await api(payload, '/api/ticket-followers?depth=0&limit=100', { cookie })
  return { status: response.status, ids: response.ok ? ((await response.json()) as { docs: { id: string }[] }).docs.map((doc) => doc.id) : [] }
}

/** A fresh code to the signed-in resident's own number, a minute later each time (the per-number limit). */
let minutesLater = 0
async function confirmationCode(cookie: string): Promise<string> {
  minutesLater += 2
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + minutesLater * 61_000 })
  try {
    const response = await api(payload, '/api/residents/code', { cookie, body: {} })
    expect(response.status).toBe(202)
    return ((await response.json()) as { demoCode: string }).demoCode
  } finally {
    vi.useRealTimers()
  }
}

describe('following a similar 12345 request', () => {
  it('needs a signed-in resident: 401 in words, a form post gets a page with the sign-in link back to 网上12345', async () => {
    const ticket = await createTicket(payload)
    const json = await followAs(undefined, ticket.number!)
    expect(json.status).toBe(401)
    expect(await json.json()).toEqual({ code: 'UNAUTHENTICATED', message: expect.stringContaining('登录') })
    const page = await api(payload, '/api/tickets/follow', { form: { number: ticket.number! } })
    expect(page.status).toBe(401)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(await page.text()).toContain(`/my/sign-in/?next=${encodeURIComponent('/hotline/')}`)
    expect(await followsOf(ticket.id)).toEqual([])
  })

  it('answers the same 404 for an unknown, a confidential and a closed order, 422 for the resident’s own', async () => {
    const cookie = await signInResident(payload, '13800000076')
    const confidential = await createTicket(payload, { caller: { name: '李先生', phone: '13700002222', confidential: true } })
    const closed = await createTicket(payload)
    expect((await ticketAction(payload, 'agent-community', closed.id, { action: 'answerDirectly', note: '已答复。' })).status).toBe(200)
    const answers = await Promise.all(['GD20990101000001', confidential.number!, closed.number!, 'nonsense'].map(async (number) => {
      const response = await followAs(cookie, number)
      return { status: response.status, body: await response.json() }
    }))
    for (const each of answers) expect(each).toEqual(answers[0])
    expect(answers[0]).toMatchObject({ status: 404, body: { code: 'TICKET_NOT_FOUND' } })

    const own = await filedRequest(cookie)
    const refused = await followAs(cookie, own.number)
    expect(refused.status).toBe(422)
    expect(await refused.json()).toMatchObject({ code: 'OWN_TICKET', message: expect.stringContaining('您自己的诉求') })
    expect(await followsOf(own.id)).toEqual([])
  })

  it('records one follow however often; at 办结 the follower is texted the template without the reply; only they see it', async () => {
    const caller = await signInResident(payload, CALLER_PHONE)
    const follower = await signInResident(payload, FOLLOWER_PHONE)
    const other = await signInResident(payload, OTHER_PHONE)
    const { id, number } = await filedRequest(caller)

    const first = await followAs(follower, number)
    expect(first.status).toBe(201)
    expect(await first.json()).toMatchObject({ number, following: true })
    const again = await followAs(follower, number)
    expect(again.status).toBe(200)
    const [followRecord, ...more] = await followsOf(id)
    expect(more).toEqual([])
    const followerId = String(followRecord!.resident)

    // 我的: the follower sees the order's public facts, personal numbers blanked; nobody else sees the follow.
    const followed = (await myCases(follower)).followed
    expect(followed).toEqual([
      { number, kindLabel: '投诉', status: 'received', statusLabel: expect.any(String), summary: '东门口路灯不亮，物业电话***打不通', receivedAt: expect.any(String), closedAt: null, followedAt: expect.any(String) },
    ])
    expect(JSON.stringify(followed)).not.toContain(CALLER_PHONE)
    expect((await myCases(other)).followed).toEqual([])
    expect((await myCases(caller)).followed).toEqual([])
    // Over REST: the follower their own, another resident and an anonymous caller nothing.
    expect(await restList(follower)).toEqual({ status: 200, ids: [followRecord!.id] })
    expect(await restList(other)).toEqual({ status: 200, ids: [] })
    expect((await restList()).ids).toEqual([])
    expect((await api(payload, `/api/ticket-followers/${followRecord!.id}`, { cookie: other })).status).toBe(404)
    // Staff as the order's own access says: the desk in its division, not a handler it was never dispatched to.
    const staffSees = async (username: string) =>
      (await payload.find({ collection: 'ticket-followers', where: { ticket: { equals: id } }, user: await signedIn(payload, username), overrideAccess: false, depth: 0 })).totalDocs
    expect(await staffSees('agent-community')).toBe(1)
    expect(await staffSees('reviewer-street-b')).toBe(0)

    // The desk answers: the caller gets the reply, the follower the followers' template — no reply, nothing of the caller.
    expect((await ticketAction(payload, 'agent-community', id, { action: 'answerDirectly', note: REPLY })).status).toBe(200)
    const { docs: toFollower } = await payload.find({ collection: 'notifications', where: { and: [{ ticket: { equals: id } }, { resident: { equals: followerId } }] }, depth: 0, overrideAccess: true, showHiddenFields: true })
    expect(toFollower).toHaveLength(1)
    const expected = MESSAGE_EVENTS['ticket.followedClosed'].text.replace('{诉求摘要}', '东门口路灯不亮，物业电话***打不通').replace('{工单编号}', number)
    expect(toFollower[0]).toMatchObject({ channel: 'sms', recipient: FOLLOWER_PHONE, message: expected })
    expect(toFollower[0]!.message).not.toMatch(/灯泡|13700001111|13912345678/)
    const toCaller = (await payload.find({ collection: 'notifications', where: { and: [{ ticket: { equals: id } }, { resident: { exists: false } }] }, depth: 0, overrideAccess: true })).docs
    expect(toCaller.map((each) => each.message).join()).toContain('灯泡')

    // 我的消息: the follower's message is theirs, not the caller's; the followed order shows 办结.
    const followerCases = await myCases(follower)
    expect(followerCases.messages.map((each) => each.message)).toContain(expected)
    expect(followerCases.followed[0]).toMatchObject({ number, status: 'closed', closedAt: expect.any(String) })
    expect(JSON.stringify(followerCases.followed)).not.toContain('灯泡')
    expect((await myCases(caller)).messages.map((each) => each.message)).not.toContain(expected)
    expect((await myCases(other)).messages.map((each) => each.message)).not.toContain(expected)

    // 取消关注: JSON DELETE, then 404 as nothing is followed.
    const stopped = await api(payload, '/api/tickets/follow', { cookie: follower, method: 'DELETE', body: { number } })
    expect(stopped.status).toBe(200)
    expect(await stopped.json()).toEqual({ number, following: false })
    expect(await followsOf(id)).toEqual([])
    expect((await api(payload, '/api/tickets/unfollow', { cookie: follower, body: { number } })).status).toBe(404)
  })

  it('moves follows to the order a duplicate is merged into, with the duplicate’s own filer, never twice or onto one’s own order', async () => {
    const targetCaller = await signInResident(payload, '13800000081')
    const duplicateCaller = await signInResident(payload, '13800000082')
    const both = await signInResident(payload, '13800000083')
    const onlyDuplicate = await signInResident(payload, '13800000084')
    const target = await filedRequest(targetCaller)
    const duplicate = await api(payload, '/api/tickets/web', {
      cookie: duplicateCaller,
      body: { kind: 'complaint', topicCode: '1301', divisionCode: '410105001001', address: '纬五路21号院', content: '东门路灯晚上不亮，好几天了', phone: '13800000082' },
    })
    const duplicateNumber = ((await duplicate.json()) as { number: string }).number
    const duplicateId = (await payload.find({ collection: 'tickets', where: { number: { equals: duplicateNumber } }, depth: 0, limit: 1 })).docs[0]!.id
    for (const cookie of [both, onlyDuplicate]) expect((await followAs(cookie, duplicateNumber)).status).toBe(201)
    expect((await followAs(both, target.number)).status).toBe(201)
    // The target's own caller follows the duplicate: once merged it is their own order again, not a follow.
    expect((await followAs(targetCaller, duplicateNumber)).status).toBe(201)

    expect((await ticketAction(payload, 'agent-community', duplicateId, { action: 'merge', mergeInto: target.id, note: '同一路灯' })).status).toBe(200)
    expect(await followsOf(duplicateId)).toEqual([])
    const followers = async (cookie: string) => (await myCases(cookie)).followed.map((each) => each.number)
    expect(await followers(both)).toEqual([target.number])
    expect(await followers(onlyDuplicate)).toEqual([target.number])
    expect(await followers(duplicateCaller)).toEqual([target.number])
    expect(await followers(targetCaller)).toEqual([])
    expect(await followsOf(target.id)).toHaveLength(3)
  })

  it('keeps one follow when two requests race (the unique index on order and resident)', async () => {
    const follower = await signInResident(payload, '13800000077')
    const ticket = await createTicket(payload)
    const statuses = (await Promise.all([followAs(follower, ticket.number!), followAs(follower, ticket.number!), followAs(follower, ticket.number!)])).map((each) => each.status)
    expect(statuses.sort()).toEqual([200, 200, 201])
    expect(await followsOf(ticket.id)).toHaveLength(1)
  })

  it('works as plain form posts: follow and 取消关注 answer pages; 我的 without JavaScript lists it with the button', async () => {
    const follower = await signInResident(payload, '13800000074')
    const ticket = await createTicket(payload, { summary: '垃圾清运不及时' })
    const followed = await api(payload, '/api/tickets/follow', { cookie: follower, form: { number: ticket.number! } })
    expect(followed.status).toBe(200)
    expect(followed.headers.get('content-type')).toContain('text/html')
    expect(await followed.text()).toMatch(new RegExp(`已关注[\\s\\S]*${ticket.number}[\\s\\S]*我关注的诉求`))

    const overview = await (await api(payload, '/api/my/overview', { cookie: follower })).text()
    expect(overview).toContain('我关注的诉求')
    expect(overview).toContain('垃圾清运不及时')
    expect(overview).toContain('action="/api/tickets/unfollow"')
    expect(overview).not.toContain('13700001111')

    const stopped = await api(payload, '/api/tickets/unfollow', { cookie: follower, form: { number: ticket.number! } })
    expect(stopped.status).toBe(200)
    expect(await stopped.text()).toContain('已取消关注')
    expect(await followsOf(ticket.id)).toEqual([])
  })

  it('is in the resident’s data export, and closing the account deletes their follows', async () => {
    const phone = '13800000075'
    const follower = await signInResident(payload, phone)
    const ticket = await createTicket(payload)
    expect((await followAs(follower, ticket.number!)).status).toBe(201)
    const exported = (await (await api(payload, '/api/residents/me/export', { cookie: follower })).json()) as { followedTickets: { ticketNumber: string }[] }
    expect(exported.followedTickets).toEqual([expect.objectContaining({ ticket: ticket.id, ticketNumber: ticket.number })])

    const closed = await api(payload, '/api/residents/me/close', { cookie: follower, body: { code: await confirmationCode(follower) } })
    expect(closed.status).toBe(200)
    expect(await followsOf(ticket.id)).toEqual([])
  })
})
