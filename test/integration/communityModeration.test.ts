import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import type { Board, BoardMember, BoardThread, Resident } from '../../cms/payload-types'
import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import { CREDIT_GRADES, gradeOf } from '../../collections/community/moderation/credit'
import { governanceFigures } from '../../collections/community/moderation/governance'
import { communityPage } from '../../collections/community/pages/router'
import { identityKeys, postingMember } from '../../collections/community/membership'
import { createThread } from '../../collections/community/posting'
import { phoneKeyOf, residentForCode } from '../../collections/Residents/lib/accounts'
import { boardOf, personIn, residentReq, verifiedResident } from '../helpers/community'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { api, cookieOf, signInResident } from '../helpers/residents'
import { rejection, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

const WEIWU = '410105001001'
const JINGQI = '410105001002'

let people = 0
let phones = 0
const nextPhone = () => `1370000${String(2000 + (phones += 1))}`

/** A verified resident of 纬五路 who joined its board: account, membership, a request on their behalf. */
async function member(nickname: string, score = 100): Promise<{ board: Board; cookie: string; member: BoardMember; phone: string; resident: Resident }> {
  const phone = nextPhone()
  const { cookie, resident } = await verifiedResident(payload, phone, await personIn(payload, WEIWU, 10 + (people += 1)))
  const req = await residentReq(payload, resident)
  const board = await boardOf(payload, WEIWU)
  const joined = await payload.create({ collection: 'board-members', data: { resident: resident.id, board: board.id, nickname, verification: 'population', credit: { score }, ...identityKeys(req, resident) } })
  return { board, cookie, member: joined, phone, resident }
}

async function postBy(author: { board: Board; resident: Resident }, title: string): Promise<BoardThread> {
  return createThread(await residentReq(payload, author.resident), author.resident, author.board, { kind: 'post', category: 'help', title, body: `${title}，请邻居们帮忙看看。` })
}

const report = (cookie: string, body: Record<string, unknown>) => api(payload, '/api/community/reports', { cookie, body })

const moderate = (id: number | string, body: Record<string, unknown>, username = 'board-community', collection = 'board-threads') =>
  callEndpoint(payload, { path: '/community/moderation/:collection/:id', params: { collection, id: String(id) }, username, body })

const memberAction = (action: 'blacklist' | 'mute', id: number | string, body: Record<string, unknown>) =>
  callEndpoint(payload, { path: `/community/members/:id/${action}`, params: { id: String(id) }, username: 'board-community', body })

const messagesTo = async (phone: string) =>
  (await payload.find({ collection: 'notifications', where: { recipient: { equals: phone } }, depth: 0, limit: 0, pagination: false, sort: 'createdAt' })).docs.map((each) => each.message)

const audited = async (action: string, targetId: number | string) =>
  (await payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: action } }, { targetId: { equals: String(targetId) } }] }, depth: 0, limit: 0, pagination: false })).docs

const fresh = <T>(collection: 'board-members' | 'board-threads', id: number | string) => payload.findByID({ collection, id, depth: 0 }) as Promise<T>

describe('reports and the queue', () => {
  it('holds a post once its reports reach the threshold, then a hide with its reason tells the author and the reporters', async () => {
    const author = await member('楼下张阿姨')
    const thread = await postBy(author, '出租车位')
    const reporters: { cookie: string; phone: string }[] = []
    for (const phone of [nextPhone(), nextPhone(), nextPhone()]) reporters.push({ phone, cookie: await signInResident(payload, phone) })
    const first = await report(reporters[0]!.cookie, { thread: String(thread.id), reason: 'advert', details: '每天都发同样的广告' })
    expect(first.status).toBe(201)
    expect(await first.json()).toMatchObject({ held: false, status: 'pending' })
    const again = await refused(report(reporters[0]!.cookie, { thread: String(thread.id), reason: 'other' }))
    expect([again.status, again.code]).toEqual([409, 'ALREADY_REPORTED'])
    expect((await refused(report(reporters[1]!.cookie, { thread: String(thread.id), reason: 'nonsense' }))).status).toBe(422)
    expect((await refused(api(payload, '/api/community/reports', { body: { thread: String(thread.id), reason: 'advert' } }))).status).toBe(401)
    expect((await report(reporters[1]!.cookie, { thread: String(thread.id), reason: 'advert' })).status).toBe(201)
    expect((await (await report(reporters[2]!.cookie, { thread: String(thread.id), reason: 'abuse' })).json()).held).toBe(true)
    expect((await fresh<BoardThread>('board-threads', thread.id)).status).toBe('held')
    expect(await audited('post-hold', thread.id)).toHaveLength(1)

    const noReason = await refused(moderate(thread.id, { action: 'hide' }))
    expect([noReason.status, noReason.errors[0]?.field]).toEqual([422, 'reason'])
    const hidden = await moderate(thread.id, { action: 'hide', reason: '发布商业广告' })
    expect(hidden.status).toBe(200)
    const after = await fresh<BoardThread>('board-threads', thread.id)
    expect(after).toMatchObject({ status: 'hidden', moderation: { reason: '发布商业广告' }, reportCount: 3 })
    const reports = await payload.find({ collection: 'board-reports', where: { thread: { equals: thread.id } }, depth: 0 })
    expect(reports.docs.map((each) => [each.status, each.outcome])).toEqual(Array(3).fill(['upheld', '屏蔽：发布商业广告']))
    expect((await messagesTo(author.phone)).at(-1)).toContain('“出租车位”经社区工作者审核：屏蔽，理由：发布商业广告')
    for (const { phone } of reporters) expect((await messagesTo(phone)).at(-1)).toContain('举报属实，已处理')
    expect((await fresh<BoardMember>('board-members', author.member.id)).credit?.score).toBe(90)
    for (const action of ['post-hide', 'report-handle']) expect(await audited(action, thread.id)).toHaveLength(1)
    expect(await audited('credit-change', author.member.id)).toHaveLength(1)

    // A wrong hide is undone: shown again, the points given back, nothing deleted.
    expect((await moderate(thread.id, { action: 'restore' })).status).toBe(200)
    expect((await fresh<BoardMember>('board-members', author.member.id)).credit?.score).toBe(100)
    expect((await refused(moderate(thread.id, { action: 'reject', reason: '重复' }))).code).toBe('WRONG_STATUS')
  })

  it('approves a post waiting for review, and dismisses the reports on a post that stays', async () => {
    const author = await member('老李头')
    const pending = await payload.create({ collection: 'board-threads', data: { board: author.board.id, kind: 'post', category: 'activity', title: '周末书法班', body: '欢迎报名', author: author.member.id, authorName: '老李头', status: 'pending', lastActivityAt: new Date().toISOString() } })
    expect((await moderate(pending.id, { action: 'approve' })).status).toBe(200)
    expect((await fresh<BoardThread>('board-threads', pending.id)).status).toBe('published')
    expect((await messagesTo(author.phone)).at(-1)).toContain('审核通过')
    expect(await audited('post-approve', pending.id)).toHaveLength(1)
    const reporter = nextPhone()
    expect((await report(await signInResident(payload, reporter), { thread: String(pending.id), reason: 'rumour' })).status).toBe(201)
    expect((await moderate(pending.id, { action: 'approve' })).status).toBe(200)
    expect((await fresh<BoardThread>('board-threads', pending.id)).status).toBe('published')
    expect((await messagesTo(reporter)).at(-1)).toContain('经核查未违规')
  })

  it('refuses staff outside their subtree and anyone who is not community staff', async () => {
    const elsewhere = await payload.create({ collection: 'board-threads', data: { board: (await boardOf(payload, JINGQI)).id, kind: 'post', category: 'help', title: '经七路的帖子', body: '内容', status: 'pending', lastActivityAt: new Date().toISOString() } })
    const outside = await refused(moderate(elsewhere.id, { action: 'approve' }))
    expect([outside.status, outside.code]).toEqual([403, 'OUT_OF_SCOPE'])
    expect((await refused(callEndpoint(payload, { path: '/community/moderation/:collection/:id', params: { collection: 'board-threads', id: String(elsewhere.id) }, anonymous: true, body: { action: 'approve' } }))).status).toBe(401)
    expect((await moderate(elsewhere.id, { action: 'approve' }, 'board-street')).status).toBe(200)
    expect((await refused(moderate(elsewhere.id, { action: 'hide', reason: 'x' }, 'board-street', 'users'))).status).toBe(404)
  })
})

describe('credit, mute and blacklist', () => {
  it('grades the score as data, and a hide that drops the grade lowers the day’s allowance to 429; a refused post uses none', async () => {
    expect(CREDIT_GRADES.map((each) => each.label)).toEqual(['良好', '一般', '较差', '很差'])
    expect([gradeOf(100).label, gradeOf(70).label, gradeOf(49).label]).toEqual(['良好', '一般', '很差'])
    // A post refused at screening uses none of the day's allowance (很差: one a day).
    const careless = await member('说话冲的刘', 45)
    await payload.create({ collection: 'sensitive-words', data: { word: '限额测试禁词', action: 'block' } })
    expect((await rejection(postBy(careless, '限额测试禁词'))).status).toBe(422)
    expect((await postBy(careless, '楼下停车太乱')).status).toBe('published')
    const author = await member('爱吐槽的王', 55)
    const first = await postBy(author, '电梯又坏了')
    expect((await moderate(first.id, { action: 'hide', reason: '辱骂物业人员' })).status).toBe(200)
    expect((await fresh<BoardMember>('board-members', author.member.id)).credit?.score).toBe(45)
    // 很差 allows one post a day, and today's was the hidden one.
    const limited = await rejection(postBy(author, '电梯修好了吗'))
    expect([limited.status, limited.code]).toEqual([429, 'POSTING_LIMIT'])
    expect(limited.message).toContain('很差')
  })

  it('mutes a member for some days', async () => {
    const someone = await member('刷屏的赵')
    expect((await refused(memberAction('mute', someone.member.id, { days: '0', reason: '刷屏' }))).status).toBe(422)
    expect((await memberAction('mute', someone.member.id, { days: '3', reason: '连续刷屏' })).status).toBe(200)
    const muted = await rejection(postingMember(await residentReq(payload, someone.resident), someone.resident, someone.board))
    expect(muted.code).toBe('MUTED')
    expect(await audited('member-mute', someone.member.id)).toHaveLength(1)
    expect(await messagesTo(someone.phone)).toContainEqual('【一站通】您在社区论坛被禁言3天，理由：连续刷屏。如有异议，请联系所在社区居委会。')
    // Blacklisted while muted, then lifted: still muted until the mute ends; blacklisted twice is refused.
    const { id: entry } = (await (await memberAction('blacklist', someone.member.id, { reason: '辱骂邻居' })).json()) as { id: string }
    expect(await refused(memberAction('blacklist', someone.member.id, { reason: '再次' }))).toMatchObject({ status: 409, code: 'ALREADY_BLACKLISTED' })
    await callEndpoint(payload, { path: '/community/blacklist/:id/lift', params: { id: entry }, username: 'board-community', body: { reason: '已道歉' } })
    expect((await fresh<BoardMember>('board-members', someone.member.id)).status).toBe('muted')
  })

  it('leaves a member waiting for the 居委会 to the 居委会: no mute, no blacklist before a decision', async () => {
    const waiting = await member('还没确认的人')
    await payload.update({ collection: 'board-members', id: waiting.member.id, data: { status: 'pending' } })
    for (const action of ['mute', 'blacklist'] as const) {
      expect(await refused(memberAction(action, waiting.member.id, { days: '1', reason: '测试' })), action).toMatchObject({ status: 409, code: 'MEMBER_PENDING' })
    }
    expect((await fresh<BoardMember>('board-members', waiting.member.id)).status).toBe('pending')
  })

  it('shows who wrote a post and who decided only to the community’s staff', async () => {
    const author = await member('有名有姓')
    const post = await postBy(author, '谁写的不公开')
    await moderate(post.id, { action: 'hide', reason: '测试理由' })
    await moderate(post.id, { action: 'restore' })
    const asPublic = await payload.findByID({ collection: 'board-threads', id: post.id, depth: 0, overrideAccess: false })
    expect(asPublic).not.toHaveProperty('author')
    expect(asPublic).not.toHaveProperty('moderation')
    expect(await rejection(payload.find({ collection: 'board-threads', where: { author: { equals: author.member.id } }, overrideAccess: false }))).toMatchObject({ status: 400 })
    const staff = await payload.findByID({ collection: 'board-threads', id: post.id, depth: 0, overrideAccess: false, user: await signedIn(payload, 'board-community') })
    expect(staff.author).toBe(author.member.id)
  })

  it('blacklists the person, not the account: a new account with the same phone is refused until the entry is lifted', async () => {
    const someone = await member('广告大王')
    const answer = await memberAction('blacklist', someone.member.id, { reason: '多次发布诈骗广告' })
    expect(answer.status).toBe(201)
    const { id } = (await answer.json()) as { id: string }
    // The old account gives up the number; a new account is opened with it and joins again.
    const platform = await createLocalReq({}, payload)
    const other = nextPhone()
    await payload.update({ collection: 'residents', id: someone.resident.id, data: { phone: other, username: phoneKeyOf(platform, other) } })
    const again = await residentForCode(platform, someone.phone)
    expect(again.id).not.toBe(someone.resident.id)
    const req = await residentReq(payload, again)
    await payload.create({ collection: 'board-members', data: { resident: again.id, board: someone.board.id, nickname: '换个马甲', verification: 'committee', ...identityKeys(req, again) } })
    expect((await rejection(postingMember(req, again, someone.board))).code).toBe('BLACKLISTED')
    const lift = await callEndpoint(payload, { path: '/community/blacklist/:id/lift', params: { id }, username: 'board-community', body: { reason: '本人书面承诺不再发布广告' } })
    expect(lift.status).toBe(200)
    expect((await postingMember(req, again, someone.board)).nickname).toBe('换个马甲')
    for (const action of ['member-blacklist', 'blacklist-lift']) expect(await audited(action, id)).toHaveLength(1)
  })
})

/** A community page as the portal route serves it, for `cookie`'s resident. */
const page = (path: string, cookie?: string) =>
  communityPage(payload, new Request(`http://localhost${path}`, { headers: cookie ? { cookie } : {} }), path.split('/').filter(Boolean))

describe('the resident pages', () => {
  it('offers the report form to a signed-in resident, takes a plain form post, and lists posts and reports in 我的论坛', async () => {
    const author = await member('种花的孙')
    const thread = await postBy(author, '月季换种子')
    const path = PORTAL_PATHS.communityReport(WEIWU, thread.id)
    const signedOut = await page(path)
    expect(signedOut.status).toBe(401)
    expect(await signedOut.text()).toContain('请先登录')
    const phone = nextPhone()
    const cookie = await signInResident(payload, phone)
    const form = await (await page(path, cookie)).text()
    expect(form).toContain('举报帖子“月季换种子”')
    expect(form).toContain('<legend class="legend">举报理由</legend>')
    const posted = await api(payload, '/api/community/reports', { cookie, form: { thread: String(thread.id), reason: 'privacy', details: '' } })
    expect(posted.status).toBe(200)
    expect(await posted.text()).toContain('举报已收到')
    expect((await page(PORTAL_PATHS.communityReport(WEIWU, 'no-such-thread'), cookie)).status).toBe(404)

    await moderate(thread.id, { action: 'hide', reason: '含有他人住址' })
    const mine = await (await page(PORTAL_PATHS.communityMine(), author.cookie)).text()
    expect(mine).toContain('月季换种子')
    expect(mine).toContain('已屏蔽')
    expect(mine).toContain('含有他人住址')
    const reporterMine = await (await page(PORTAL_PATHS.communityMine(), cookie)).text()
    expect(reporterMine).toContain('泄露他人隐私')
    expect(reporterMine).toContain('举报属实，已处理')
  })
})

describe('the queue from the admin, and the yearly figures', () => {
  it('answers a decision posted from the queue without script by going back to the tab', async () => {
    const author = await member('热心的周')
    const pending = await payload.create({ collection: 'board-threads', data: { board: author.board.id, kind: 'post', category: 'help', title: '借梯子', body: '谁家有梯子', author: author.member.id, authorName: '热心的周', status: 'pending', lastActivityAt: new Date().toISOString() } })
    const signIn = await api(payload, '/api/users/login', { body: { username: 'board-community', password: 'yizhan-demo-2026' } })
    const answer = await api(payload, `/api/community/moderation/board-threads/${pending.id}`, { cookie: cookieOf(signIn), form: { action: 'approve', back: 'pending' } })
    expect(answer.status).toBe(303)
    expect(decodeURIComponent(answer.headers.get('location')!)).toBe('/admin/community/moderation?tab=pending&done=已审核通过《借梯子》')
  })

  it('counts the year’s reports and steps for the viewer’s division, and its divisions add up to the total', async () => {
    const year = String(new Date(Date.now() + 8 * 3600_000).getUTCFullYear())
    const street = await governanceFigures(payload, await signedIn(payload, 'board-street'), year)
    expect(street.byDivision.levelLabel).toBe('社区')
    const sum = (key: keyof typeof street.total) => street.byDivision.rows.reduce((total, row) => total + (row[key] as number), 0)
    for (const key of ['reportsReceived', 'reportsHandled', 'reportsUpheld', 'reportsDismissed', 'postsHidden', 'postsHeld', 'membersMuted', 'membersBlacklisted'] as const) expect(sum(key)).toBe(street.total[key])
    const weiwu = street.byDivision.rows.find((row) => row.key === WEIWU)!
    expect(weiwu.reportsReceived).toBeGreaterThanOrEqual(5)
    expect(weiwu.reportsUpheld + weiwu.reportsDismissed).toBe(weiwu.reportsHandled)
    expect(weiwu).toMatchObject({ postsHeld: 1, membersMuted: 1, membersBlacklisted: 2 })
    expect(weiwu.postsHidden).toBeGreaterThanOrEqual(3)
    expect(weiwu.medianResponseHours).not.toBeNull()
    const community = await governanceFigures(payload, await signedIn(payload, 'board-community'), year)
    const { key, label, ...figures } = weiwu
    expect([key, label]).toEqual([WEIWU, '纬五路社区'])
    expect(community.total).toEqual(figures)
    expect((await rejection(governanceFigures(payload, await signedIn(payload, 'board-community'), '1999'))).status).toBe(400)

    const exported = await callEndpoint(payload, { path: '/community/governance/export', method: 'get', username: 'board-street', query: { year } })
    expect(exported.headers.get('content-type')).toContain('spreadsheetml')
    expect((await payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'export' } }, { targetCollection: { equals: 'board-reports' } }] } })).totalDocs).toBe(1)
  })
})
