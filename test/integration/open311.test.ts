import { XMLParser } from 'fast-xml-parser'
import type { Endpoint } from 'payload'
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Service } from '../../cms/payload-types'
import { useTestPayload } from '../helpers/payload'
import { divisionId } from '../helpers/users'

const payload = useTestPayload({ seeded: true })
const API_KEY = 'open311-client-key-0001'
const xml = (text: string) => new XMLParser({ parseTagValue: false, ignoreDeclaration: true }).parse(text)

/** Call a GeoReport endpoint in-process: `path` below /open311/v2, GET with a query or POST with a form body. */
async function call(path: string, { form, method = 'get', query = '' }: { form?: Record<string, string>; method?: 'get' | 'post'; query?: string } = {}): Promise<Response> {
  const headers = new Headers(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {})
  const req = await createLocalReq({ req: { headers, url: `http://localhost/api/open311/v2/${path}${query ? `?${query}` : ''}` } }, payload)
  if (form) req.text = async () => new URLSearchParams(form).toString()
  const segments = path.split('/')
  const endpoints = (payload.config.endpoints as Endpoint[]).filter((each) => each.method === method && each.path.startsWith('/open311/v2/'))
  const endpoint = endpoints.find((each) => each.path.split('/').length - 3 === segments.length && (segments.length === 1 || each.path.includes(`/${segments[0]}/`)))!
  req.routeParams = segments.length === 1 ? { resource: segments[0]! } : { [endpoint.path.split(':')[1]!]: segments[1]! }
  return endpoint.handler(req)
}

let service: Service

beforeAll(async () => {
  const { docs } = await payload.find({ collection: 'services', where: { and: [{ kind: { equals: 'online' } }, { _status: { equals: 'published' } }] }, limit: 1, depth: 0 })
  service = docs[0]!
  await payload.create({
    collection: 'api-clients',
    data: { name: '城市运行平台', division: await divisionId(payload, '410100000000'), collections: ['tickets'], mode: 'readWrite', enableAPIKey: true, apiKey: API_KEY } as never,
  })
})

/** A complete request for the first online service: every required attribute with a valid value. */
function validForm(): Record<string, string> {
  const form: Record<string, string> = { api_key: API_KEY, service_code: service.code, address_id: '410105001001', description: '想办理这个事项，请联系我', first_name: '明', last_name: '王', phone: '13800138000' }
  for (const field of service.applicationForm?.fields ?? []) {
    if (!field.required) continue
    const value = field.options?.[0] ?? { number: '3', date: '2026-01-05', phone: '13800138000', 'id-number': '11010519491231002X', email: 'a@example.cn' }[field.type as string] ?? '测试'
    form[`attribute[${field.name}]`] = value
  }
  return form
}

describe('Open311 GeoReport v2', () => {
  it('describes itself and its services, in JSON and XML', async () => {
    const discovery = (await (await call('discovery.json')).json()) as { endpoints: { formats: string[]; specification: string; url: string }[] }
    expect(discovery.endpoints[0]).toMatchObject({ specification: 'http://wiki.open311.org/GeoReport_v2', formats: ['application/json', 'text/xml'] })
    expect(xml(await (await call('discovery.xml')).text()).discovery.endpoints.endpoint.formats.format).toEqual(['application/json', 'text/xml'])

    const services = (await (await call('services.json')).json()) as { metadata: boolean; service_code: string; type: string }[]
    expect(services.find((each) => each.service_code === service.code)).toMatchObject({ metadata: true, type: 'realtime' })
    const listed = xml(await (await call('services.xml')).text()).services.service
    expect([listed].flat().some((each: { service_code: string }) => each.service_code === service.code)).toBe(true)

    const definition = (await (await call(`services/${service.code}.json`)).json()) as {
      attributes: { code: string; datatype: string; order: number; required: boolean; values: unknown[]; variable: boolean }[]
      service_code: string
    }
    // Choice questions carry their options as values.
    const lists = definition.attributes.filter((attribute) => attribute.datatype.endsWith('valuelist'))
    expect(lists.length).toBeGreaterThan(0)
    expect(lists.every((attribute) => attribute.values.length > 0)).toBe(true)
    expect(definition.service_code).toBe(service.code)
    expect(definition.attributes.map((attribute) => attribute.code)).toEqual((service.applicationForm?.fields ?? []).map((field) => field.name))
    expect(definition.attributes.every((attribute, index) => attribute.variable && attribute.order === index + 1)).toBe(true)
    const unknown = await call('services/999999.xml')
    expect(unknown.status).toBe(404)
    expect(xml(await unknown.text())).toMatchObject({ errors: { error: { code: '404' } } })
  })

  it('takes a request as a work order and reads it back, by id, by token and by filter', async () => {
    const created = await call('requests.json', { method: 'post', form: validForm() })
    expect(created.status).toBe(201)
    const id = ((await created.json()) as { service_request_id: string }[])[0]!.service_request_id
    expect(id).toMatch(/^GD\d{14}$/)
    const ticket = (await payload.find({ collection: 'tickets', where: { number: { equals: id } }, depth: 0 })).docs[0]!
    expect(ticket).toMatchObject({ channel: 'open311', service: service.id, scope: { community: '410105001001' } })

    const read = (await (await call(`requests/${id}.json`, { query: `api_key=${API_KEY}` })).json()) as Record<string, unknown>[]
    expect(read[0]).toMatchObject({ service_request_id: id, status: 'open', service_code: service.code, address_id: '410105001001' })
    expect(JSON.stringify(read)).not.toContain('13800138000')
    expect(xml(await (await call(`requests/${id}.xml`, { query: `api_key=${API_KEY}` })).text()).service_requests.request).toMatchObject({ service_request_id: id, status: 'open' })
    expect(await (await call(`tokens/${id}.json`, { query: `api_key=${API_KEY}` })).json()).toEqual([{ service_request_id: id, token: id }])
    const open = (await (await call('requests.json', { query: `api_key=${API_KEY}&status=open&service_code=${service.code}` })).json()) as { service_request_id: string }[]
    expect(open.map((each) => each.service_request_id)).toContain(id)
    const closed = (await (await call('requests.json', { query: `api_key=${API_KEY}&status=closed` })).json()) as { service_request_id: string }[]
    expect(closed.map((each) => each.service_request_id)).not.toContain(id)
  })

  it('lets anyone read a request’s public facts without an api_key, and nothing a resident wrote or where', async () => {
    const form = { ...validForm(), address_string: '金水路1号院3号楼', lat: '34.75', long: '113.66', media_url: 'https://city.example.cn/photos/1.jpg' }
    const id = ((await (await call('requests.json', { method: 'post', form })).json()) as { service_request_id: string }[])[0]!.service_request_id

    const anonymous = await call(`requests/${id}.json`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const [seen] = (await anonymous.json()) as Record<string, unknown>[]
    expect(seen).toMatchObject({ service_request_id: id, status: 'open', service_code: service.code, address_id: '410105001001', description: null, address: null, lat: null, long: null, media_url: null, zipcode: null })
    expect(typeof seen!.status_notes).toBe('string')
    const text = JSON.stringify(seen)
    for (const personal of ['13800138000', '王', '金水路', '请联系我', 'photos']) expect(text).not.toContain(personal)
    expect(xml(await (await call(`requests/${id}.xml`)).text()).service_requests.request).toMatchObject({ service_request_id: id, status: 'open' })
    expect(await (await call(`tokens/${id}.json`)).json()).toEqual([{ service_request_id: id, token: id }])
    const listed = (await (await call('requests.json', { query: `status=open&service_code=${service.code}` })).json()) as { service_request_id: string }[]
    expect(listed.map((each) => each.service_request_id)).toContain(id)

    // A client with a key sees what was sent, the picture as a link, the point as numbers.
    const [keyed] = (await (await call(`requests/${id}.json`, { query: `api_key=${API_KEY}` })).json()) as Record<string, unknown>[]
    expect(keyed).toMatchObject({ address: '金水路1号院3号楼', lat: 34.75, long: 113.66, media_url: 'https://city.example.cn/photos/1.jpg', description: expect.stringContaining('请联系我') })
    expect(JSON.stringify(keyed)).not.toContain('13800138000')
  })

  it('answers empty values as null, takes several statuses and service codes, and lets service_request_id override the rest', async () => {
    const id = ((await (await call('requests.json', { method: 'post', form: validForm() })).json()) as { service_request_id: string }[])[0]!.service_request_id
    const [read] = (await (await call(`requests/${id}.json`, { query: `api_key=${API_KEY}` })).json()) as Record<string, unknown>[]
    expect(read).toMatchObject({ lat: null, long: null, address: null, media_url: null, agency_responsible: null })
    expect(new Date(read!.requested_datetime as string).toISOString()).toBe(read!.requested_datetime)

    const ids = async (query: string) => ((await (await call('requests.json', { query: `api_key=${API_KEY}&${query}` })).json()) as { service_request_id: string }[]).map((each) => each.service_request_id)
    expect(await ids('status=open,closed')).toContain(id)
    const other = (await payload.find({ collection: 'services', where: { and: [{ kind: { equals: 'online' } }, { _status: { equals: 'published' } }, { id: { not_equals: service.id } }] }, limit: 1, depth: 0 })).docs[0]!
    expect(await ids(`service_code=${other.code},${service.code}`)).toContain(id)
    expect(await ids(`service_code=${other.code}`)).not.toContain(id)
    expect(await ids(`service_request_id=${id}&status=closed&service_code=${other.code}`)).toEqual([id])
    expect((await call('requests.json', { query: `api_key=${API_KEY}&status=open,pending` })).status).toBe(400)
  })

  it('reads a date attribute sent as an ISO 8601 datetime as its day in Beijing', async () => {
    const { docs } = await payload.find({ collection: 'services', where: { and: [{ kind: { equals: 'online' } }, { _status: { equals: 'published' } }] }, limit: 0, pagination: false, depth: 0 })
    const dated = docs.find((each) => each.applicationForm?.fields?.some((field) => field.type === 'date'))!
    const dateField = dated.applicationForm!.fields!.find((field) => field.type === 'date')!
    const form: Record<string, string> = { api_key: API_KEY, service_code: dated.code, address_id: '410105001001' }
    for (const field of dated.applicationForm?.fields ?? []) {
      if (field.required) form[`attribute[${field.name}]`] = field.options?.[0] ?? { number: '3', date: '2026-01-05', phone: '13800138000', 'id-number': '11010519491231002X', email: 'a@example.cn' }[field.type as string] ?? '测试'
    }
    form[`attribute[${dateField.name}]`] = '2026-01-04T20:00:00Z'
    const created = await call('requests.json', { method: 'post', form })
    expect(created.status).toBe(201)
    const id = ((await created.json()) as { service_request_id: string }[])[0]!.service_request_id
    const ticket = (await payload.find({ collection: 'tickets', where: { number: { equals: id } }, depth: 0 })).docs[0]!
    expect(ticket.content).toContain(`${dateField.label}：2026-01-05`)
  })

  it('answers 200 to a client set for it, and refuses a media_url that is not a web address', async () => {
    const key = 'open311-legacy-key-0003'
    await payload.create({
      collection: 'api-clients',
      data: { name: '旧版城市管理系统', division: await divisionId(payload, '410100000000'), collections: ['tickets'], mode: 'readWrite', enableAPIKey: true, apiKey: key, open311CreatedStatus: '200' } as never,
    })
    expect((await call('requests.json', { method: 'post', form: { ...validForm(), api_key: key } })).status).toBe(200)
    expect((await call('requests.json', { method: 'post', form: { ...validForm(), media_url: 'javascript:alert(1)' } })).status).toBe(400)
  })

  it('refuses public reads where the city turned them off, and limits them per client address with Retry-After', async () => {
    process.env.OPEN311_PUBLIC_READS = 'off'
    try {
      const refused = await call('requests.json')
      expect(refused.status).toBe(403)
      expect(((await (await call('discovery.json')).json()) as { key_service: string }).key_service).not.toContain('不需要密钥')
    } finally {
      delete process.env.OPEN311_PUBLIC_READS
    }
    process.env.OPEN311_PUBLIC_READ_LIMIT = '2/60'
    try {
      const statuses = []
      for (let index = 0; index < 4; index += 1) statuses.push(await call('services.json').then(() => call('requests.json')))
      const limited = statuses.find((answer) => answer.status === 429)!
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
      expect(await limited.json()).toEqual([{ code: 429, description: expect.any(String) }])
    } finally {
      delete process.env.OPEN311_PUBLIC_READ_LIMIT
    }
  })

  it.each([
    ['no api_key', { api_key: '' }, 403],
    ['a wrong api_key', { api_key: 'not-a-key' }, 403],
    ['an unknown service', { service_code: '999999' }, 404],
    ['no location', { address_id: '' }, 400],
    ['a description over 4,000 characters', { description: '长'.repeat(4001) }, 400],
    ['a phone that is not one', { phone: '1380013800x' }, 400],
    ['an e-mail that is not one', { email: 'not-an-email' }, 400],
    ['a direction override in the description', { description: '请处理\u202E理处请' }, 400],
    ['a NUL in the caller’s name', { first_name: '明\u0000' }, 400],
  ])('refuses a request with %s in the standard error shape, and stores nothing', async (_, change, status) => {
    const before = (await payload.count({ collection: 'tickets' })).totalDocs
    const refused = await call('requests.json', { method: 'post', form: { ...validForm(), ...change } })
    expect(refused.status).toBe(status)
    expect(await refused.json()).toEqual([{ code: status, description: expect.any(String) }])
    expect((await payload.count({ collection: 'tickets' })).totalDocs).toBe(before)
  })

  it('refuses a body that is not a form, and a range over 90 days', async () => {
    const req = await createLocalReq({ req: { headers: new Headers({ 'content-type': 'application/xml' }), url: 'http://localhost/api/open311/v2/requests.xml' } }, payload)
    req.text = async () => '<request><oops>'
    req.routeParams = { resource: 'requests.xml' }
    const post = (payload.config.endpoints as Endpoint[]).find((each) => each.method === 'post' && each.path === '/open311/v2/:resource')!
    const refused = await post.handler(req)
    expect(refused.status).toBe(400)
    expect(xml(await refused.text())).toMatchObject({ errors: { error: { code: '400' } } })
    const long = await call('requests.json', { query: `api_key=${API_KEY}&start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z` })
    expect(long.status).toBe(400)
  })

  it('holds a client to its calls per minute with a 429 in the standard shape, and stores nothing', async () => {
    const key = 'open311-limited-key-0002'
    await payload.create({
      collection: 'api-clients',
      data: { name: '限流测试系统', division: await divisionId(payload, '410100000000'), collections: ['tickets'], mode: 'readWrite', enableAPIKey: true, apiKey: key, rateLimitPerMinute: 2 } as never,
    })
    const query = `api_key=${key}`
    expect((await call('requests.json', { query })).status).toBe(200)
    expect((await call('requests.json', { method: 'post', form: { ...validForm(), api_key: key } })).status).toBe(201)
    const before = (await payload.count({ collection: 'tickets' })).totalDocs
    const refused = await call('requests.json', { method: 'post', form: { ...validForm(), api_key: key } })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(await refused.json()).toEqual([{ code: 429, description: expect.stringContaining('调用太频繁') }])
    expect((await payload.count({ collection: 'tickets' })).totalDocs).toBe(before)
    // Another client's minute is its own.
    expect((await call('requests.json', { query: `api_key=${API_KEY}` })).status).toBe(200)
  })
})
