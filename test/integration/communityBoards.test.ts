import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { screenText } from '../../collections/community/screening'
import { identityKeys, postingMember } from '../../collections/community/membership'
import { createReply, createThread } from '../../collections/community/posting'
import { boardThreads, threadPageOf, threadWithReplies } from '../../collections/BoardThreads/listing'
import { boardOf, personIn, residentReq, verifiedResident } from '../helpers/community'
import { useTestPayload } from '../helpers/payload'
import { divisionId, rejection, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

const WEIWU = '410105001001'
const JINGQI = '410105001002'
const JINGBA_STREET = '410105001000'

describe('boards', () => {
  it('opens one board for every street and community, named after it, and one for a community added later', async () => {
    const divisions = await payload.count({ collection: 'divisions', where: { level: { in: ['street', 'community'] } } })
    expect((await payload.count({ collection: 'boards' })).totalDocs).toBe(divisions.totalDocs)
    expect((await boardOf(payload, WEIWU)).name).toBe('纬五路社区居民论坛')
    expect((await boardOf(payload, JINGBA_STREET)).level).toBe('street')
    await payload.create({ collection: 'divisions', data: { code: '410105001099', name: '测试新社区', parent: await divisionId(payload, JINGBA_STREET) } })
    expect((await boardOf(payload, '410105001099')).name).toBe('测试新社区居民论坛')
  })

  it('takes an unused board along when its division is removed, and keeps a division whose board is in use', async () => {
    const parent = await divisionId(payload, JINGBA_STREET)
    const unused = await payload.create({ collection: 'divisions', data: { code: '410105001098', name: '待撤销社区', parent } })
    await payload.delete({ collection: 'divisions', id: unused.id })
    expect((await payload.count({ collection: 'boards', where: { code: { equals: '410105001098' } } })).totalDocs).toBe(0)
    const used = await payload.create({ collection: 'divisions', data: { code: '410105001097', name: '有帖子的社区', parent } })
    const board = await boardOf(payload, '410105001097')
    await payload.create({ collection: 'board-threads', data: { board: board.id, kind: 'official', officialKind: 'notice', title: '通知', body: '内容', lastActivityAt: new Date().toISOString() } })
    expect((await rejection(payload.delete({ collection: 'divisions', id: used.id }))).code).toBe('DIVISION_IN_USE')
    expect((await boardOf(payload, '410105001097')).id).toBe(board.id)
  })

  it('lets community staff publish 居务公开 on the boards of their division only, signed by the committee', async () => {
    const worker = await signedIn(payload, 'board-community')
    const board = await boardOf(payload, WEIWU)
    const notice = await payload.create({ collection: 'board-threads', data: { board: board.id, title: '停水通知', body: '12月8日9时至17时停水。', officialKind: 'notice', pinned: true }, overrideAccess: false, user: worker })
    expect(notice).toMatchObject({ kind: 'official', status: 'published', authorName: '纬五路社区居民委员会', scope: { community: WEIWU } })
    const elsewhere = await rejection(payload.create({ collection: 'board-threads', data: { board: (await boardOf(payload, JINGQI)).id, title: '通知', body: '内容' }, overrideAccess: false, user: worker }))
    expect(elsewhere.code).toBe('OUT_OF_SCOPE')
  })

  it('shows the public published threads only, and staff every thread of their subtree', async () => {
    const board = await boardOf(payload, WEIWU)
    const held = await payload.create({ collection: 'board-threads', data: { board: board.id, kind: 'post', category: 'help', title: '待审的帖子', body: '内容', status: 'pending', lastActivityAt: new Date().toISOString() } })
    const anonymous = await payload.find({ collection: 'board-threads', where: { id: { equals: held.id } }, overrideAccess: false })
    expect(anonymous.docs).toHaveLength(0)
    const staff = await payload.find({ collection: 'board-threads', where: { id: { equals: held.id } }, overrideAccess: false, user: await signedIn(payload, 'board-street') })
    expect(staff.docs).toHaveLength(1)
  })
})

describe('screening', () => {
  it('blocks, holds for review or masks by the strongest word found', async () => {
    for (const [word, action] of [['违禁测试词', 'block'], ['待审测试词', 'review'], ['遮盖测试词', 'mask']] as const) {
      await payload.create({ collection: 'sensitive-words', data: { word, action } })
    }
    const req = await createLocalReq({}, payload)
    expect((await screenText(req, '普通的邻里求助')).outcome).toBe('pass')
    expect(await screenText(req, '这里有遮盖测试词。')).toMatchObject({ outcome: 'mask', text: '这里有*****。' })
    expect((await screenText(req, '遮盖测试词和待审测试词')).outcome).toBe('review')
    expect((await screenText(req, '待审测试词和违禁测试词')).outcome).toBe('block')
  })
})

describe('who may post', () => {
  it('refuses a resident who has not joined, and confines a member to their community and street', async () => {
    const { resident } = await verifiedResident(payload, '13700000101', await personIn(payload, WEIWU))
    const req = await residentReq(payload, resident)
    const weiwu = await boardOf(payload, WEIWU)
    expect((await rejection(postingMember(req, resident, weiwu))).code).toBe('NOT_A_MEMBER')
    await payload.create({ collection: 'board-members', data: { resident: resident.id, board: weiwu.id, nickname: '纬五路老张', verification: 'population', ...identityKeys(req, resident) } })
    expect((await postingMember(req, resident, weiwu)).nickname).toBe('纬五路老张')
    expect((await postingMember(req, resident, await boardOf(payload, JINGBA_STREET))).nickname).toBe('纬五路老张')
    expect((await rejection(postingMember(req, resident, await boardOf(payload, JINGQI)))).code).toBe('OTHER_COMMUNITY')
  })

  it('refuses a blacklisted phone under any account', async () => {
    const { resident } = await verifiedResident(payload, '13700000102', await personIn(payload, WEIWU, 1))
    const req = await residentReq(payload, resident)
    const weiwu = await boardOf(payload, WEIWU)
    await payload.create({ collection: 'board-members', data: { resident: resident.id, board: weiwu.id, nickname: '新账号', verification: 'population' } })
    await payload.create({ collection: 'board-blacklist', data: { board: weiwu.id, reason: '多次发布广告', phoneKey: identityKeys(req, resident).phoneKey } })
    expect((await rejection(postingMember(req, resident, weiwu))).code).toBe('BLACKLISTED')
  })
})

describe('posting', () => {
  it('screens, applies the board’s moderation mode and numbers replies by floor', async () => {
    const { resident } = await verifiedResident(payload, '13700000103', await personIn(payload, WEIWU, 2))
    const req = await residentReq(payload, resident)
    const weiwu = await boardOf(payload, WEIWU)
    await payload.create({ collection: 'board-members', data: { resident: resident.id, board: weiwu.id, nickname: '楼上邻居', verification: 'population' } })
    const thread = await createThread(req, resident, weiwu, { kind: 'post', category: 'help', title: '谁家有梯子', body: '借用一下，遮盖测试词。' })
    expect(thread).toMatchObject({ status: 'published', authorName: '楼上邻居', body: '借用一下，*****。', ipProvince: '未知' })
    expect((await rejection(createThread(req, resident, weiwu, { kind: 'post', category: 'help', title: '违禁测试词', body: '内容' }))).status).toBe(422)
    expect((await createThread(req, resident, weiwu, { kind: 'post', category: 'help', title: '标题', body: '待审测试词' })).status).toBe('pending')
    const first = await createReply(req, resident, thread, weiwu, '我家有')
    const second = await createReply(req, resident, thread, weiwu, '我家也有')
    expect([first.floor, second.floor]).toEqual([1, 2])
    const pre = await payload.update({ collection: 'boards', id: weiwu.id, data: { moderation: 'pre' } })
    expect((await createReply(req, resident, thread, pre, '先审后发的回复')).status).toBe('pending')
    await payload.update({ collection: 'boards', id: weiwu.id, data: { moderation: 'post' } })
  })
})

describe('reading', () => {
  it('pages a board by cursor both ways, whole and in order, and refuses a broken cursor', async () => {
    const board = await boardOf(payload, JINGQI)
    const base = Date.parse('2026-11-01T00:00:00Z')
    // 45 threads, the last three sharing one moment so the id breaks the tie; one hidden, which no page shows.
    for (let index = 0; index < 45; index += 1) {
      const at = new Date(base + Math.min(index, 42) * 60_000).toISOString()
      await payload.create({ collection: 'board-threads', data: { board: board.id, kind: 'post', category: index % 2 ? 'help' : 'secondHand', title: `翻页${index}`, body: '内容', status: index === 7 ? 'hidden' : 'published', lastActivityAt: at } })
    }
    const { docs } = await payload.find({ collection: 'board-threads', where: { and: [{ board: { equals: board.id } }, { status: { equals: 'published' } }, { pinned: { equals: false } }] }, sort: ['-lastActivityAt', '-id'], pagination: false, depth: 0 })
    const expected = docs.map((thread) => String(thread.id))
    const req = await residentReq(payload)
    const walk = async (direction: 'after' | 'before', from: null | string, category?: 'help') => {
      const pages: string[][] = []
      let cursor = from
      do {
        const listing = await boardThreads(req, board, { category, page: cursor ? threadPageOf(new URLSearchParams({ [direction]: cursor })) : undefined })
        pages.push(listing.threads.map((thread) => String(thread.id)))
        cursor = direction === 'before' ? listing.older : listing.newer
      } while (cursor)
      return pages
    }
    const down = await walk('before', null)
    expect(down.map((page) => page.length)).toEqual([20, 20, expected.length - 40])
    expect(down.flat()).toEqual(expected)
    const last = await boardThreads(req, board, { page: threadPageOf(new URLSearchParams({ before: `${docs[39]!.lastActivityAt}_${docs[39]!.id}` })) })
    expect(last.older).toBeNull()
    const up = await walk('after', `${docs[40]!.lastActivityAt}_${docs[40]!.id}`)
    expect(up.reverse().flat()).toEqual(expected.slice(0, 40))
    const help = (await walk('before', null, 'help')).flat()
    expect(help).toEqual(docs.filter((thread) => thread.category === 'help').map((thread) => String(thread.id)))
    expect(() => threadPageOf(new URLSearchParams({ before: '2026-13-01_1' }))).toThrow(expect.objectContaining({ status: 400 }))
  })

  it('pages a thread’s replies by floor', async () => {
    const board = await boardOf(payload, JINGQI)
    const thread = await payload.create({ collection: 'board-threads', data: { board: board.id, kind: 'post', category: 'discussion', title: '楼层', body: '内容', status: 'published', replyCount: 55, lastActivityAt: new Date().toISOString() } })
    for (let floor = 1; floor <= 55; floor += 1) {
      await payload.create({ collection: 'board-replies', data: { thread: thread.id, board: board.id, floor, body: `第${floor}楼`, status: floor === 52 ? 'hidden' : 'published' } })
    }
    const req = await residentReq(payload)
    const second = await threadWithReplies(req, thread, 2)
    expect(second.totalPages).toBe(2)
    expect(second.replies.map((reply) => reply.floor)).toEqual([51, 52, 53, 54, 55])
    expect(second.replies[1]).toMatchObject({ shown: false, notice: '该回复已被屏蔽' })
    expect((await threadWithReplies(req, thread, 1)).replies).toHaveLength(50)
  })
})
