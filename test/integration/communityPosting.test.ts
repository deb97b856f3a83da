import path from 'node:path'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { communityPage } from '../../collections/community/pages/router'
import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import { PLEDGE_VERSION } from '../../collections/BoardMembers/pledge'
import { identityKeys } from '../../collections/community/membership'
import { boardOf, personIn, residentReq, verifiedResident } from '../helpers/community'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { api, signInResident } from '../helpers/residents'

const payload = useTestPayload({ seeded: true })

const WEIWU = '410105001001'
const JINGQI = '410105001002'
const HENAN_ADDRESS = '1.192.0.1'

/** A member of 纬五路社区's board under `nickname`, joined over JSON: their cookie and account. */
async function member(phone: string, skip: number, nickname: string) {
  const person = await personIn(payload, WEIWU, skip)
  const { cookie, resident } = await verifiedResident(payload, phone, person)
  const joined = await api(payload, '/api/community/join', { cookie, body: { community: WEIWU, nickname, pledge: true } })
  expect(joined.status).toBe(201)
  return { cookie, resident, person }
}

/** A page of /community/… as a browser gets it. */
async function page(path: string, cookie?: string): Promise<{ status: number; text: string }> {
  const request = new Request(`http://localhost${path}`, { headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } })
  const response = await communityPage(payload, request, new URL(request.url).pathname.split('/').filter(Boolean))
  return { status: response.status, text: await response.text() }
}

const photo = async (): Promise<Blob> => new Blob([new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: '#369' } }).jpeg().withMetadata().toBuffer())], { type: 'image/jpeg' })

describe('joining', () => {
  it('joins a resident the population base places in the community, with the pledge and its version', async () => {
    const { resident } = await member('13700000201', 3, '纬五路小李')
    const { docs } = await payload.find({ collection: 'board-members', where: { resident: { equals: resident.id } }, showHiddenFields: true })
    expect(docs[0]).toMatchObject({ nickname: '纬五路小李', verification: 'population', status: 'active', pledge: { version: PLEDGE_VERSION } })
    expect(docs[0]!.phoneKey).toBeTruthy()
  })

  it('refuses without a real name, for another community, without the pledge, and bad or taken nicknames', async () => {
    const cookie = await signInResident(payload, '13700000202')
    const join = (body: Record<string, unknown>, as = cookie) => refused(api(payload, '/api/community/join', { cookie: as, body: { community: WEIWU, nickname: '新邻居', pledge: true, ...body } }))
    expect(await join({})).toMatchObject({ status: 403, code: 'REAL_NAME_REQUIRED' })
    const { cookie: verified } = await verifiedResident(payload, '13700000203', await personIn(payload, WEIWU, 4))
    expect(await join({ community: JINGQI }, verified)).toMatchObject({ status: 403, code: 'NOT_RESIDENT_HERE' })
    expect((await join({ pledge: false }, verified)).errors.map((error) => error.code)).toContain('PLEDGE_REQUIRED')
    for (const [nickname, code] of [['李', 'NICKNAME_LENGTH'], ['电话13812345678', 'NICKNAME_NUMBER'], ['a b', 'NICKNAME_CHARACTERS'], ['纬五路小李', 'NICKNAME_TAKEN'], ['纬五路居委會', 'NICKNAME_OFFICIAL'], ['社区管理员', 'NICKNAME_OFFICIAL']]) {
      expect((await join({ nickname }, verified)).errors.map((error) => error.code)).toEqual([code])
    }
    await payload.create({ collection: 'sensitive-words', data: { word: '坏昵称', action: 'mask' } })
    expect((await join({ nickname: '我是坏昵称' }, verified)).errors[0]!.code).toBe('NICKNAME_NOT_ALLOWED')
  })

  it('refuses a blacklisted person, and a second membership', async () => {
    const person = await personIn(payload, WEIWU, 5)
    const { cookie, resident } = await verifiedResident(payload, '13700000204', person)
    const req = await residentReq(payload, resident)
    const entry = await payload.create({ collection: 'board-blacklist', data: { board: (await boardOf(payload, WEIWU)).id, reason: '多次发布广告', idKey: identityKeys(req, resident).idKey } })
    expect(await refused(api(payload, '/api/community/join', { cookie, body: { community: WEIWU, nickname: '被拉黑的人', pledge: true } }))).toMatchObject({ status: 403, code: 'BLACKLISTED' })
    await payload.update({ collection: 'board-blacklist', id: entry.id, data: { liftedAt: new Date().toISOString() } })
    expect((await api(payload, '/api/community/join', { cookie, body: { community: WEIWU, nickname: '改过的人', pledge: true } })).status).toBe(201)
    expect(await refused(api(payload, '/api/community/join', { cookie, body: { community: JINGQI, nickname: '又来了', pledge: true, askCommittee: true } }))).toMatchObject({ status: 409, code: 'MEMBER_ELSEWHERE' })
  })

  it('lets a resident ask the 居委会, who confirm them in their own subtree only', async () => {
    // The population base still places them in 纬五路社区: only the 居委会 of 经七路 can say they live there now.
    const { cookie } = await verifiedResident(payload, '13700000205', await personIn(payload, WEIWU, 9))
    const asked = await api(payload, '/api/community/join', { cookie, form: { community: JINGQI, nickname: '等确认的人', pledge: 'on', askCommittee: 'on' } })
    expect(asked.status).toBe(303)
    expect(asked.headers.get('location')).toBe(PORTAL_PATHS.communityJoin())
    const { docs } = await payload.find({ collection: 'board-members', where: { nickname: { equals: '等确认的人' } } })
    expect(docs[0]).toMatchObject({ status: 'pending', verification: 'committee' })
    const board = await boardOf(payload, JINGQI)
    expect(await refused(api(payload, `/api/community/boards/${JINGQI}/threads`, { cookie, body: { category: 'help', title: '标题', body: '内容' } }))).toMatchObject({ status: 403, code: 'MEMBER_PENDING' })
    const decide = (username: string) => callEndpoint(payload, { path: '/community/members/:id/decision', id: docs[0]!.id, username, body: { decision: 'confirm' } })
    expect((await refused(decide('board-community'))).status).toBe(404)
    expect((await decide('board-street')).status).toBe(200)
    const confirmed = await payload.findByID({ collection: 'board-members', id: docs[0]!.id })
    expect(confirmed).toMatchObject({ status: 'active', verification: 'committee' })
    expect(confirmed.confirmedBy).toBeTruthy()
    expect(board.code).toBe(JINGQI)
    const told = await payload.find({ collection: 'notifications', where: { and: [{ recipient: { equals: '13700000205' } }, { subject: { equals: '入坛申请结果' } }] } })
    expect(told.docs.map((message) => message.message)).toEqual([`【一站通】您申请加入${board.name}论坛：居委会已确认您是本社区居民，现在可以发帖和回复。`])
  })
})

describe('posting', () => {
  it('posts and replies over JSON with the IP province through the trusted proxies, screened, and never shows who wrote it', async () => {
    const { cookie, person } = await member('13700000206', 6, '热心的老王')
    await payload.create({ collection: 'sensitive-words', data: { word: '遮一遮', action: 'mask' } })
    const posted = await api(payload, `/api/community/boards/${WEIWU}/threads`, { cookie, client: HENAN_ADDRESS, body: { category: 'help', title: '谁家有梯子', body: '借用一下，遮一遮。' } })
    expect(posted.status).toBe(201)
    const thread = (await posted.json()) as { id: string; status: string; body: string; ipProvince: string }
    expect(thread).toMatchObject({ status: 'published', body: '借用一下，***。', ipProvince: '河南' })
    const replied = await api(payload, `/api/community/threads/${thread.id}/replies`, { cookie, client: HENAN_ADDRESS, body: { body: '我家有' } })
    expect(await replied.json()).toMatchObject({ floor: 1, status: 'published' })
    const listing = await api(payload, `/api/community/boards/${WEIWU}/threads?category=help`)
    const read = await api(payload, `/api/community/threads/${thread.id}`)
    const shown = await page(PORTAL_PATHS.communityThread(WEIWU, thread.id))
    for (const text of [await listing.text(), await read.text(), shown.text]) {
      expect(text).toContain('热心的老王')
      expect(text).toContain('河南')
      for (const secret of [person.name, person.idNumber, '13700000206']) expect(text).not.toContain(secret)
    }
    expect(shown.text).toContain('IP属地：河南')
    expect(shown.text).toContain('1楼')
  })

  it('answers plain form posts with pages: photos stored without metadata, 先审后发 told to wait, refusals as pages', async () => {
    const { cookie } = await member('13700000207', 7, '拍照的邻居')
    const form = new FormData()
    for (const [name, value] of Object.entries({ category: 'lostFound', title: '捡到钥匙', body: '在3号楼下捡到一串钥匙。' })) form.append(name, value)
    form.append('photos', await photo(), 'keys.jpg')
    const response = await api(payload, `/api/community/boards/${WEIWU}/threads`, { cookie, form })
    expect(response.status).toBe(303)
    const location = response.headers.get('location')!
    const threadId = location.split('/').at(-2)!
    const thread = await payload.findByID({ collection: 'board-threads', id: threadId, depth: 1 })
    const stored = thread.photos![0] as { filename: string; shown: boolean; url: string }
    expect(stored.shown).toBe(true)
    const staticDir = payload.collections['board-photos'].config.upload.staticDir!
    expect((await sharp(path.join(staticDir, stored.filename)).metadata()).exif).toBeUndefined()
    expect((await page(location)).text).toContain(stored.url)
    const weiwu = await boardOf(payload, WEIWU)
    await payload.update({ collection: 'boards', id: weiwu.id, data: { moderation: 'pre' } })
    const reply = new FormData()
    reply.append('body', '是我的钥匙')
    const held = await api(payload, `/api/community/threads/${threadId}/replies`, { cookie, form: reply })
    expect(held.status).toBe(202)
    expect(await held.text()).toContain('等待审核')
    await payload.update({ collection: 'boards', id: weiwu.id, data: { moderation: 'post' } })
    expect((await page(location)).text).toContain('该回复待审核')
    await payload.create({ collection: 'sensitive-words', data: { word: '禁发词语', action: 'block' } })
    const blocked = new FormData()
    blocked.append('body', '这里有禁发词语')
    const refusal = await api(payload, `/api/community/threads/${threadId}/replies`, { cookie, form: blocked })
    expect(refusal.status).toBe(422)
    expect(await refusal.text()).toContain('不宜发布')
    await payload.create({ collection: 'sensitive-words', data: { word: '要审的词', action: 'review' } })
    const review = await api(payload, `/api/community/boards/${WEIWU}/threads`, { cookie, body: { category: 'help', title: '标题', body: '要审的词' } })
    expect(await review.json()).toMatchObject({ status: 'pending' })
  })

  it('refuses a resident of another community over every route: JSON, form and REST create (GraphQL: the browser test)', async () => {
    const { cookie } = await member('13700000208', 8, '别处的居民')
    const jingqi = await boardOf(payload, JINGQI)
    expect(await refused(api(payload, `/api/community/boards/${JINGQI}/threads`, { cookie, body: { category: 'help', title: '标题', body: '内容' } }))).toMatchObject({ status: 403, code: 'OTHER_COMMUNITY' })
    const form = new FormData()
    for (const [name, value] of Object.entries({ category: 'help', title: '标题', body: '内容' })) form.append(name, value)
    const page403 = await api(payload, `/api/community/boards/${JINGQI}/threads`, { cookie, form })
    expect(page403.status).toBe(403)
    expect(await page403.text()).toContain('自己所在社区')
    const rest = await api(payload, '/api/board-threads', { cookie, body: { board: jingqi.id, title: '标题', body: '内容' } })
    expect(rest.status).toBe(403)
    expect((await payload.count({ collection: 'board-threads', where: { board: { equals: jingqi.id } } })).totalDocs).toBe(0)
  })
})

describe('pages', () => {
  it('lists the boards, shows a board with its category links and paging, and asks strangers to sign in or join', async () => {
    const index = await page(PORTAL_PATHS.community())
    expect(index.text).toContain('纬五路社区居民论坛')
    const board = await page(PORTAL_PATHS.communityBoard(WEIWU))
    expect(board.status).toBe(200)
    expect(board.text).toContain('登录')
    expect(board.text).toContain(PORTAL_PATHS.communitySubscribe(WEIWU))
    expect((await page(PORTAL_PATHS.communityBoard('999999999999'))).status).toBe(404)
    expect((await page(PORTAL_PATHS.communityRules())).text).toContain(PLEDGE_VERSION)
  })
})
