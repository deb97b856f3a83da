import { beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../scripts/lib/seed'
import { baseUrl } from './browser'
import { INTERNAL_NAMES, type MalformedRequest, malformedRequests } from './malformedRequests'

/**
 * An attacker's sweep of malformed requests over the real HTTP server: every
 * answer is a 4xx in the route's own shape, and no answer names an internal
 * class, table, query or stack frame. Gateway routes (Open311, inbound SMS
 * and e-mail) are swept with a real API key, so their own checks are reached.
 */

const api = (path: string, init: RequestInit = {}) => fetch(`${baseUrl()}${path}`, init)
const API_KEY = `sweep-client-${Date.now()}`
let staff: HeadersInit

async function tokenFor(username: string): Promise<string> {
  const response = await api('/api/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  })
  return ((await response.json()) as { token: string }).token
}

/** An API client of the city that may create work orders, as the hotline's gateways are. */
async function createGatewayClient(): Promise<void> {
  const divisions = (await (await api('/api/divisions?where[code][equals]=410100000000&depth=0', { headers: staff })).json()) as { docs: { id: string }[] }
  const response = await api('/api/api-clients', {
    method: 'POST',
    headers: { ...staff, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: '扫描测试', division: divisions.docs[0]!.id, collections: ['tickets'], mode: 'readWrite', enableAPIKey: true, apiKey: API_KEY }),
  })
  expect(response.status).toBe(201)
}

const gateway = { Authorization: `api-clients API-Key ${API_KEY}` }

/** Requests only a gateway client reaches the checks of. */
const gatewayRequests = (): MalformedRequest[] => [
  ...['null', '[]', '"x"', '{', '{"messageId":1}', '{"messageId":"m1","from":"abc","text":"x"}', '{"messageId":"m2","from":"13800138000","text":"a\\u202Eb"}'].flatMap((body) =>
    ['sms', 'email'].map((channel) => ({
      label: `inbound ${channel} ${body}`,
      path: `/api/tickets/inbound/${channel}`,
      init: { method: 'POST', headers: { ...gateway, 'Content-Type': 'application/json' }, body },
    })),
  ),
  ...[
    'service_code=x',
    'service_code=x&lat=abc&long=def',
    'lat=1e999&long=-1e999&service_code=x',
    'phone=abc',
    'email=not-an-email',
    'description=%E2%80%AE',
  ].map((form) => ({
    label: `Open311 ${form}`,
    path: '/api/open311/v2/requests.json',
    init: { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `api_key=${API_KEY}&${form}` },
  })),
]

/** An otherwise valid application for a service with an upload slot. */
const applicationBy = (name: string) => ({
  serviceCode: '030502',
  divisionCode: '410105001001',
  applicant: { name, idNumber: '11010519491231002X', phone: '13800138000', email: '' },
  answers: { applicantType: '16至24岁失业青年', preferredIndustry: '其他' },
})

/** Send requests a few at a time, as a sweep would. */
async function sendAll(requests: MalformedRequest[]): Promise<{ body: string; label: string; status: number }[]> {
  const answers: { body: string; label: string; status: number }[] = []
  let next = 0
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++]!
      const response = await api(request.path, request.init)
      answers.push({ label: request.label, status: response.status, body: await response.text() })
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker))
  return answers
}

beforeAll(async () => {
  staff = { Authorization: `JWT ${await tokenFor('admin-city')}` }
  await createGatewayClient()
})

describe('malformed requests', () => {
  it('are answered with a 4xx that names nothing internal, over every route', { timeout: 600_000 }, async () => {
    const answers = await sendAll([...malformedRequests(staff), ...gatewayRequests()])
    expect(answers.length).toBeGreaterThan(1000)
    const serverErrors = answers.filter((answer) => answer.status >= 500).map(({ label, status }) => `${status} ${label}`)
    expect(serverErrors).toEqual([])
    const leaks = answers.filter((answer) => answer.status >= 400).filter((answer) => INTERNAL_NAMES.test(answer.body) || /"name":/.test(answer.body)).map(({ body, label }) => `${label}: ${body.slice(0, 200)}`)
    expect(leaks).toEqual([])
  })

  it.each([
    ['a where that is not JSON', '/api/persons?where=abc', 'MALFORMED_QUERY'],
    ['a condition without an operator', '/api/divisions?where[name]', 'MALFORMED_QUERY'],
    ['an unknown operator', '/api/divisions?where[name][sounds_like]=x', 'MALFORMED_QUERY'],
    ['and/or that is no list', '/api/divisions?where[and]=x', 'MALFORMED_QUERY'],
    ['a non-date in a date filter', '/api/tickets?where[receivedAt][greater_than]=notadate', 'MALFORMED_QUERY'],
    ['a non-date on applications', '/api/applications?where[createdAt][less_than]=2026-02-31x', 'MALFORMED_QUERY'],
    ['near on a field without coordinates', '/api/divisions?where[name][near]=113.6,34.7', 'MALFORMED_QUERY'],
    ['a limit that is no number', '/api/divisions?limit=abc', 'MALFORMED_QUERY'],
    ['an endless page', '/api/divisions?page=1e309', 'MALFORMED_QUERY'],
    ['a sort by a field that does not exist', '/api/divisions?sort=nosuchfield', 'MALFORMED_QUERY'],
    ['broken percent-encoding in the path', '/api/%E0%A4%A', 'MALFORMED_URL'],
    ['broken percent-encoding in the query', '/api/divisions?where%ZZ', 'MALFORMED_URL'],
  ])('refuses %s with 400 and a Chinese message', async (_name, path, code) => {
    const response = await api(path, { headers: staff })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data: { code: string }; message: string }[] }
    expect(body.errors[0]).toMatchObject({ data: { code } })
    expect(body.errors[0]!.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it.each(['{', 'null', '1', '[]', '{"query":1}'])('refuses the GraphQL body %s with a 4xx', async (body) => {
    const response = await api('/api/graphql', { method: 'POST', headers: { ...staff, 'Content-Type': 'application/json' }, body })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })

  it.each(['null', '42', '"text"', '[1]', '{'])('refuses %s as the body of a create, a sign-in and a custom endpoint', async (body) => {
    for (const path of ['/api/topics', '/api/users/login', '/api/applications/status']) {
      const response = await api(path, { method: 'POST', headers: { ...staff, 'Content-Type': 'application/json' }, body })
      expect([path, response.status >= 400 && response.status < 500]).toEqual([path, true])
    }
  })

  it('refuses a file that claims to be a PDF but is not one, as a resident attachment and as media', async () => {
    const fake = new Blob(['%PDF-1.7\nnot really a document'], { type: 'application/pdf' })
    const form = new FormData()
    form.set('application', JSON.stringify(applicationBy('王小明')))
    form.append('upload-0', fake, 'id.pdf')
    const submit = await api('/api/applications/submit', { method: 'POST', body: form, headers: { 'X-Forwarded-For': '10.99.1.1' } })
    expect(submit.status).toBe(422)
    expect(await submit.json()).toMatchObject({ code: 'INVALID_PDF' })

    const media = new FormData()
    media.append('file', fake, 'guide.pdf')
    media.set('_payload', JSON.stringify({ alt: '说明' }))
    const upload = await api('/api/media', { method: 'POST', body: media, headers: staff })
    expect(upload.status).toBe(400)
  })

  it('refuses direction controls in an applicant’s name with the message the portal shows', async () => {
    const response = await api('/api/applications/submit', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '10.99.1.2' },
      body: JSON.stringify(applicationBy('王\u202E明')),
    })
    expect(response.status).toBe(422)
    expect(await response.json()).toMatchObject({ errors: [{ field: 'applicant.name', code: 'DIRECTION_CONTROL', message: expect.stringContaining('文字方向控制符') }] })
  })
})
