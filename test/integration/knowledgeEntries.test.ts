import { describe, expect, it } from 'vitest'

import type { KnowledgeEntry } from '../../cms/payload-types'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { api, signInResident } from '../helpers/residents'
import { createTicket, ticketAction } from '../helpers/tickets'
import { divisionId, rejection, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

const CITY = '410100000000'
const JINGBALU = '410105001000'
const HUAYUANLU = '410105002000'

const DAY = 86_400_000
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()

type EntryData = Partial<Omit<KnowledgeEntry, 'areas'>> & { areaCodes?: string[] }

/** An entry written by an editor (the city's unless `as` says otherwise), published unless `draft`. */
async function createEntry({ areaCodes = [JINGBALU], ...data }: EntryData, { as = 'editor-city', draft = false } = {}): Promise<KnowledgeEntry> {
  return payload.create({
    collection: 'knowledge-entries',
    data: {
      kind: 'local',
      title: '测试条目',
      answer: '测试答复',
      ...data,
      areas: await Promise.all(areaCodes.map((code) => divisionId(payload, code))),
      _status: draft ? 'draft' : 'published',
    } as never,
    draft,
    user: await signedIn(payload, as),
    overrideAccess: false,
  })
}

/** The titles the desk search shows `username` for `q`. */
async function deskTitles(username: string, q: string): Promise<string[]> {
  const response = await callEndpoint(payload, { collection: 'knowledge-entries', path: '/desk-search', method: 'get', username, query: { q } })
  expect(response.status).toBe(200)
  const { entries } = (await response.json()) as { entries: { title: string }[] }
  return entries.map((entry) => entry.title)
}

const used = (username: string, id: string) => callEndpoint(payload, { collection: 'knowledge-entries', path: '/:id/used', id, username })
const promote = (username: string, ticket: string) => callEndpoint(payload, { collection: 'knowledge-entries', path: '/from-ticket/:ticket', params: { ticket }, username })

describe('the hotline knowledge base at the desk', () => {
  it('finds an entry by a caller’s question, full pinyin, initials and traditional characters', async () => {
    await createEntry({
      kind: 'notice',
      title: '经八路街道计划停水通知',
      questions: ['什么时候来水'],
      keywords: ['停水'],
      answer: '因管网维修，经八路街道12月8日8时至18时停水，请提前储水。',
      source: '市自来水公司停水公告',
      validTo: inDays(2),
    })
    const title = '经八路街道计划停水通知'
    expect(await deskTitles('agent-street', '什么时候来水啊')).toEqual([title])
    expect(await deskTitles('agent-street', 'tingshui')).toEqual([title])
    expect(await deskTitles('agent-street', 'jihuatingshui')).toEqual([title])
    expect(await deskTitles('agent-street', 'jhts')).toEqual([title])
    expect(await deskTitles('agent-street', '經八路停水怎麼辦')).toEqual([title])
    expect(await deskTitles('agent-street', '停电')).toEqual([])
  })

  it('shows an entry to desks covering its area, city-wide entries to all, and none of another street', async () => {
    await createEntry({ title: '经八路便民服务点搬迁', keywords: ['便民服务点'], areaCodes: [JINGBALU] })
    await createEntry({ title: '花园路便民服务点搬迁', keywords: ['便民服务点'], areaCodes: [HUAYUANLU] })
    await createEntry({ title: '全市便民服务点开放时间', keywords: ['便民服务点'], areaCodes: [CITY] })
    const all = ['经八路便民服务点搬迁', '花园路便民服务点搬迁', '全市便民服务点开放时间']
    expect((await deskTitles('agent-community', '便民服务点')).sort()).toEqual(['全市便民服务点开放时间', '经八路便民服务点搬迁'].sort())
    expect((await deskTitles('agent-street', '便民服务点')).sort()).toEqual(['全市便民服务点开放时间', '经八路便民服务点搬迁'].sort())
    expect((await deskTitles('agent-district', '便民服务点')).sort()).toEqual([...all].sort())
    expect((await deskTitles('agent-city', '便民服务点')).sort()).toEqual([...all].sort())
  })

  it('shows nothing expired, not yet valid or unpublished', async () => {
    await createEntry({ kind: 'notice', title: '纬五路停电通知（已结束）', keywords: ['停电'], validFrom: inDays(-3), validTo: inDays(-1) })
    await createEntry({ kind: 'notice', title: '纬五路停电通知（下周）', keywords: ['停电'], validFrom: inDays(5), validTo: inDays(6) })
    const draft = await createEntry({ title: '纬五路停电答复口径（草稿）', keywords: ['停电'] }, { draft: true })
    expect(await deskTitles('agent-street', '停电')).toEqual([])
    await payload.update({ collection: 'knowledge-entries', id: draft.id, data: { _status: 'published' }, user: await signedIn(payload, 'editor-city'), overrideAccess: false })
    expect(await deskTitles('agent-street', '停电')).toEqual(['纬五路停电答复口径（草稿）'])
  })

  it('refuses a notice published without an end, an end before the start, and areas outside the editor’s subtree', async () => {
    expect((await rejection(createEntry({ kind: 'notice', title: '停气通知' }))).errors[0]).toMatchObject({ path: 'validTo', message: '通知公告请填写有效期的结束时间' })
    expect((await rejection(createEntry({ title: '停气通知', validFrom: inDays(2), validTo: inDays(1) }))).errors[0]).toMatchObject({ message: '有效期的结束时间应晚于开始时间' })
    expect(await rejection(createEntry({ title: '停气通知', areaCodes: [JINGBALU, HUAYUANLU] }, { as: 'editor-street' }))).toMatchObject({ code: 'OUT_OF_SCOPE', status: 403 })
  })

  it('counts uses atomically, keeps the count through an editor’s save, and counts none for an entry the desk cannot see', async () => {
    const entry = await createEntry({ title: '经八路街道办事大厅午间不休', keywords: ['午间'] })
    const answers = await Promise.all(Array.from({ length: 12 }, () => used('agent-street', entry.id)))
    expect(answers.map((each) => each.status)).toEqual(Array(12).fill(200))
    expect((await payload.findByID({ collection: 'knowledge-entries', id: entry.id })).useCount).toBe(12)
    // An editor drafts a change, agents go on using the published entry, then the draft is published.
    const editor = await signedIn(payload, 'editor-city')
    await payload.update({ collection: 'knowledge-entries', id: entry.id, draft: true, data: { answer: '工作日中午12时至14时照常办理。' }, user: editor, overrideAccess: false })
    expect((await used('agent-street', entry.id)).status).toBe(200)
    await payload.update({ collection: 'knowledge-entries', id: entry.id, data: { _status: 'published' }, user: editor, overrideAccess: false })
    expect(await payload.findByID({ collection: 'knowledge-entries', id: entry.id })).toMatchObject({ useCount: 13, answer: '工作日中午12时至14时照常办理。' })
    const elsewhere = await createEntry({ title: '花园路街道办事大厅午间不休', areaCodes: [HUAYUANLU] })
    expect(await refused(used('agent-street', elsewhere.id))).toMatchObject({ status: 404, code: 'NOT_FOUND' })
  })

  it('promotes a reply to a draft entry without phone or ID numbers, linked to the order, once', async () => {
    const ticket = await createTicket(payload, { kind: 'consultation', summary: '咨询13700001111家附近哪里办居住证' })
    expect((await refused(promote('agent-community', ticket.id))).code).toBe('NO_REPLY')
    await ticketAction(payload, 'agent-community', ticket.id, { action: 'answerDirectly', note: '到经八路街道便民服务中心办理，带身份证410105199001011234，咨询电话037160001234。' })
    const response = await promote('agent-community', ticket.id)
    expect(response.status).toBe(201)
    const { id } = (await response.json()) as { id: string }
    const entry = await payload.findByID({ collection: 'knowledge-entries', id, draft: true, depth: 0 })
    expect(entry).toMatchObject({ _status: 'draft', title: '咨询***家附近哪里办居住证', questions: ['咨询***家附近哪里办居住证'], answer: '到经八路街道便民服务中心办理，带身份证***，咨询电话***。', fromTicket: ticket.id, areas: [await divisionId(payload, '410105001001')] })
    expect(await deskTitles('agent-community', '居住证')).toEqual([])
    expect(await refused(promote('agent-community', ticket.id))).toMatchObject({ status: 409, code: 'ALREADY_PROMOTED' })
    const elsewhere = await createTicket(payload, { divisionCode: '410105002001' }, 'agent-city')
    expect((await refused(promote('agent-community', elsewhere.id))).status).toBe(404)
    expect((await refused(promote('editor-city', ticket.id))).status).toBe(403)
  })

  it('is staff-only: residents and anonymous callers read nothing, over REST or the desk', async () => {
    await createEntry({ title: '全市供暖时间', keywords: ['供暖'], areaCodes: [CITY] })
    const cookie = await signInResident(payload, '13600000021')
    for (const who of [{}, { cookie }]) {
      expect((await api(payload, '/api/knowledge-entries?limit=10', who)).status).toBe(403)
      expect((await api(payload, '/api/knowledge-entries/desk-search?q=gongnuan', who)).status).toBe(403)
    }
    const { docs } = await payload.find({ collection: 'knowledge-entries', where: { title: { equals: '全市供暖时间' } }, depth: 0 })
    expect((await api(payload, `/api/knowledge-entries/${docs[0]!.id}`, { cookie })).status).toBe(403)
    expect(await deskTitles('agent-community', 'gn')).toContain('全市供暖时间')
  })
})
