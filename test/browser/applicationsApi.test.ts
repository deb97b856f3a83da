import { randomUUID } from 'node:crypto'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import type { StatusAnswer, SubmitAnswer } from '../../collections/Applications/states'
import { DEMO_PASSWORD } from '../../scripts/lib/seed'
import { baseUrl } from './browser'

/**
 * The application endpoints over real HTTP, as the portal and other systems
 * call them. Every request names its own client address (the test platform
 * trusts this machine as its proxy, so X-Forwarded-For is taken as given) so that the
 * per-client limits of one test do not spill into another.
 */

const api = (path: string, init: RequestInit = {}) => fetch(`${baseUrl()}${path}`, init)
const client = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`

const validApplication = () => ({
  serviceCode: '030502',
  divisionCode: '410105001001',
  applicant: { name: '王小明', idNumber: '11010519491231002X', phone: '13800138000', email: '' },
  answers: { applicantType: '16至24岁失业青年', preferredIndustry: '其他' },
})

const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  api(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client(), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

const postForm = (path: string, form: FormData, headers: Record<string, string> = {}) =>
  api(path, { method: 'POST', body: form, headers: { 'X-Forwarded-For': client(), ...headers } })

const formWith = (application: unknown, files: [string, Blob, string][] = []) => {
  const form = new FormData()
  form.set('application', JSON.stringify(application))
  for (const [field, blob, name] of files) form.append(field, blob, name)
  return form
}

const tokens = new Map<string, string>()
async function tokenFor(username: string): Promise<string> {
  if (!tokens.has(username)) {
    const response = await postJson('/api/users/login', { username, password: DEMO_PASSWORD })
    tokens.set(username, ((await response.json()) as { token: string }).token)
  }
  return tokens.get(username)!
}
const asStaff = async (username: string, path: string, init: RequestInit = {}) =>
  api(path, { ...init, headers: { ...init.headers, Authorization: `JWT ${await tokenFor(username)}` } })

/** How many applications and files exist, as the city administrator sees them. */
async function stored(): Promise<{ applications: number; files: number }> {
  const count = async (collection: string) =>
    ((await (await asStaff('admin-city', `/api/${collection}?limit=1&depth=0`)).json()) as { totalDocs: number }).totalDocs
  return { applications: await count('applications'), files: await count('application-files') }
}

const status = (answer: SubmitAnswer, code = answer.queryCode) =>
  api(`/api/applications/status?trackingNumber=${answer.trackingNumber}`, {
    headers: { 'X-Query-Code': code, 'X-Forwarded-For': client() },
  })

/** A JPEG carrying EXIF with the camera, the owner's name and a GPS position. */
const photoWithGps = () =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: '#7799bb' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestCam', Artist: 'Wang Xiaoming' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '34/1 45/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '113/1 39/1 0/1' },
    })
    .toBuffer()

describe('POST /api/applications/submit', () => {
  let infoService = ''
  beforeAll(async () => {
    const response = await api('/api/services?where[kind][equals]=info&limit=1&depth=0')
    infoService = ((await response.json()) as { docs: { code: string }[] }).docs[0]!.code
  })

  it('stores a valid application and answers with a tracking number and a one-time query code', async () => {
    const response = await postJson('/api/applications/submit', validApplication())
    expect(response.status).toBe(201)
    const answer = (await response.json()) as SubmitAnswer
    expect(answer.trackingNumber).toMatch(/^YZ\d{14}$/)
    expect(answer.queryCode).toMatch(/^\d{6}$/)
    expect(answer).toMatchObject({ status: 'submitted', statusLabel: '已提交', service: { code: '030502' } })
  })

  const badInputs: { name: string; send: () => Promise<Response>; status: number; code: string; field?: string }[] = [
    { name: 'malformed JSON', send: () => postJson('/api/applications/submit', '{"serviceCode": "030502",'), status: 400, code: 'MALFORMED_JSON' },
    {
      name: 'a JSON array instead of an object',
      send: () => postJson('/api/applications/submit', '[1,2]'),
      status: 400,
      code: 'MALFORMED_JSON',
    },
    {
      name: 'a number where a name belongs',
      send: () => postJson('/api/applications/submit', { ...validApplication(), applicant: { ...validApplication().applicant, name: 42 } }),
      status: 400,
      code: 'MALFORMED_REQUEST',
      field: 'applicant.name',
    },
    {
      name: 'missing required answers',
      send: () => postJson('/api/applications/submit', { ...validApplication(), answers: {} }),
      status: 422,
      code: 'VALIDATION_FAILED',
      field: 'answers.applicantType',
    },
    {
      name: 'a wrong check character in the ID number',
      send: () =>
        postJson('/api/applications/submit', { ...validApplication(), applicant: { ...validApplication().applicant, idNumber: '110105194912310021' } }),
      status: 422,
      code: 'VALIDATION_FAILED',
      field: 'applicant.idNumber',
    },
    {
      name: 'an unknown service',
      send: () => postJson('/api/applications/submit', { ...validApplication(), serviceCode: '999999' }),
      status: 422,
      code: 'VALIDATION_FAILED',
      field: 'serviceCode',
    },
    {
      name: 'a service that is information only',
      send: () => postJson('/api/applications/submit', { ...validApplication(), serviceCode: infoService }),
      status: 422,
      code: 'VALIDATION_FAILED',
      field: 'serviceCode',
    },
    {
      name: 'a division that is not a community',
      send: () => postJson('/api/applications/submit', { ...validApplication(), divisionCode: '410105001000' }),
      status: 422,
      code: 'VALIDATION_FAILED',
      field: 'divisionCode',
    },
    {
      name: 'a 5,000-character name',
      send: () =>
        postJson('/api/applications/submit', { ...validApplication(), applicant: { ...validApplication().applicant, name: '王'.repeat(5000) } }),
      status: 422,
      code: 'VALIDATION_FAILED',
      field: 'applicant.name',
    },
    {
      name: 'a body of a megabyte',
      send: () =>
        postJson('/api/applications/submit', { ...validApplication(), answers: { ...validApplication().answers, preferredPost: 'x'.repeat(1024 * 1024) } }),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
    {
      name: 'a file over 10 MB',
      send: () =>
        postForm('/api/applications/submit', formWith(validApplication(), [['upload-0', new Blob([new Uint8Array(11 * 1024 * 1024)]), 'big.pdf']])),
      status: 413,
      code: 'VALIDATION_FAILED',
      field: 'uploads.0',
    },
    {
      name: 'a script renamed .jpg',
      send: () =>
        postForm(
          '/api/applications/submit',
          formWith(validApplication(), [['upload-0', new Blob(['#!/bin/sh\nrm -rf /\n'], { type: 'image/jpeg' }), 'photo.jpg']]),
        ),
      status: 415,
      code: 'UNSUPPORTED_FILE_TYPE',
      field: 'upload-0',
    },
    {
      name: 'too many files',
      send: async () => {
        const pdf = new Blob(['%PDF-1.4\n%%EOF\n'], { type: 'application/pdf' })
        const files = Array.from({ length: 21 }, (_, index) => ['upload-1', pdf, `page-${index}.pdf`] as [string, Blob, string])
        return postForm('/api/applications/submit', formWith(validApplication(), files))
      },
      status: 422,
      code: 'VALIDATION_FAILED',
      field: 'uploads',
    },
    {
      name: 'plain text instead of JSON or multipart',
      send: () =>
        api('/api/applications/submit', { method: 'POST', body: 'hello', headers: { 'Content-Type': 'text/plain', 'X-Forwarded-For': client() } }),
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'a malformed idempotency key',
      send: () => postJson('/api/applications/submit', validApplication(), { 'Idempotency-Key': 'short' }),
      status: 400,
      code: 'MALFORMED_REQUEST',
      field: 'Idempotency-Key',
    },
  ]

  it.each(badInputs)('answers $name with $status and stores nothing', async ({ send, status: expected, code, field }) => {
    const before = await stored()
    const response = await send()
    const body = (await response.json()) as { code: string; errors?: { field: string; message: string }[]; message: string }
    expect(response.status).toBe(expected)
    expect(body.code).toBe(code)
    expect(body.message).toMatch(/[\u4e00-\u9fff]/)
    if (field) expect(body.errors?.map((error) => error.field)).toContain(field)
    expect(await stored()).toEqual(before)
  })

  it('stores 500 concurrent submissions exactly once each, with unique tracking numbers', async () => {
    const before = await stored()
    const responses = await Promise.all(Array.from({ length: 500 }, () => postJson('/api/applications/submit', validApplication())))
    expect(responses.map((response) => response.status).filter((code) => code !== 201)).toEqual([])
    const answers = (await Promise.all(responses.map((response) => response.json()))) as SubmitAnswer[]
    expect(new Set(answers.map((answer) => answer.trackingNumber)).size).toBe(500)
    expect((await stored()).applications).toBe(before.applications + 500)
  }, 180_000)

  it('answers a retry with the same idempotency key with the first result, even when retries race', async () => {
    const key = randomUUID()
    const before = await stored()
    const first = await postJson('/api/applications/submit', validApplication(), { 'Idempotency-Key': key })
    expect(first.status).toBe(201)
    const firstAnswer = (await first.json()) as SubmitAnswer
    const retries = await Promise.all(
      Array.from({ length: 5 }, () => postJson('/api/applications/submit', validApplication(), { 'Idempotency-Key': key })),
    )
    for (const retry of retries) {
      expect(retry.status).toBe(200)
      expect(await retry.json()).toEqual(firstAnswer)
    }
    const racingKey = randomUUID()
    const racing = await Promise.all(
      Array.from({ length: 5 }, () => postJson('/api/applications/submit', validApplication(), { 'Idempotency-Key': racingKey })),
    )
    const racingAnswers = (await Promise.all(racing.map((response) => response.json()))) as SubmitAnswer[]
    expect(new Set(racingAnswers.map((answer) => answer.trackingNumber)).size).toBe(1)
    expect((await stored()).applications).toBe(before.applications + 2)

    const changed = await postJson('/api/applications/submit', { ...validApplication(), answers: { ...validApplication().answers, preferredIndustry: '教育培训' } }, { 'Idempotency-Key': key })
    expect(changed.status).toBe(422)
    expect(((await changed.json()) as { code: string }).code).toBe('IDEMPOTENCY_KEY_REUSED')
  })

  it('limits how often one client may submit', async () => {
    const address = client()
    const statuses: number[] = []
    for (let index = 0; index < 21; index += 1) {
      const response = await postJson('/api/applications/submit', { serviceCode: '999999' }, { 'X-Forwarded-For': address })
      statuses.push(response.status)
    }
    expect(statuses.slice(0, 20).every((code) => code === 422)).toBe(true)
    expect(statuses[20]).toBe(429)
    const limited = await postJson('/api/applications/submit', validApplication(), { 'X-Forwarded-For': address })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})

describe('GET /api/applications/status', () => {
  it('shows the state, timeline and masked name, and nothing about staff', async () => {
    const answer = (await (await postJson('/api/applications/submit', validApplication())).json()) as SubmitAnswer
    const response = await status(answer)
    expect(response.status).toBe(200)
    const body = (await response.json()) as StatusAnswer
    expect(body).toMatchObject({ trackingNumber: answer.trackingNumber, applicantName: '王**', status: 'submitted', dueDate: null })
    expect(body.timeline).toEqual([expect.objectContaining({ status: 'submitted', statusLabel: '已提交' })])
    expect(Object.keys(body).sort()).toEqual(
      ['acceptedAt', 'applicantName', 'can', 'completedAt', 'documents', 'dueDate', 'dueDateProvisional', 'handledWhere', 'outcome', 'outcomeLabel', 'partyName', 'rating', 'result', 'resultNote', 'service', 'status', 'statusLabel', 'submittedAt', 'supplementRequest', 'timeline', 'trackingNumber'].sort(),
    )
    const text = JSON.stringify(body)
    expect(text).not.toContain('11010519491231002X')
    expect(text).not.toContain('13800138000')
  })

  it('locks a tracking number after five wrong query codes, even for the right code', async () => {
    const answer = (await (await postJson('/api/applications/submit', validApplication())).json()) as SubmitAnswer
    const wrong = answer.queryCode === '000000' ? '111111' : '000000'
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const response = await status(answer, wrong)
      expect(response.status).toBe(404)
      expect(((await response.json()) as { message: string }).message).toContain(attempt < 5 ? `还可以再试${5 - attempt}次` : '错误次数已用完')
    }
    const sixth = await status(answer, wrong)
    expect(sixth.status).toBe(429)
    expect(((await sixth.json()) as { code: string }).code).toBe('LOCKED')
    const right = await status(answer)
    expect(right.status).toBe(429)
    // The lock lasts until the tracking number's 15-minute window ends.
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(Number(right.headers.get('retry-after'))).toBeLessThanOrEqual(900)
  })

  it('answers an unknown tracking number exactly like a wrong code', async () => {
    const response = await status({ trackingNumber: 'YZ26010100000000', queryCode: '123456' } as SubmitAnswer)
    expect(response.status).toBe(404)
    expect(((await response.json()) as { code: string }).code).toBe('NOT_FOUND')
  })
})

describe('attachments', () => {
  it('stores pictures re-encoded without EXIF or GPS, readable only by staff in scope, over REST and GraphQL', async () => {
    const form = formWith({ ...validApplication(), serviceCode: '030502' }, [['upload-0', new Blob([await photoWithGps()], { type: 'image/jpeg' }), 'IMG_0001.jpg']])
    const response = await postForm('/api/applications/submit', form)
    expect(response.status).toBe(201)
    const answer = (await response.json()) as SubmitAnswer

    const list = await asStaff('reviewer-street', `/api/application-files?where[application.trackingNumber][equals]=${answer.trackingNumber}&depth=0`)
    const files = ((await list.json()) as { docs: { filename: string; mimeType: string; url: string }[] }).docs
    expect(files).toHaveLength(1)
    expect(files[0]!.filename).not.toContain('IMG_0001')
    const download = await asStaff('reviewer-street', files[0]!.url)
    expect(download.status).toBe(200)
    expect(download.headers.get('cache-control')).toContain('no-store')
    const metadata = await sharp(Buffer.from(await download.arrayBuffer())).metadata()
    expect(metadata.format).toBe('jpeg')
    expect(metadata.exif).toBeUndefined()

    // Another street's reviewer, anonymous callers and GraphQL get nothing.
    expect((await asStaff('reviewer-street-b', files[0]!.url)).status).toBe(403)
    expect((await api(files[0]!.url)).status).toBe(403)
    const other = await asStaff('reviewer-street-b', `/api/applications?where[trackingNumber][equals]=${answer.trackingNumber}`)
    expect(((await other.json()) as { totalDocs: number }).totalDocs).toBe(0)
    const query = `{ Applications(where: { trackingNumber: { equals: "${answer.trackingNumber}" } }) { docs { id } } ApplicationFiles { docs { id filename } } }`
    const graphql = async (username: string) =>
      (await (
        await asStaff(username, '/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ query }),
        })
      ).json()) as { data: { ApplicationFiles: { docs: { filename: string }[] }; Applications: { docs: unknown[] } } }
    const ours = await graphql('reviewer-street')
    expect(ours.data.Applications.docs).toHaveLength(1)
    expect(ours.data.ApplicationFiles.docs.map((file) => file.filename)).toContain(files[0]!.filename)
    const theirs = await graphql('reviewer-street-b')
    expect(theirs.data.Applications.docs).toHaveLength(0)
    expect(theirs.data.ApplicationFiles.docs.map((file) => file.filename)).not.toContain(files[0]!.filename)
  })
})

describe('the resident after submitting', () => {
  it('supplements what the office asked for, sees the result and rates it once', async () => {
    const answer = (await (await postJson('/api/applications/submit', validApplication())).json()) as SubmitAnswer
    const { docs } = (await (
      await asStaff('reviewer-community', `/api/applications?where[trackingNumber][equals]=${answer.trackingNumber}&depth=0`)
    ).json()) as { docs: { id: string }[] }
    const id = docs[0]!.id
    const staffAction = (action: string, note = '') =>
      asStaff('reviewer-community', `/api/applications/${id}/actions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action, note }),
      })
    expect((await staffAction('accept')).status).toBe(200)
    expect((await staffAction('requestSupplement')).status).toBe(422)
    expect((await staffAction('requestSupplement', '请上传毕业证书')).status).toBe(200)

    const waiting = (await (await status(answer)).json()) as StatusAnswer
    expect(waiting).toMatchObject({ status: 'supplement', supplementRequest: { note: '请上传毕业证书' }, can: { supplement: true, rate: false } })

    const form = new FormData()
    form.set('trackingNumber', answer.trackingNumber)
    form.set('queryCode', answer.queryCode)
    form.set('note', '已上传毕业证书')
    form.append('files', new Blob([await photoWithGps()], { type: 'image/jpeg' }), 'diploma.jpg')
    const supplemented = await postForm('/api/applications/supplement', form)
    expect(supplemented.status).toBe(200)
    expect(((await supplemented.json()) as StatusAnswer).status).toBe('accepted')

    expect((await staffAction('startProcessing')).status).toBe(200)
    expect((await staffAction('approve', '准予参加就业见习')).status).toBe(200)
    const rate = (level: number) =>
      postJson('/api/applications/rating', { trackingNumber: answer.trackingNumber, queryCode: answer.queryCode, level, comment: '办得很快' })
    expect((await rate(7)).status).toBe(422)
    const rated = await rate(5)
    expect(rated.status).toBe(200)
    expect(((await rated.json()) as StatusAnswer).rating).toMatchObject({ level: 5, label: '非常满意' })
    expect((await rate(4)).status).toBe(409)

    // Another street cannot act on it.
    const intruder = await asStaff('reviewer-street-b', `/api/applications/${id}/actions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'closeFollowUp', note: 'x' }),
    })
    expect(intruder.status).toBe(404)
  })
})
