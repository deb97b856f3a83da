import { afterEach, describe, expect, it } from 'vitest'

import { loadWorkingCalendar } from '../../collections/CalendarDays/load'
import { addWorkingDays, chinaDate } from '../../collections/CalendarDays/workingDays'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { departmentId } from '../helpers/tickets'
import { divisionId, rejection, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

/** 最低生活保障申请, a guide of the city's civil affairs bureau. */
const CIVIL_GUIDE = '120101'
const PHONE = '13912345678'

afterEach(() => {
  delete process.env.GUIDE_FEEDBACK_LIMIT
  delete process.env.SEARCH_MISS_LIMIT
})

const correct = (code: string, body: Record<string, unknown>) =>
  callEndpoint(payload, { collection: 'services', path: '/:code/corrections', params: { code }, anonymous: true, body })
const rate = (code: string, helpful: string, comment?: string) =>
  callEndpoint(payload, { collection: 'services', path: '/:code/helpful', params: { code }, anonymous: true, body: { helpful, comment } })
const reportMiss = (body: Record<string, unknown>, caller: { anonymous: true } | { username: string } = { anonymous: true }) =>
  callEndpoint(payload, { path: '/search/misses', body, ...caller })

/** A city-level editor working for `department` (or for none). */
async function cityEditor(username: string, department?: string) {
  await payload.create({
    collection: 'users',
    data: {
      username,
      name: username,
      password: 'Correct-Horse-9',
      roles: ['editor'],
      division: await divisionId(payload, '410100000000'),
      ...(department ? { department: await departmentId(payload, department) } : {}),
    },
  })
  return signedIn(payload, username)
}

const correctionsSeenBy = async (user: Awaited<ReturnType<typeof signedIn>>) =>
  (await payload.find({ collection: 'guide-corrections', user, overrideAccess: false, depth: 0, pagination: false })).docs.map((doc) => doc.id)

async function newCorrection(phone = PHONE): Promise<string> {
  const response = await correct(CIVIL_GUIDE, { section: 'materials', description: '申请材料里的户口簿复印件现在已经不需要了', phone })
  expect(response.status).toBe(201)
  const { docs } = await payload.find({ collection: 'guide-corrections', sort: '-createdAt', limit: 1, depth: 0 })
  return docs[0]!.id
}

describe('我要纠错', () => {
  it('becomes a case due three working days from receipt, with its first history entry', async () => {
    const response = await correct(CIVIL_GUIDE, { section: 'materials', description: '户口簿复印件已经不需要了', phone: '139 1234 5678' })
    expect(response.status).toBe(201)
    const due = addWorkingDays(chinaDate(), 3, await loadWorkingCalendar(payload))
    expect(await response.json()).toMatchObject({ dueDate: due, message: expect.stringContaining('短信') })

    const { docs } = await payload.find({ collection: 'guide-corrections', sort: '-createdAt', limit: 1, depth: 0, showHiddenFields: true })
    const correction = docs[0]!
    expect(correction).toMatchObject({ status: 'pending', dueDate: due, section: 'materials', phone: PHONE, guideTitle: '最低生活保障申请' })
    expect(correction.department).toBe(await departmentId(payload, 'city-civil-affairs'))
    const history = await payload.find({ collection: 'correction-events', where: { correction: { equals: correction.id } }, depth: 0 })
    expect(history.docs).toMatchObject([{ action: 'receive', toStatus: 'pending', actorName: '居民' }])
  })

  it('refuses a correction without a section or a description, a wrong phone, and an unknown guide', async () => {
    const missing = await refused(correct(CIVIL_GUIDE, { phone: '123' }))
    expect(missing.status).toBe(422)
    expect(missing.errors.map((error) => error.field)).toEqual(['section', 'description', 'phone'])
    expect((await refused(correct('999999', { section: 'other', description: '错了' }))).status).toBe(404)
    expect((await refused(correct(CIVIL_GUIDE, { section: 42, description: '错了' }))).status).toBe(400)
  })

  it('is read and answered by the guide’s department editors only, and texts the answer to the number left', async () => {
    const id = await newCorrection()
    const civil = await cityEditor('editor-civil-affairs', 'city-civil-affairs')
    const other = await cityEditor('editor-hrss', 'city-hrss')
    const general = await cityEditor('editor-catalogue')
    expect(await correctionsSeenBy(civil)).toContain(id)
    expect(await correctionsSeenBy(general)).toContain(id)
    expect(await correctionsSeenBy(await signedIn(payload, 'admin-city'))).toContain(id)
    expect(await correctionsSeenBy(other)).toEqual([])
    expect(await correctionsSeenBy(await signedIn(payload, 'editor-district'))).toEqual([])
    for (const stranger of ['reviewer-city', 'agent-city']) {
      const refusal = await rejection(correctionsSeenBy(await signedIn(payload, stranger)))
      expect(refusal.status).toBe(403)
    }
    const history = await payload.find({ collection: 'correction-events', where: { correction: { equals: id } }, user: other, overrideAccess: false })
    expect(history.docs).toEqual([])

    // Another department's editor cannot answer it.
    const foreign = await rejection(payload.update({ collection: 'guide-corrections', id, data: { status: 'answered', reply: '已改' }, user: other, overrideAccess: false }))
    expect(foreign.status).toBe(403)
    // Nor can the department's editor hand it to another department.
    const handedOn = await payload.update({ collection: 'guide-corrections', id, data: { department: await departmentId(payload, 'city-hrss') }, user: civil, overrideAccess: false, depth: 0 })
    expect(handedOn.department).toBe(await departmentId(payload, 'city-civil-affairs'))
    // An answer needs its words.
    const bare = await rejection(payload.update({ collection: 'guide-corrections', id, data: { status: 'answered' }, user: civil, overrideAccess: false }))
    expect(bare).toMatchObject({ status: 422, code: 'NOTE_REQUIRED' })

    const answered = await payload.update({ collection: 'guide-corrections', id, data: { status: 'answered', reply: '已核实，指南已删除该项材料' }, user: civil, overrideAccess: false })
    expect(answered).toMatchObject({ status: 'answered', phone: '139****5678' })
    const events = await payload.find({ collection: 'correction-events', where: { correction: { equals: id } }, sort: 'createdAt', depth: 0 })
    expect(events.docs.map((event) => event.action)).toEqual(['receive', 'answer'])
    expect(events.docs[1]).toMatchObject({ fromStatus: 'pending', toStatus: 'answered', actorName: 'editor-civil-affairs', actorUnit: expect.stringContaining('民政') })

    const sms = await payload.find({ collection: 'notifications', where: { correction: { equals: id } }, depth: 0, showHiddenFields: true })
    expect(sms.docs).toHaveLength(1)
    expect(sms.docs[0]).toMatchObject({ channel: 'sms', recipient: PHONE })
    expect(sms.docs[0]!.message).toContain('已核实，指南已删除该项材料')
    expect(sms.docs[0]!.message).toContain('最低生活保障申请')

    // What the resident was told stays as it was.
    const again = await rejection(payload.update({ collection: 'guide-corrections', id, data: { reply: '改口' }, user: civil, overrideAccess: false }))
    expect(again).toMatchObject({ status: 409, code: 'ALREADY_ANSWERED' })
  })

  it('declines with a reason, and sends nothing when no number was left', async () => {
    const id = await newCorrection('')
    const civil = await signedIn(payload, 'admin-city')
    await payload.update({ collection: 'guide-corrections', id, data: { status: 'rejected', reply: '指南与现行政策一致' }, user: civil, overrideAccess: false })
    const sms = await payload.find({ collection: 'notifications', where: { correction: { equals: id } }, depth: 0 })
    expect(sms.totalDocs).toBe(0)
  })

  it('cannot be written or removed through the API, even by an administrator', async () => {
    const id = await newCorrection()
    const admin = await signedIn(payload, 'admin-city')
    const guide = (await payload.find({ collection: 'services', where: { code: { equals: CIVIL_GUIDE } }, depth: 0 })).docs[0]!
    expect((await rejection(payload.create({ collection: 'guide-corrections', data: { guide: guide.id, guideTitle: 'x', section: 'other', description: 'x', status: 'pending' }, user: admin, overrideAccess: false }))).status).toBe(403)
    expect((await rejection(payload.delete({ collection: 'guide-corrections', id, user: admin, overrideAccess: false }))).status).toBe(403)
  })
})

describe('这个页面对您有帮助吗', () => {
  it('counts yes and no per guide per day, keeping nothing about who answered', async () => {
    expect((await rate(CIVIL_GUIDE, 'yes')).status).toBe(201)
    await rate(CIVIL_GUIDE, 'yes')
    await rate(CIVIL_GUIDE, 'no')
    const { docs } = await payload.find({ collection: 'guide-feedback', where: { day: { equals: chinaDate() } }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ guideTitle: '最低生活保障申请', helpful: 2, notHelpful: 1 })
    expect(Object.keys(docs[0]!).some((key) => /ip|address|client/i.test(key))).toBe(false)
    // The figures are the department editors' to read.
    const seen = payload.find({ collection: 'guide-feedback', user: await signedIn(payload, 'reviewer-city'), overrideAccess: false })
    expect((await rejection(seen)).status).toBe(403)
  })

  it('keeps what was missing, said with 没有帮助, for the department editors, and never anything personal', async () => {
    expect((await rate(CIVIL_GUIDE, 'no', '没写清楚要去哪个窗口')).status).toBe(201)
    expect((await rate(CIVIL_GUIDE, 'yes', '有帮助时的话不提交')).status).toBe(201)
    const personal = await refused(rate(CIVIL_GUIDE, 'no', '请打13912345678联系我'))
    expect(personal).toMatchObject({ status: 422, errors: [{ field: 'comment', code: 'PERSONAL_DATA' }] })
    expect((await refused(rate(CIVIL_GUIDE, 'no', '长'.repeat(201)))).status).toBe(422)
    const { docs } = await payload.find({ collection: 'guide-comments', depth: 0 })
    expect(docs.map((doc) => doc.comment)).toEqual(['没写清楚要去哪个窗口'])
    const civil = await signedIn(payload, 'admin-city')
    expect((await payload.find({ collection: 'guide-comments', user: civil, overrideAccess: false })).totalDocs).toBe(1)
    expect((await payload.find({ collection: 'guide-comments', user: await cityEditor('editor-health', 'city-health'), overrideAccess: false })).totalDocs).toBe(0)
  })

  it('refuses an answer other than yes or no, and a guide that is not published', async () => {
    expect((await refused(rate(CIVIL_GUIDE, 'maybe'))).status).toBe(422)
    expect((await refused(rate('000000', 'yes'))).status).toBe(404)
  })

  it('is limited per client', async () => {
    process.env.GUIDE_FEEDBACK_LIMIT = '1/600'
    const limited = await refused(rate('030101', 'yes'))
    expect(limited).toMatchObject({ status: 429, code: 'RATE_LIMITED' })
  })
})

describe('未找到的搜索', () => {
  const missesFor = async (query: string) => (await payload.find({ collection: 'search-misses', where: { query: { equals: query } }, depth: 0 })).docs

  it('counts a portal query that found nothing, normalised, per query', async () => {
    expect((await reportMiss({ query: ' 火星移民簽證 ' })).status).toBe(202)
    await reportMiss({ query: '火星移民签证' })
    expect(await missesFor('火星移民签证')).toMatchObject([{ source: 'portal', count: 2, firstSeen: chinaDate(), lastSeen: chinaDate(), handled: false }])
  })

  it('keeps the desk’s misses apart, and only agents may report them', async () => {
    expect((await refused(reportMiss({ query: '宠物殡葬', source: 'desk' }))).status).toBe(403)
    expect((await reportMiss({ query: '宠物殡葬', source: 'desk' }, { username: 'agent-community' })).status).toBe(202)
    expect(await missesFor('宠物殡葬')).toMatchObject([{ source: 'desk', count: 1 }])
  })

  it('never keeps a query that looks like personal data', async () => {
    expect((await reportMiss({ query: '11010519491231002X 补办' })).status).toBe(202)
    expect((await reportMiss({ query: '13912345678' })).status).toBe(202)
    const { docs } = await payload.find({ collection: 'search-misses', where: { query: { contains: '1391234' } }, depth: 0 })
    expect(docs).toEqual([])
    expect(await missesFor('11010519491231002x 补办')).toEqual([])
  })

  it('is reopened when a query marked handled finds nothing again', async () => {
    await reportMiss({ query: '养蜂补贴' })
    const [miss] = await missesFor('养蜂补贴')
    const editor = await signedIn(payload, 'editor-city')
    await payload.update({ collection: 'search-misses', id: miss!.id, data: { handled: true, handledNote: '已加常用叫法' }, user: editor, overrideAccess: false })
    expect((await missesFor('养蜂补贴'))[0]).toMatchObject({ handled: true })
    await reportMiss({ query: '养蜂补贴' })
    expect((await missesFor('养蜂补贴'))[0]).toMatchObject({ handled: false, count: 2 })
    // The count itself is the platform's.
    const forged = await payload.update({ collection: 'search-misses', id: miss!.id, data: { count: 0 }, user: editor, overrideAccess: false })
    expect(forged.count).toBe(2)
    const byAgent = payload.find({ collection: 'search-misses', user: await signedIn(payload, 'agent-city'), overrideAccess: false })
    expect((await rejection(byAgent)).status).toBe(403)
  })

  it('is limited per client', async () => {
    process.env.SEARCH_MISS_LIMIT = '1/600'
    expect((await refused(reportMiss({ query: '又一个' }))).status).toBe(429)
  })
})
