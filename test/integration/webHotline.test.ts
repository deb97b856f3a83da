import { createLocalReq, type Endpoint } from 'payload'
import sharp from 'sharp'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { CLIENT_ADDRESS_HEADER } from '../../cms/lib/clientAddress'
import { ticketQueues } from '../../collections/Tickets/lib/queues'
import { refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { createTicket, departmentId, ticketAction } from '../helpers/tickets'
import { signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

afterEach(() => {
  vi.useRealTimers()
})

const COMMUNITY = '410105001001'
const PHONE = '13912345678'
let clientNumber = 0
/** Each call from its own client address unless told otherwise, so the per-client limit is tested on purpose only. */
const newClient = () => `10.0.${Math.floor(++clientNumber / 250)}.${clientNumber % 250}`

type Call = { body?: Record<string, unknown>; client?: string; headers?: Record<string, string>; method?: Endpoint['method']; path: string; photos?: Buffer[]; query?: Record<string, string> }

/** Run one of the ticket endpoints in-process as an anonymous resident: JSON, or multipart when there are photos or a page is wanted. */
async function call({ body = {}, client = newClient(), headers = {}, method = 'post', path, photos, query }: Call): Promise<Response> {
  const multipart = photos !== undefined || headers.accept?.includes('text/html')
  const all = new Headers({ [CLIENT_ADDRESS_HEADER]: client, 'content-type': multipart ? 'multipart/form-data; boundary=x' : 'application/json', ...headers })
  const url = query ? `http://localhost/?${new URLSearchParams(query)}` : undefined
  const req = await createLocalReq({ req: { headers: all, url } }, payload)
  if (multipart) {
    const form = new FormData()
    for (const [name, value] of Object.entries(body)) form.append(name, String(value))
    for (const [index, photo] of (photos ?? []).entries()) form.append('photos', new Blob([new Uint8Array(photo)]), `photo-${index}.png`)
    req.formData = async () => form
  } else if (method === 'post') req.text = async () => JSON.stringify(body)
  const endpoint = payload.collections.tickets.config.endpoints && payload.collections.tickets.config.endpoints.find((each) => each.path === path && each.method === method)
  if (!endpoint) throw new Error(`no ${method} ${path}`)
  return endpoint.handler(req)
}

const request = (overrides: Record<string, unknown> = {}) => ({
  kind: 'complaint',
  topicCode: '1301',
  divisionCode: COMMUNITY,
  address: '纬五路21号院东门',
  content: '小区东门口的路灯连续三个晚上不亮，老人晚上出门不安全，请尽快修复。',
  phone: PHONE,
  name: '王女士',
  ...overrides,
})

const photo = (colour: number) => sharp({ create: { width: 40, height: 30, channels: 3, background: { r: colour, g: 80, b: 120 } } }).png().toBuffer()

const countTickets = async () => (await payload.count({ collection: 'tickets' })).totalDocs
const ticketNumbered = async (number: string) =>
  (await payload.find({ collection: 'tickets', where: { number: { equals: number } }, depth: 0, limit: 1, showHiddenFields: true })).docs[0]!

async function submitted(overrides: Record<string, unknown> = {}): Promise<{ number: string }> {
  const response = await call({ path: '/web', body: request(overrides) })
  expect(response.status).toBe(201)
  return response.json()
}

const track = (number: string, phone = PHONE, client?: string) => call({ path: '/track', body: { number, phone }, client })

describe('POST /api/tickets/web', () => {
  it('refuses a request with every problem named, and writes nothing', async () => {
    const before = await countTickets()
    const answer = await refused(call({ path: '/web', body: { kind: 'onBehalf', divisionCode: '4101', latitude: '91', longitude: '', phone: '12345', content: '' } }))
    expect(answer).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' })
    expect(answer.errors.map((error) => `${error.field}:${error.code}`).sort()).toEqual(
      ['address:REQUIRED', 'content:REQUIRED', 'divisionCode:DIVISION_REQUIRED', 'kind:KIND_REQUIRED', 'latitude:LATITUDE_RANGE', 'longitude:LONGITUDE_RANGE', 'phone:PHONE_FORMAT', 'topicCode:TOPIC_REQUIRED'].sort(),
    )
    expect(await refused(call({ path: '/web', body: request({ content: '长'.repeat(4001) }) }))).toMatchObject({ status: 422, errors: [{ field: 'content', code: 'TOO_LONG' }] })
    expect(await refused(call({ path: '/web', body: request({ topicCode: 'NO-SUCH' }) }))).toMatchObject({ status: 422, errors: [{ field: 'topicCode', code: 'UNKNOWN_TOPIC' }] })
    expect(await refused(call({ path: '/web', body: request({ divisionCode: '410105001000' }) }))).toMatchObject({ status: 422, errors: [{ field: 'divisionCode', code: 'UNKNOWN_DIVISION' }] })
    expect(await refused(call({ path: '/web', body: request({ kind: 5 }) }))).toMatchObject({ status: 400, errors: [{ field: 'kind', code: 'WRONG_TYPE' }] })
    const ten = await Promise.all(Array.from({ length: 10 }, (_, index) => photo(index)))
    expect(await refused(call({ path: '/web', body: request(), photos: ten }))).toMatchObject({ status: 422, errors: [{ field: 'photos', code: 'TOO_MANY_FILES' }] })
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\ntrailer<<>>\n%%EOF')
    expect(await refused(call({ path: '/web', body: request(), photos: [pdf] }))).toMatchObject({ status: 415, code: 'UNSUPPORTED_FILE_TYPE' })
    expect(await countTickets()).toBe(before)
  })

  it('creates the order (channel 网站), its photos and its history together', async () => {
    const response = await call({ path: '/web', body: request({ latitude: '34.7570', longitude: '113.6650', confidential: 'on' }), photos: [await photo(1), await photo(2)] })
    expect(response.status).toBe(201)
    const answer = await response.json()
    expect(answer).toMatchObject({ number: expect.stringMatching(/^GD\d{14}$/), status: 'received', kindLabel: '投诉', dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), photos: 2 })
    const ticket = await ticketNumbered(answer.number)
    expect(ticket).toMatchObject({ channel: 'web', kind: 'complaint', caller: { phone: PHONE, name: '王女士', confidential: true }, location: { address: '纬五路21号院东门', latitude: 34.757, longitude: 113.665 } })
    const photos = await payload.find({ collection: 'ticket-photos', where: { ticket: { equals: ticket.id } }, depth: 0 })
    expect(photos.docs).toHaveLength(2)
    expect(photos.docs[0]).toMatchObject({ mimeType: 'image/png', scope: { community: COMMUNITY } })
    const history = await payload.find({ collection: 'ticket-events', where: { ticket: { equals: ticket.id } }, depth: 0 })
    expect(history.docs.map((event) => event.action)).toEqual(['receive'])
  })

  it('writes nothing when storing a photo fails', async () => {
    const hooks = payload.collections['ticket-photos'].config.hooks.beforeChange
    const failing = () => {
      throw new Error('disk full')
    }
    hooks.push(failing)
    try {
      const before = await countTickets()
      expect((await call({ path: '/web', body: request({ content: '照片存不下时不应留下工单' }), photos: [await photo(3)] })).status).toBe(500)
      expect(await countTickets()).toBe(before)
    } finally {
      hooks.splice(hooks.indexOf(failing), 1)
    }
  })

  it('answers a retry with the same Idempotency-Key with the first order, and refuses the key for other content', async () => {
    const key = 'web-retry-0001'
    const first = await call({ path: '/web', body: request({ content: '重复提交的诉求只建一张工单' }), headers: { 'idempotency-key': key } })
    const again = await call({ path: '/web', body: request({ content: '重复提交的诉求只建一张工单' }), headers: { 'idempotency-key': key } })
    expect(first.status).toBe(201)
    expect(again.status).toBe(200)
    expect((await again.json()).number).toBe((await first.json()).number)
    expect(await refused(call({ path: '/web', body: request({ content: '换了内容' }), headers: { 'idempotency-key': key } }))).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' })
  })

  it('limits how many requests one client files', async () => {
    const client = '10.9.9.9'
    for (let index = 0; index < 10; index += 1) expect((await call({ path: '/web', client, body: request({ content: `同一客户端的第${index + 1}条诉求` }) })).status).toBe(201)
    const eleventh = await call({ path: '/web', client, body: request() })
    expect(eleventh.status).toBe(429)
    expect(eleventh.headers.get('retry-after')).toMatch(/^\d+$/)
  })

  it('answers a browser’s own form post with a page, refusals too', async () => {
    const html = { accept: 'text/html,application/xhtml+xml' }
    const page = await call({ path: '/web', body: request({ content: '没有脚本的浏览器提交的诉求' }), headers: html })
    expect(page.status).toBe(201)
    expect(page.headers.get('content-type')).toContain('text/html')
    const text = await page.text()
    expect(text).toMatch(/诉求已提交[\s\S]*GD\d{14}/)
    const refusal = await call({ path: '/web', body: request({ phone: '' }), headers: html })
    expect(refusal.status).toBe(422)
    expect(await refusal.text()).toContain('请填写手机号码')
  })

  it('answers the same form posted again the same day without JavaScript (a double click, a reload) with the first order, not a second', async () => {
    const html = { accept: 'text/html,application/xhtml+xml' }
    const content = '没有脚本时连按两次提交的诉求，只应有一张工单'
    const first = await (await call({ path: '/web', body: request({ content }), headers: html })).text()
    const again = await call({ path: '/web', body: request({ content }), headers: html })
    expect(again.status).toBe(200)
    const number = first.match(/GD\d{14}/)![0]
    expect(await again.text()).toContain(number)
    expect((await payload.count({ collection: 'tickets', where: { content: { equals: content } } })).totalDocs).toBe(1)
    // The JSON interface without a key files what it is sent: its callers send an Idempotency-Key to retry.
    await call({ path: '/web', body: request({ content }) })
    expect((await payload.count({ collection: 'tickets', where: { content: { equals: content } } })).totalDocs).toBe(2)
  })
})

describe('the guide a web request is about', () => {
  type Named = { aliases: string[]; code: string; id: string; title: string }
  /** The demo's published guides, and one of them with an alias no other guide shares as a title or alias. */
  async function publishedGuides() {
    const { docs } = await payload.find({ collection: 'services', where: { _status: { equals: 'published' } }, depth: 0, pagination: false, select: { code: true, title: true, aliases: true } })
    const guides = docs as unknown as Named[]
    const names = guides.flatMap((guide) => [guide.title, ...guide.aliases])
    const withOwnAlias = guides.find((guide) => guide.aliases.some((alias) => names.filter((name) => name === alias).length === 1))!
    return { first: guides[0]!, withOwnAlias, ownAlias: withOwnAlias.aliases.find((alias) => names.filter((name) => name === alias).length === 1)! }
  }
  /** In a community of its own, so these orders are not among the similar requests tested below. */
  const guideRequest = (overrides: Record<string, unknown>) => request({ divisionCode: '410105001002', ...overrides })
  /** A plain multipart form post, as a browser without JavaScript sends it. */
  const posted = async (overrides: Record<string, unknown>) => {
    const response = await call({ path: '/web', body: guideRequest(overrides), photos: [] })
    expect(response.status).toBe(201)
    return ticketNumbered((await response.json()).number)
  }

  it('links the published guide whose title or alias the resident typed, without a topic', async () => {
    const { first, ownAlias, withOwnAlias } = await publishedGuides()
    const byTitle = await posted({ topicCode: '', serviceQuery: ` ${first.title} `, content: '按指南去办，窗口说材料不对' })
    expect(byTitle).toMatchObject({ service: first.id, topic: null, content: '按指南去办，窗口说材料不对' })
    expect(await posted({ topicCode: '', serviceQuery: ownAlias })).toMatchObject({ service: withOwnAlias.id })
    // The page a browser without JavaScript gets names the guide.
    const page = await call({ path: '/web', body: guideRequest({ topicCode: '', serviceQuery: ownAlias, content: '按常用叫法找到的指南' }), headers: { accept: 'text/html' } })
    expect(page.status).toBe(201)
    expect(await page.text()).toContain(`<dd data-guide-title>${withOwnAlias.title}</dd>`)
  })

  it('files the request with words matching no guide, keeping them as the content’s last line', async () => {
    const ticket = await posted({ serviceQuery: '楼下早餐摊占道', content: '早上六点就开始占道经营' })
    expect(ticket).toMatchObject({ service: null, content: '早上六点就开始占道经营\n相关办事事项（居民填写）：楼下早餐摊占道', summary: '早上六点就开始占道经营' })
    // Words that name no guide are no topic: one of the two is still asked for.
    expect(await refused(call({ path: '/web', body: guideRequest({ topicCode: '', serviceQuery: '楼下早餐摊占道' }), photos: [] }))).toMatchObject({ status: 422, errors: [{ field: 'topicCode', code: 'TOPIC_REQUIRED' }] })
    // No room left in the content for the words: said beside the words.
    expect(await refused(call({ path: '/web', body: guideRequest({ content: '长'.repeat(3995), serviceQuery: '楼下早餐摊占道' }) }))).toMatchObject({
      status: 422,
      errors: [{ field: 'serviceQuery', code: 'TOO_LONG' }],
    })
  })

  it('takes a chosen guide (serviceCode) over the typed words, and refuses an unknown code naming the field', async () => {
    const { first } = await publishedGuides()
    expect(await posted({ topicCode: '', serviceCode: first.code, serviceQuery: first.title })).toMatchObject({ service: first.id, content: guideRequest({}).content })
    expect(await refused(call({ path: '/web', body: guideRequest({ serviceCode: 'NO-SUCH-GUIDE', serviceQuery: '随便写的' }), photos: [] }))).toMatchObject({
      status: 422,
      errors: [{ field: 'serviceCode', code: 'UNKNOWN_SERVICE' }],
    })
  })
})

describe('GET /api/tickets/similar', () => {
  it('lists alike open requests in the same community only, never confidential ones, without personal numbers', async () => {
    const text = '小区东门口路灯不亮，晚上出门不安全'
    const listed = await submitted({ content: `东门口的路灯坏了不亮，晚上出门很不安全，联系我13800001234` })
    await submitted({ content: '东门口的路灯坏了不亮，晚上出门很不安全', confidential: true })
    await submitted({ content: '东门口的路灯坏了不亮，晚上出门很不安全', divisionCode: '410105001002' })
    await submitted({ content: '楼上装修噪音太大，周末一早就开始施工' })
    const closed = await createTicket(payload, { summary: '东门口路灯不亮', content: '东门口的路灯坏了不亮，晚上出门很不安全' })
    await ticketAction(payload, 'agent-community', closed.id, { action: 'answerDirectly', note: '已联系物业修复' })

    const response = await call({ path: '/similar', method: 'get', query: { division: COMMUNITY, text } })
    expect(response.status).toBe(200)
    const { requests } = await response.json()
    expect(requests.map((each: { number: string }) => each.number)).toEqual([listed.number])
    expect(requests[0]).toMatchObject({ kindLabel: '投诉', statusLabel: '已受理', receivedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })
    expect(requests[0].summary).not.toContain('13800001234')
    expect(Object.keys(requests[0]).sort()).toEqual(['kind', 'kindLabel', 'number', 'receivedOn', 'status', 'statusLabel', 'summary'])
    expect(await refused(call({ path: '/similar', method: 'get', query: { division: 'x', text } }))).toMatchObject({ status: 400 })
  })
})

describe('tracking a web request by number and phone', () => {
  it('opens the order to its phone only, five wrong phones per number in 15 minutes', async () => {
    const { number } = await submitted({ content: '查询限制测试用的诉求' })
    const first = await refused(track(number, '13900000000'))
    expect(first).toMatchObject({ status: 404, message: expect.stringContaining('还可以再试4次') })
    for (let index = 0; index < 4; index += 1) await refused(track(number, '13900000000'))
    expect(await refused(track(number, PHONE))).toMatchObject({ status: 429, code: 'LOCKED' })
    expect(await refused(track('GD00000000000000', PHONE))).toMatchObject({ status: 404 })
    expect(await refused(call({ path: '/track', body: { number: 'nonsense', phone: PHONE } }))).toMatchObject({ status: 422 })
  })

  it('shows the public steps and the reply, lets the caller rate, and reopen within 15 days', async () => {
    const { number } = await submitted({ content: '评价和重新办理测试用的诉求' })
    const ticket = await ticketNumbered(number)
    await ticketAction(payload, 'agent-community', ticket.id, { action: 'dispatch', department: await departmentId(payload, 'jinshui-civil-affairs') })
    await ticketAction(payload, 'agent-community', ticket.id, { action: 'remind', note: '内部催办：请尽快' })
    await ticketAction(payload, 'reviewer-district', ticket.id, { action: 'accept' })
    await ticketAction(payload, 'reviewer-district', ticket.id, { action: 'reply', note: '路灯已于今天修复。' })
    const beforeClosing = await (await track(number)).json()
    expect(beforeClosing).toMatchObject({ statusLabel: '已回复', reply: null, canRate: false })
    await ticketAction(payload, 'agent-community', ticket.id, { action: 'close' })

    const closed = await (await track(number)).json()
    expect(closed).toMatchObject({ status: 'closed', reply: '路灯已于今天修复。', canRate: true, canReopen: true, dueDate: null })
    expect(closed.timeline.map((step: { label: string }) => step.label)).toEqual(['已受理', '已派给承办单位', '承办单位已签收，正在办理', '承办单位已答复', '已办结'])
    expect(JSON.stringify(closed)).not.toMatch(/内部催办|actorName|agent|reviewer/)

    const rated = await (await call({ path: '/track/rate', body: { number, phone: PHONE, satisfaction: '4' } })).json()
    expect(rated).toMatchObject({ status: 'evaluated', satisfactionLabel: '满意', canRate: false, canReopen: true })
    expect(await refused(call({ path: '/track/rate', body: { number, phone: PHONE, satisfaction: '5' } }))).toMatchObject({ status: 409 })
    expect(await refused(call({ path: '/track/reopen', body: { number, phone: PHONE } }))).toMatchObject({ status: 422 })

    const reopened = await (await call({ path: '/track/reopen', body: { number, phone: PHONE, note: '晚上路灯还是不亮' } })).json()
    expect(reopened).toMatchObject({ status: 'received', canReopen: false, dueDate: expect.any(String) })
    expect(reopened.timeline.at(-1)).toMatchObject({ label: '您反映问题没有解决，已重新受理', note: '晚上路灯还是不亮' })
    const stored = await ticketNumbered(number)
    expect(stored).toMatchObject({ reopens: 1, closedAt: null })
    const events = await payload.find({ collection: 'ticket-events', where: { ticket: { equals: ticket.id } }, sort: '-createdAt', depth: 0, limit: 1 })
    expect(events.docs[0]).toMatchObject({ action: 'reopen', by: 'resident', actorName: '来电人（网上）' })

    const agent = await signedIn(payload, 'agent-community')
    const queue = (await ticketQueues(payload, agent)).find((each) => each.key === 'reopened')!
    const inQueue = await payload.find({ collection: 'tickets', where: queue.where, user: agent, overrideAccess: false, depth: 0 })
    expect(inQueue.docs.map((doc) => doc.number)).toContain(number)
  })

  it('refuses "没有解决" more than 15 days after 办结', async () => {
    const { number } = await submitted({ content: '超过十五天才反映没有解决' })
    const ticket = await ticketNumbered(number)
    await ticketAction(payload, 'agent-community', ticket.id, { action: 'answerDirectly', note: '已答复：请联系物业。' })
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 16 * 24 * 3600 * 1000 })
    const late = await (await track(number)).json()
    expect(late).toMatchObject({ status: 'closed', canReopen: false, reply: '已答复：请联系物业。' })
    expect(await refused(call({ path: '/track/reopen', body: { number, phone: PHONE, note: '还是没解决' } }))).toMatchObject({ status: 409, code: 'REOPEN_EXPIRED' })
  })

  it('does not let staff take the caller’s steps through the desk’s actions endpoint', async () => {
    const ticket = await createTicket(payload)
    await ticketAction(payload, 'agent-community', ticket.id, { action: 'answerDirectly', note: '已答复' })
    expect(await refused(ticketAction(payload, 'agent-community', ticket.id, { action: 'rate', satisfaction: '5' }))).toMatchObject({ status: 400, code: 'UNKNOWN_ACTION' })
  })
})
