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
    expect(await refused.json()).toEqual([{ code: 429, description: expect.stringContaining('调用太频繁') }])
    expect((await payload.count({ collection: 'tickets' })).totalDocs).toBe(before)
    // Another client's minute is its own.
    expect((await call('requests.json', { query: `api_key=${API_KEY}` })).status).toBe(200)
  })
})
