import { createLocalReq, type Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import type { Board, BoardThread } from '../../cms/payload-types'
import { addToCounterRow } from '../../cms/lib/counterRow'
import { identityKeys } from '../../collections/community/membership'
import { answerProposal } from '../../collections/community/proposals/answers'
import { communityPage } from '../../collections/community/pages/router'
import { boardOf, personIn, residentReq, verifiedResident } from '../helpers/community'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { api } from '../helpers/residents'
import { signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

const WEIWU = '410105001001'
const JINGQI = '410105001002'
const STAFF = 'board-community'
const STAFF_PHONE = '13700002299'

/** A verified resident of the community who joined its board, with their cookie. */
async function member(payload: Payload, phone: string, community: string, skip: number, nickname: string) {
  const person = await personIn(payload, community, skip)
  const { cookie, resident } = await verifiedResident(payload, phone, person)
  const req = await residentReq(payload, resident)
  const board = await boardOf(payload, community)
  await payload.create({ collection: 'board-members', data: { resident: resident.id, board: board.id, nickname, verification: 'population', ...identityKeys(req, resident) } })
  return { cookie, person, resident }
}

/** The messages sent to a phone, besides its sign-in codes. */
const messagesTo = async (phone: string) =>
  (await payload.find({ collection: 'notifications', where: { and: [{ recipient: { equals: phone } }, { subject: { not_equals: '登录验证码' } }] }, sort: 'createdAt', pagination: false })).docs

/** A community page as a browser gets it, signed in with `cookie` when given. */
const page = (board: Board, rest: string[], cookie?: string) =>
  communityPage(payload, new Request(`http://localhost/community/${board.code}/${rest.join('/')}/`, { headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } }), ['community', board.code!, ...rest])

const staffCall = (path: string, id: number | string, body: Record<string, unknown>) => callEndpoint(payload, { username: STAFF, path: `/community/proposals/:id/${path}`, id: String(id), body })

describe('proposals', () => {
  let board: Board
  let proposal: BoardThread
  let author: Awaited<ReturnType<typeof member>>
  let supporter: Awaited<ReturnType<typeof member>>

  it('lets a member propose, through the posting rules, with the board’s threshold', async () => {
    board = await payload.update({ collection: 'boards', id: (await boardOf(payload, WEIWU)).id, data: { proposalThreshold: 2 } })
    const worker = await signedIn(payload, STAFF)
    await payload.update({ collection: 'users', id: worker.id, data: { phone: STAFF_PHONE } })
    author = await member(payload, '13700002201', WEIWU, 0, '提议的老王')
    supporter = await member(payload, '13700002202', WEIWU, 1, '支持的小李')
    const response = await api(payload, `/api/community/boards/${WEIWU}/proposals`, { cookie: author.cookie, body: { title: '东门加装雨棚', body: '下雨天东门口排队取快递没有遮挡，建议加装雨棚。' } })
    expect(response.status).toBe(201)
    const { id, url } = (await response.json()) as { id: number; url: string }
    expect(url).toBe(`/community/${WEIWU}/proposals/${id}/`)
    proposal = await payload.findByID({ collection: 'board-threads', id, depth: 0 })
    expect(proposal).toMatchObject({ kind: 'proposal', status: 'published', authorName: '提议的老王', proposal: { status: 'collecting', supports: 0, threshold: 2 } })
    const empty = await refused(api(payload, `/api/community/boards/${WEIWU}/proposals`, { cookie: author.cookie, body: { title: '', body: '内容' } }))
    expect(empty).toMatchObject({ status: 422, errors: [{ field: 'title', code: 'REQUIRED' }] })
  })

  it('takes one support per person, online or offline, from the community’s residents only', async () => {
    const first = await api(payload, `/api/community/proposals/${proposal.id}/support`, { cookie: author.cookie, body: {} })
    expect(first.status).toBe(201)
    expect(await first.json()).toMatchObject({ supports: 1 })
    expect(await refused(api(payload, `/api/community/proposals/${proposal.id}/support`, { cookie: author.cookie, body: {} }))).toMatchObject({ status: 409, code: 'ALREADY_SUPPORTED' })
    const onPaper = await refused(staffCall('supports', proposal.id, { name: author.person.name, idNumber: author.person.idNumber, channel: 'offline' }))
    expect(onPaper).toMatchObject({ status: 409, code: 'ALREADY_SUPPORTED' })
    const stranger = await verifiedResident(payload, '13700002203', await personIn(payload, JINGQI))
    expect(await refused(api(payload, `/api/community/proposals/${proposal.id}/support`, { cookie: stranger.cookie, body: {} }))).toMatchObject({ status: 403, code: 'OTHER_COMMUNITY' })
    const outsider = await personIn(payload, JINGQI, 1)
    expect(await refused(staffCall('supports', proposal.id, { name: outsider.name, idNumber: outsider.idNumber, channel: 'phone' }))).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' })
    expect((await payload.findByID({ collection: 'board-threads', id: proposal.id, depth: 0 })).proposal).toMatchObject({ supports: 1, reachedAt: null })
  })

  it('records the threshold once, on the public timeline, and tells the community’s staff', async () => {
    const shown = await (await page(board, ['proposals', String(proposal.id)], supporter.cookie)).text()
    expect(shown).toContain('已有 <strong>1</strong> 人支持，达到 2 人可列入居民议事会议程。')
    expect(shown).toContain('我支持这个提议')
    expect(await (await page(board, ['proposals'], supporter.cookie)).text()).toContain('提交提议')
    // Without JavaScript: the browser posts the form and gets a page.
    const form = await api(payload, `/api/community/proposals/${proposal.id}/support`, { cookie: supporter.cookie, form: {} })
    expect(form.status).toBe(200)
    expect(await form.text()).toContain('目前有2人支持')
    const offline = await personIn(payload, WEIWU, 2)
    const entered = await staffCall('supports', proposal.id, { name: offline.name, idNumber: offline.idNumber, channel: 'offline' })
    expect(await entered.json()).toMatchObject({ supports: 3 })
    const stored = await payload.findByID({ collection: 'board-threads', id: proposal.id })
    expect(stored.proposal?.reachedAt).toBeTruthy()
    const supports = await payload.find({ collection: 'proposal-supports', where: { thread: { equals: proposal.id } }, sort: 'createdAt' })
    expect(supports.docs.map((each) => each.channel)).toEqual(['online', 'online', 'offline'])
    expect(supports.docs[2]!.recordedBy).toBeTruthy()
    const timeline = await (await api(payload, `/api/proposal-updates?where[thread][equals]=${proposal.id}`)).json()
    expect(timeline.docs).toHaveLength(1)
    expect(timeline.docs[0]).toMatchObject({ status: 'collecting', actorName: '系统' })
    expect(timeline.docs[0].note).toContain('达到上会人数')
    expect((await messagesTo(STAFF_PHONE)).map((each) => each.message)).toEqual([expect.stringContaining('“东门加装雨棚”已有2人支持')])
  })

  it('puts the proposal on a meeting’s agenda, and shows the meeting without attendees’ names', async () => {
    const worker = await signedIn(payload, STAFF)
    const meeting = await payload.create({ collection: 'council-meetings', data: { title: '12月居民议事会', board: board.id, startsAt: '2026-12-20T02:00:00.000Z', place: '社区党群服务中心', status: 'planned', agenda: [proposal.id] }, overrideAccess: false, user: worker })
    expect((await payload.findByID({ collection: 'board-threads', id: proposal.id, depth: 0 })).proposal).toMatchObject({ status: 'agenda', meeting: meeting.id })
    await payload.update({ collection: 'council-meetings', id: meeting.id, data: { status: 'held', minutes: '会议讨论了东门加装雨棚的提议。', attendance: [{ name: '张三丰', role: '居民代表' }, { name: '李四海', role: '居委会委员' }] }, overrideAccess: false, user: worker })
    const shown = await (await page(board, ['meetings', String(meeting.id)])).text()
    expect(shown).toContain('2人')
    expect(shown).toContain('东门加装雨棚')
    expect(shown).not.toContain('张三丰')
    const updates = await payload.find({ collection: 'proposal-updates', where: { thread: { equals: proposal.id } }, sort: 'createdAt' })
    expect(updates.docs.map((each) => each.status)).toEqual(['collecting', 'agenda'])
  })

  it('answers with reasons, telling the author and every supporter with an account by SMS', async () => {
    expect(await refused(staffCall('answer', proposal.id, { decision: 'adopted', reasons: '' }))).toMatchObject({ status: 422, errors: [{ field: 'reasons' }] })
    // Answered on a read taken before one more support was counted: the count stays whole.
    const earlier = await payload.findByID({ collection: 'board-threads', id: proposal.id, depth: 0 })
    await addToCounterRow(payload, { collection: 'board-threads', field: 'proposal.supports', where: { id: { equals: proposal.id } } }, 1)
    const req = await createLocalReq({ user: await signedIn(payload, STAFF) }, payload)
    const answered = await answerProposal(req, { board, thread: earlier }, 'adopted', '议事会同意，由物业在月底前安装。')
    expect(answered.proposal).toMatchObject({ status: 'adopted', supports: earlier.proposal!.supports! + 1, reachedAt: earlier.proposal!.reachedAt })
    for (const phone of ['13700002201', '13700002202']) {
      expect((await messagesTo(phone)).map((each) => each.message)).toEqual([expect.stringContaining('“东门加装雨棚”已答复：采纳')])
    }
    expect(await refused(staffCall('answer', proposal.id, { decision: 'declined', reasons: '改主意' }))).toMatchObject({ status: 409, code: 'PROPOSAL_ANSWERED' })
    await staffCall('progress', proposal.id, { note: '物业已订购雨棚材料。' })
    await staffCall('progress', proposal.id, { note: '雨棚已安装完成。', done: true })
    const timeline = await (await api(payload, `/api/proposal-updates?where[thread][equals]=${proposal.id}&sort=createdAt`)).json()
    expect(timeline.docs.map((each: { statusLabel: string }) => each.statusLabel)).toEqual(['征集支持中', '已列入居民议事会议程', '采纳', '采纳', '已落实'])
    expect(timeline.docs[2]).toMatchObject({ note: '议事会同意，由物业在月底前安装。', actorName: '纬五路社区居民委员会' })
    expect(timeline.docs[2].actor).toBeUndefined()
    const shown = await (await page(board, ['proposals', String(proposal.id)])).text()
    expect(shown).toContain('社区答复：已落实')
    expect(shown).toContain('雨棚已安装完成。')
    expect(shown).not.toContain('我支持这个提议')
    // A proposal hidden later takes its public timeline along.
    await payload.update({ collection: 'board-threads', id: proposal.id, data: { status: 'hidden' } })
    expect((await (await api(payload, `/api/proposal-updates?where[thread][equals]=${proposal.id}`)).json()).docs).toEqual([])
    await payload.update({ collection: 'board-threads', id: proposal.id, data: { status: 'published' } })
  })
})

describe('居务公开 SMS subscriptions', () => {
  it('sends a new official post to subscribers once, not on an edit, and stops after unsubscribing', async () => {
    const board = await boardOf(payload, WEIWU)
    const worker = await signedIn(payload, STAFF)
    const phone = '13700002211'
    const { cookie } = await verifiedResident(payload, phone, await personIn(payload, WEIWU, 3))
    const subscribed = await api(payload, `/api/community/boards/${WEIWU}/subscription`, { cookie, body: { action: 'subscribe' } })
    expect(await subscribed.json()).toMatchObject({ subscribed: true })
    expect(await (await page(board, ['subscribe'], cookie)).text()).toContain('您已订阅。')
    const notice = await payload.create({ collection: 'board-threads', data: { board: board.id, title: '12月8日停水通知', body: '12月8日9时至17时停水。', officialKind: 'notice' }, overrideAccess: false, user: worker })
    const sent = await messagesTo(phone)
    expect(sent.map((each) => each.message)).toEqual([`【一站通】纬五路社区通知公告：12月8日停水通知。详见http://localhost:3000/community/${WEIWU}/threads/${notice.id}/`])
    await payload.update({ collection: 'board-threads', id: notice.id, data: { title: '12月8日停水通知（更正）' }, overrideAccess: false, user: worker })
    expect(await messagesTo(phone)).toHaveLength(1)
    const gone = await api(payload, `/api/community/boards/${WEIWU}/subscription`, { cookie, form: { action: 'unsubscribe' } })
    expect(await gone.text()).toContain('已取消订阅')
    await payload.create({ collection: 'board-threads', data: { board: board.id, title: '财务公开', body: '第四季度收支。', officialKind: 'finance' }, overrideAccess: false, user: worker })
    expect(await messagesTo(phone)).toHaveLength(1)
    expect(await refused(api(payload, `/api/community/boards/${WEIWU}/subscription`, { body: { action: 'subscribe' } }))).toMatchObject({ status: 401 })
  })
})
