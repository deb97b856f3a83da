import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { createLocalReq } from 'payload'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import type { Board, BoardThread, Resident } from '../../cms/payload-types'
import { withTransaction } from '../../cms/lib/withTransaction'
import { prepareFiles, storedFiles } from '../../collections/Applications/lib/attachments'
import { postOutcome } from '../../collections/community/demands/outcome'
import { communityPage } from '../../collections/community/pages/router'
import { identityKeys } from '../../collections/community/membership'
import { createThread, type NewThread } from '../../collections/community/posting'
import { PHOTO_TYPES } from '../../collections/Tickets/web/rules'
import { boardOf, personIn, residentReq, verifiedResident } from '../helpers/community'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { api } from '../helpers/residents'
import { ticketAction } from '../helpers/tickets'
import { signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

const WEIWU = '410105001001'
const JINGQI = '410105001002'

let residents = 0

/** A member of `code`'s board (verified against a person living there) and their post. */
async function memberPost(code: string, input: Partial<NewThread> = {}): Promise<{ board: Board; cookie: string; resident: Resident; thread: BoardThread }> {
  residents += 1
  const board = await boardOf(payload, code)
  const { cookie, resident } = await verifiedResident(payload, `1370000${String(200 + residents).padStart(4, '0')}`, await personIn(payload, code, residents))
  const req = await residentReq(payload, resident)
  await payload.create({ collection: 'board-members', data: { resident: resident.id, board: board.id, nickname: `居民${residents}号`, verification: 'population', ...identityKeys(req, resident) } })
  const thread = await withTransaction(payload, (tx) =>
    createThread(tx, resident, board, { kind: 'post', category: 'help', title: '楼道灯坏了半个月', body: '3号楼2单元楼道灯坏了半个月，老人晚上上下楼不安全，请物业尽快修。', ...input }),
  )
  return { board, cookie, resident, thread }
}

const convert = (username: string, thread: BoardThread, to: 'to-demand' | 'to-ticket', body: Record<string, unknown> = {}) =>
  callEndpoint(payload, { collection: 'board-threads', path: `/:id/${to}`, id: String(thread.id), username, body })

const threadNow = (thread: BoardThread) => payload.findByID({ collection: 'board-threads', id: thread.id, depth: 0 })

describe('a post becomes a 12345 work order', () => {
  it('is created with the post and its photos, channel 社区论坛, the community and the author, linked both ways and audited', async () => {
    const picture = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#369' } }).jpeg().toBuffer()
    const files = await prepareFiles([{ field: 'photos', name: 'photo.jpg', bytes: picture }], 'post', PHOTO_TYPES)
    const { cookie, thread } = await memberPost(WEIWU, { photos: { files, into: storedFiles(payload, 'board-photos') } })
    const response = await convert('board-community', thread, 'to-ticket')
    expect(response.status).toBe(201)
    const { ticket: answered } = (await response.json()) as { ticket: { id: string; kind: string; number: string } }
    expect(answered).toMatchObject({ kind: 'helpRequest', number: expect.stringMatching(/^GD\d{14}$/) })

    const ticket = await payload.findByID({ collection: 'tickets', id: answered.id, depth: 0, showHiddenFields: true })
    expect(ticket).toMatchObject({ channel: 'board', summary: '楼道灯坏了半个月', boardThread: thread.id, scope: { community: WEIWU }, caller: { name: `居民${residents}号` } })
    expect(ticket.content).toContain('3号楼2单元楼道灯坏了半个月')
    expect(ticket.caller?.phone).toMatch(/^1370000/)
    expect((await threadNow(thread)).ticket).toBe(ticket.id)
    const photos = await payload.find({ collection: 'ticket-photos', where: { ticket: { equals: ticket.id } }, depth: 0 })
    expect(photos.docs).toHaveLength(1)
    const copied = await readFile(path.join(payload.collections['ticket-photos'].config.upload.staticDir!, photos.docs[0]!.filename!))
    expect(copied.equals(files[0]!.data)).toBe(true)

    const mine = (await (await api(payload, '/api/my/cases', { cookie })).json()) as { tickets: { number: string }[] }
    expect(mine.tickets.map((each) => each.number)).toContain(ticket.number)
    // The order's own 受理 message goes to the author's phone.
    const sent = await payload.find({ collection: 'notifications', where: { ticket: { equals: ticket.id } }, depth: 0 })
    expect(sent.docs.map((message) => message.message).join()).toContain(ticket.number!)
    // A 求助 order is a demand of its own, registered under the board.
    const demand = await payload.find({ collection: 'demands', where: { sourceKey: { equals: `tickets:${ticket.id}` } }, depth: 0 })
    expect(demand.docs[0]?.source).toBe('board')
    const audit = await payload.find({ collection: 'audit-log', where: { and: [{ targetCollection: { equals: 'board-threads' } }, { targetId: { equals: String(thread.id) } }] }, depth: 0 })
    expect(audit.docs.map((entry) => entry.action)).toEqual(['to-ticket'])
  })

  it('converts a thread once: 409 for a second work order or a demand', async () => {
    const { thread } = await memberPost(WEIWU, { category: 'suggestion', title: '建议增设快递柜' })
    expect((await convert('board-community', thread, 'to-ticket', { kind: 'suggestion' })).status).toBe(201)
    expect(await refused(convert('board-street', thread, 'to-ticket'))).toMatchObject({ status: 409, code: 'ALREADY_CONVERTED' })
    expect(await refused(convert('board-community', thread, 'to-demand'))).toMatchObject({ status: 409, code: 'ALREADY_CONVERTED' })
    expect((await payload.count({ collection: 'tickets', where: { boardThread: { equals: thread.id } } })).totalDocs).toBe(1)
  })

  it('lets a hotline agent of the division convert, and refuses staff outside it (403), other roles (403) and 居务公开 (422)', async () => {
    const { thread } = await memberPost(JINGQI, { title: '小区门口积水' })
    expect(await refused(convert('board-community', thread, 'to-ticket'))).toMatchObject({ status: 403, code: 'OUT_OF_SCOPE' })
    expect(await refused(convert('editor-community', thread, 'to-ticket'))).toMatchObject({ status: 403, code: 'FORBIDDEN' })
    expect(await refused(convert('board-street', thread, 'to-ticket', { kind: 'onBehalf' }))).toMatchObject({ status: 422, errors: [{ field: 'kind', code: 'UNKNOWN_KIND' }] })
    expect((await convert('agent-street', thread, 'to-ticket', { kind: 'complaint' })).status).toBe(201)

    expect(await refused(convert('board-community', await officialNotice(), 'to-ticket'))).toMatchObject({ status: 422, code: 'OFFICIAL_POST' })
  })
})

/** A 居务公开 post by the committee of 纬五路社区. */
const officialNotice = async () =>
  payload.create({ collection: 'board-threads', data: { board: (await boardOf(payload, WEIWU)).id, title: '停电通知', body: '12月9日停电。', officialKind: 'notice' }, overrideAccess: false, user: await signedIn(payload, 'board-community') })

describe('a post becomes a demand', () => {
  it('is registered under the board with the thread as its case, linked from the thread', async () => {
    const { thread } = await memberPost(WEIWU, { kind: 'proposal', title: '提议在小区增设充电桩' })
    const response = await convert('board-community', thread, 'to-demand')
    expect(response.status).toBe(201)
    const { demand: answered } = (await response.json()) as { demand: { id: string } }
    const demand = await payload.findByID({ collection: 'demands', id: answered.id, depth: 0 })
    expect(demand).toMatchObject({ source: 'board', kind: 'suggestion', summary: '提议在小区增设充电桩', case: { relationTo: 'board-threads', value: thread.id }, scope: { community: WEIWU } })
    expect(demand.group).toBeTruthy()
    expect((await threadNow(thread)).demand).toBe(demand.id)
    expect(await refused(convert('board-community', thread, 'to-ticket'))).toMatchObject({ status: 409, code: 'ALREADY_CONVERTED' })
  })

  it('texts the author when the group’s decision is answered by a published guide', async () => {
    const { resident, thread } = await memberPost(WEIWU, { category: 'suggestion', title: '建议简化低保申请材料' })
    const { demand } = (await (await convert('board-community', thread, 'to-demand')).json()) as { demand: { group: string } }
    const decided = await callEndpoint(payload, { collection: 'demand-groups', path: '/:id/decision', id: demand.group, username: 'agent-city', body: { kind: 'guideChange', service: '120101', publicSummary: '低保申请材料多', note: '指南已减少两项材料' } })
    expect(decided.status).toBe(200)
    const { docs } = await payload.find({ collection: 'services', where: { code: { equals: '120101' } }, depth: 0, limit: 1 })
    await payload.update({ collection: 'services', id: docs[0]!.id, data: { _status: 'published' }, depth: 0 })
    const told = await payload.find({ collection: 'notifications', where: { and: [{ resident: { equals: resident.id } }, { message: { contains: '已有回应' } }] }, depth: 0, showHiddenFields: true })
    expect(told.docs).toHaveLength(1)
    expect(told.docs[0]!.recipient).toMatch(/^1370000/)
  })
})

describe('postOutcome', () => {
  it('says nothing for a post not converted, the order and its state for everyone, and the reply for its author', async () => {
    const { cookie, thread } = await memberPost(WEIWU, { title: '垃圾清运不及时' })
    const anonymous = await residentReq(payload)
    expect(await postOutcome(anonymous, thread)).toBeNull()

    const { ticket } = (await (await convert('board-community', thread, 'to-ticket', { kind: 'complaint' })).json()) as { ticket: { id: string; number: string } }
    const received = String(await postOutcome(anonymous, await threadNow(thread)))
    expect(received).toContain('已转为12345工单')
    expect(received).toContain(ticket.number)
    expect(received).toContain('已受理')

    expect((await ticketAction(payload, 'agent-community', ticket.id, { action: 'answerDirectly', note: '已通知环卫所每日清运两次。' })).status).toBe(200)
    const closed = String(await postOutcome(anonymous, await threadNow(thread)))
    expect(closed).toContain('已办结')
    expect(closed).not.toContain('环卫所')
    const authorReq = await createLocalReq({ req: { headers: new Headers({ cookie }) } }, payload)
    expect(String(await postOutcome(authorReq, await threadNow(thread)))).toContain('已通知环卫所每日清运两次。')
    // The thread's own page carries the box.
    const pagePath = `/community/${WEIWU}/threads/${thread.id}/`
    const request = new Request(`http://localhost${pagePath}`, { headers: { accept: 'text/html' } })
    const shown = await (await communityPage(payload, request, pagePath.split('/').filter(Boolean))).text()
    expect(shown).toContain('已转为12345工单')
    expect(shown).toContain(ticket.number)
  })

  it('shows a demand as registered, then its group’s decision', async () => {
    const { thread } = await memberPost(WEIWU, { category: 'suggestion', title: '建议开设老年食堂' })
    const { demand } = (await (await convert('board-community', thread, 'to-demand')).json()) as { demand: { group: string } }
    const req = await residentReq(payload)
    expect(String(await postOutcome(req, await threadNow(thread)))).toContain('已登记，与同类诉求一并研究')
    await payload.update({ collection: 'demand-groups', id: demand.group, data: { decision: { kind: 'policyReferral', decidedAt: '2026-12-07T02:00:00.000Z', note: '转区民政局研究' } } })
    const decided = String(await postOutcome(req, await threadNow(thread)))
    expect(decided).toContain('转政策研究')
    expect(decided).toContain('转区民政局研究')
    expect(decided).toContain('2026-12-07')
  })
})
