import { compileErrors, validate } from '@readme/openapi-parser'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Department, WebhookDelivery } from '../../cms/payload-types'
import { CLIENT_ADDRESS_HEADER } from '../../cms/lib/clientAddress'
import { withTransaction } from '../../cms/lib/withTransaction'
import { openApiDocument } from '../../cms/openapi/document'
import { openApiPage } from '../../cms/openapi/page'
import type { StatusAnswer, SubmitAnswer } from '../../collections/Applications/states'
import { queueFilters } from '../../collections/Applications/lib/queues'
import { WORKFLOW_CONTEXT } from '../../collections/Applications/hooks/refuseEditsOutsideWorkflow'
import { attemptDelivery, deliverDueWebhooks } from '../../collections/DepartmentSystems/lib/deliver'
import { SIGNATURE_HEADER, verifySignature } from '../../collections/DepartmentSystems/lib/signature'
import { relationId } from '../../collections/relations'
import { callEndpoint } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { api } from '../helpers/residents'
import { divisionId, signedIn } from '../helpers/users'
import { eventually, type Received, webhookReceiver } from '../helpers/webhookReceiver'

const payload = useTestPayload({ seeded: true })
const receiver = webhookReceiver()
const SECRET = 'dept-system-signing-secret-0123456789'
const KEY = 'civil-affairs-system-key-0001'
const OTHER_KEY = 'other-department-system-key-01'
const SERVICE = '030502'
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\ntrailer<<>>\n%%EOF')

let department: Department
let systemId: string

beforeAll(async () => {
  process.env.DEPARTMENT_WEBHOOK_ALLOWED_HOSTS = '127.0.0.1'
  // One-second waits, so a retry is due within the test.
  process.env.DEPARTMENT_WEBHOOK_RETRY_SCHEDULE = '1,1'
  process.env.DEPARTMENT_WEBHOOK_TIMEOUT_SECONDS = '2'
  process.env.APPLY_SUBMIT_LIMIT = '1000/60'
  await receiver.start()
  const service = (await payload.find({ collection: 'services', where: { code: { equals: SERVICE } }, depth: 0, limit: 1 })).docs[0]!
  department = await payload.findByID({ collection: 'departments', id: String(relationId(service.department)), depth: 0 })
  const other = (await payload.find({ collection: 'departments', where: { id: { not_equals: department.id } }, depth: 0, limit: 1 })).docs[0]!
  const city = await divisionId(payload, '410100000000')
  const system = await payload.create({
    collection: 'department-systems',
    data: { name: '市人社局业务系统', department: department.id, mode: 'besides', webhookUrl: receiver.url(), signingSecret: SECRET },
  })
  systemId = system.id
  for (const [name, key, owner] of [['人社局业务系统', KEY, department.id], ['其他部门系统', OTHER_KEY, other.id]] as const) {
    await payload.create({
      collection: 'api-clients',
      data: { name, division: city, collections: ['applications'], department: owner, mode: 'readWrite', enableAPIKey: true, apiKey: key } as never,
    })
  }
})

afterAll(async () => {
  // Let the attempts started after the last commits finish before the database closes.
  await eventually(async () => ((await payload.count({ collection: 'webhook-deliveries', where: { status: { equals: 'pending' } } })).totalDocs === 0 ? true : undefined)).catch(() => undefined)
  await receiver.stop()
})

let clients = 0
const headers = (key: string) => ({ authorization: `api-clients API-Key ${key}`, [CLIENT_ADDRESS_HEADER]: `198.51.100.${(clients += 1) % 250}` })

async function submit(): Promise<SubmitAnswer> {
  const response = await api(payload, '/api/applications/submit', {
    body: {
      serviceCode: SERVICE,
      divisionCode: '410105001001',
      applicant: { name: '王小明', idNumber: '11010519491231002X', phone: '13900000011', email: '' },
      answers: { applicantType: '16至24岁失业青年', preferredIndustry: '其他' },
    },
  })
  expect(response.status).toBe(201)
  return (await response.json()) as SubmitAnswer
}

/** What the receiver got about this application. */
const receivedFor = (trackingNumber: string): (Received & { json: { application: { trackingNumber: string }; event: string; id: string } })[] =>
  receiver.received.map((each) => ({ ...each, json: JSON.parse(each.body) })).filter((each) => each.json.application.trackingNumber === trackingNumber)

async function deliveriesOf(trackingNumber: string): Promise<WebhookDelivery[]> {
  const application = (await payload.find({ collection: 'applications', where: { trackingNumber: { equals: trackingNumber } }, depth: 0 })).docs[0]!
  return (await payload.find({ collection: 'webhook-deliveries', where: { application: { equals: application.id } }, sort: 'createdAt', depth: 0 })).docs
}

/** An action as the department system takes it, through Payload's router with the API key; files go as multipart. */
function systemAction(key: string, trackingNumber: string, fields: Record<string, string>, { files = [], idempotencyKey }: { files?: Buffer[]; idempotencyKey?: string } = {}) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  for (const file of files) form.append('files', new Blob([new Uint8Array(file)], { type: 'application/pdf' }), 'result.pdf')
  const request = new Request(`http://localhost/api/applications/system/${trackingNumber}/actions`, {
    method: 'POST',
    headers: { ...headers(key), ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
    body: form,
  })
  return handleEndpoints({ config: payload.config, request })
}

const setMode = (mode: 'besides' | 'instead', webhookUrl = receiver.url()) => payload.update({ collection: 'department-systems', id: systemId, data: { mode, webhookUrl } })

describe('webhooks to a department system', () => {
  it('posts a new application, signed, once its transaction commits', async () => {
    const submitted = await submit()
    const [message] = await eventually(() => (receivedFor(submitted.trackingNumber).length ? receivedFor(submitted.trackingNumber) : undefined))
    expect(verifySignature(SECRET, message!.body, String(message!.headers[SIGNATURE_HEADER.toLowerCase()]))).toBe(true)
    expect(verifySignature('another-secret-of-sufficient-length!!', message!.body, String(message!.headers[SIGNATURE_HEADER.toLowerCase()]))).toBe(false)
    const body = JSON.parse(message!.body)
    expect(body).toMatchObject({
      event: 'application.submitted',
      department: { code: department.code },
      application: { trackingNumber: submitted.trackingNumber, status: 'submitted', service: { code: SERVICE }, applicant: { idNumber: '11010519491231002X', phone: '13900000011' } },
    })
    expect(message!.headers['x-yizhan-delivery']).toBe(body.id)
    const [delivery] = await eventually(async () => ((await deliveriesOf(submitted.trackingNumber))[0]?.status === 'delivered' ? deliveriesOf(submitted.trackingNumber) : undefined))
    expect(delivery).toMatchObject({ id: body.id, status: 'delivered', attempts: 1, lastStatusCode: 200 })
  })

  it('announces nothing for an application whose transaction rolled back', async () => {
    const service = (await payload.find({ collection: 'services', where: { code: { equals: SERVICE } }, depth: 0, limit: 1 })).docs[0]!
    const trackingNumber = 'YZ20991231000001'
    const deliveriesBefore = (await payload.count({ collection: 'webhook-deliveries' })).totalDocs
    await expect(
      withTransaction(payload, async (tx) => {
        await tx.payload.create({
          collection: 'applications',
          data: {
            trackingNumber, status: 'submitted', channel: 'web', service: service.id, serviceCode: SERVICE, serviceTitle: service.title,
            department: department.id, promisedDays: service.promisedDays, division: await divisionId(payload, '410105001001'),
            submittedAt: new Date().toISOString(), applicant: { name: '张三', idNumber: '11010519491231002X', phone: '13800138000' }, answers: {},
          },
          req: tx,
          context: { [WORKFLOW_CONTEXT]: true },
        })
        throw new Error('rolled back on purpose')
      }),
    ).rejects.toThrow('rolled back on purpose')
    await deliverDueWebhooks(payload)
    expect((await payload.find({ collection: 'applications', where: { trackingNumber: { equals: trackingNumber } } })).totalDocs).toBe(0)
    expect((await payload.count({ collection: 'webhook-deliveries' })).totalDocs).toBe(deliveriesBefore)
    expect(receivedFor(trackingNumber)).toHaveLength(0)
  })

  it('retries while the receiver is down and delivers once it is back; the state shows each step', async () => {
    await receiver.stop()
    const submitted = await submit()
    const [waiting] = await eventually(async () => ((await deliveriesOf(submitted.trackingNumber))[0]?.status === 'retrying' ? deliveriesOf(submitted.trackingNumber) : undefined))
    expect(waiting).toMatchObject({ attempts: 1, lastStatusCode: null })
    expect(waiting!.lastError).toContain('ECONNREFUSED')
    await receiver.start()
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await deliverDueWebhooks(payload)
    const [delivered] = await deliveriesOf(submitted.trackingNumber)
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 200, lastError: null })
    expect(receivedFor(submitted.trackingNumber)).toHaveLength(1)
  })

  it('retries a 503 and a 429 until the schedule is used up, then fails', async () => {
    receiver.answerWith(503)
    const submitted = await submit()
    await eventually(async () => ((await deliveriesOf(submitted.trackingNumber))[0]?.status === 'retrying' ? true : undefined))
    receiver.answerWith(429)
    for (let round = 0; round < 2; round += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1100))
      await deliverDueWebhooks(payload)
    }
    receiver.answerWith(200)
    const [failed] = await deliveriesOf(submitted.trackingNumber)
    expect(failed).toMatchObject({ status: 'failed', attempts: 3, lastStatusCode: 429 })
    expect(receivedFor(submitted.trackingNumber)).toHaveLength(3)
  })

  it('fails a 4xx at once, without retries, and 重新发送 sends it again', async () => {
    receiver.answerWith(400)
    const submitted = await submit()
    await eventually(async () => ((await deliveriesOf(submitted.trackingNumber))[0]?.status === 'failed' ? true : undefined))
    receiver.answerWith(200)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await deliverDueWebhooks(payload)
    const [failed] = await deliveriesOf(submitted.trackingNumber)
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: 400, nextAttemptAt: null })
    expect(receivedFor(submitted.trackingNumber)).toHaveLength(1)

    const resent = await callEndpoint(payload, { collection: 'webhook-deliveries', path: '/:id/resend', id: failed!.id, username: 'admin-city' })
    expect(resent.status).toBe(200)
    await eventually(async () => ((await deliveriesOf(submitted.trackingNumber))[0]?.status === 'delivered' ? true : undefined))
    const [first, second] = receivedFor(submitted.trackingNumber)
    expect(second!.json.id).toBe(first!.json.id)
  })

  it('sends one delivery once when two workers race for it', async () => {
    receiver.answerWith(503)
    const submitted = await submit()
    await eventually(async () => ((await deliveriesOf(submitted.trackingNumber))[0]?.status === 'retrying' ? true : undefined))
    receiver.answerWith(200)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const [delivery] = await deliveriesOf(submitted.trackingNumber)
    const results = await Promise.all([attemptDelivery(payload, delivery!.id), attemptDelivery(payload, delivery!.id), deliverDueWebhooks(payload).then(() => 'swept')])
    // Whichever worker claims it first sends it; the others find it taken or delivered.
    expect(results.slice(0, 2)).toContain('skipped')
    expect(receivedFor(submitted.trackingNumber)).toHaveLength(2)
    expect((await deliveriesOf(submitted.trackingNumber))[0]).toMatchObject({ status: 'delivered', attempts: 2 })
  })

  it('never shows the signing secret again, and keeps it when the form sends the mask back', async () => {
    const admin = await signedIn(payload, 'admin-city')
    const shown = await payload.findByID({ collection: 'department-systems', id: systemId, overrideAccess: false, user: admin })
    expect(shown.signingSecret).toBe(`已设置（末4位 ${SECRET.slice(-4)}）`)
    await payload.update({ collection: 'department-systems', id: systemId, data: { signingSecret: shown.signingSecret, contact: '王工 0371-12345678' }, overrideAccess: false, user: admin })
    const stored = await payload.findByID({ collection: 'department-systems', id: systemId, showHiddenFields: true })
    expect(stored.signingSecret).toBe(SECRET)
    const reviewer = await signedIn(payload, 'reviewer-district')
    await expect(payload.find({ collection: 'department-systems', overrideAccess: false, user: reviewer })).rejects.toThrow()
  })

  it('refuses an internal address unless the allow-list names it', async () => {
    const refusal = await payload.update({ collection: 'department-systems', id: systemId, data: { webhookUrl: 'http://10.1.2.3/hook' } }).catch((error: { data?: { errors?: { message: string }[] } }) => error)
    expect(JSON.stringify((refusal as { data?: unknown }).data)).toContain('内网')
  })
})

describe('the department system acting on its applications', () => {
  it('accepts, asks for a supplement, receives it, and completes with a result file, as a reviewer would', async () => {
    const submitted = await submit()
    await eventually(() => (receivedFor(submitted.trackingNumber).length ? true : undefined))
    const read = await api(payload, `/api/applications/system/${submitted.trackingNumber}`, { headers: headers(KEY) })
    expect(read.status).toBe(200)
    expect(await read.json()).toMatchObject({ status: 'submitted', actions: expect.arrayContaining([expect.objectContaining({ action: 'accept' })]) })

    const accepted = await systemAction(KEY, submitted.trackingNumber, { action: 'accept' }, { idempotencyKey: 'accept-0001' })
    expect(accepted.status).toBe(200)
    const again = await systemAction(KEY, submitted.trackingNumber, { action: 'accept' }, { idempotencyKey: 'accept-0001' })
    expect(again.status).toBe(200)
    expect((await again.json()).status).toBe('accepted')
    const reused = await systemAction(KEY, submitted.trackingNumber, { action: 'startProcessing' }, { idempotencyKey: 'accept-0001' })
    expect(reused.status).toBe(422)

    expect((await systemAction(KEY, submitted.trackingNumber, { action: 'requestSupplement', note: '请补充身份证反面照片' })).status).toBe(200)
    const supplemented = await api(payload, '/api/applications/supplement', { body: { trackingNumber: submitted.trackingNumber, queryCode: submitted.queryCode, note: '已补充' } })
    expect(supplemented.status).toBe(200)
    const supplementMessage = await eventually(() => receivedFor(submitted.trackingNumber).find((each) => each.json.event === 'application.supplemented'))
    expect(verifySignature(SECRET, supplementMessage.body, String(supplementMessage.headers[SIGNATURE_HEADER.toLowerCase()]))).toBe(true)
    expect(JSON.parse(supplementMessage.body)).toMatchObject({ supplement: { note: '已补充' }, application: { status: 'accepted' } })

    expect((await systemAction(KEY, submitted.trackingNumber, { action: 'startProcessing' })).status).toBe(200)
    const approved = await systemAction(KEY, submitted.trackingNumber, { action: 'approve', note: '准予登记，就业登记证已寄出', material: '就业登记证' }, { files: [PDF] })
    expect(approved.status).toBe(200)
    const view = (await approved.json()) as { files: { material: string; stage: string; url: string }[]; status: string }
    expect(view.status).toBe('completed')
    const result = view.files.find((file) => file.stage === 'result')!
    expect(result.material).toBe('就业登记证')
    const download = await api(payload, new URL(result.url, 'http://localhost').pathname, { headers: headers(KEY) })
    expect(download.status).toBe(200)
    expect(Buffer.from(await download.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
    const audited = await payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'api-read' } }, { targetCollection: { equals: 'applications' } }] }, depth: 0, pagination: false })
    expect(audited.docs.filter((entry) => entry.actorName === '人社局业务系统').map((entry) => entry.summary)).toEqual(
      expect.arrayContaining([`部门业务系统读取申请 ${submitted.trackingNumber}`, `部门业务系统下载申请 ${submitted.trackingNumber} 的材料“就业登记证”`]),
    )

    const status = await api(payload, `/api/applications/status?trackingNumber=${submitted.trackingNumber}&queryCode=${submitted.queryCode}`)
    expect(await status.json()).toMatchObject({ status: 'completed', outcome: 'approved', resultNote: '准予登记，就业登记证已寄出' })

    const application = (await payload.find({ collection: 'applications', where: { trackingNumber: { equals: submitted.trackingNumber } }, depth: 0 })).docs[0]!
    const history = await payload.find({ collection: 'application-events', where: { application: { equals: application.id } }, sort: 'createdAt', depth: 0, pagination: false })
    const byTheSystem = history.docs.filter((event) => event.by === 'system')
    expect(byTheSystem.map((event) => event.action)).toEqual(['accept', 'requestSupplement', 'startProcessing', 'approve'])
    expect(byTheSystem.every((event) => event.actorName === '人社局业务系统' && event.actorUnit === department.name)).toBe(true)
    const sms = await payload.find({ collection: 'notifications', where: { and: [{ application: { equals: application.id } }, { channel: { equals: 'sms' } }] }, depth: 0 })
    expect(sms.docs.some((message) => message.message.includes('受理'))).toBe(true)
    expect(sms.docs.some((message) => message.message.includes('办结'))).toBe(true)
  })

  it('issues the service’s result document when it approves, as for a reviewer, and the resident downloads its result file', async () => {
    const service = (await payload.find({ collection: 'services', where: { code: { equals: SERVICE } }, depth: 0, limit: 1 })).docs[0]!
    const template = await payload.create({ collection: 'result-templates', data: { service: service.id, title: '{事项名称}办理结果', body: '{申请人}：\n{办理结果}' } })
    try {
      const submitted = await submit()
      for (const action of ['accept', 'startProcessing']) expect((await systemAction(KEY, submitted.trackingNumber, { action })).status).toBe(200)
      const approved = await systemAction(KEY, submitted.trackingNumber, { action: 'approve', note: '准予登记。', material: '就业登记证' }, { files: [PDF] })
      expect(approved.status).toBe(200)

      const application = (await payload.find({ collection: 'applications', where: { trackingNumber: { equals: submitted.trackingNumber } }, depth: 0 })).docs[0]!
      const documents = (await payload.find({ collection: 'result-documents', where: { application: { equals: application.id } }, depth: 0 })).docs
      expect(documents).toHaveLength(1)
      expect(documents[0]).toMatchObject({ kind: 'result', status: 'valid', issuer: department.name, holder: '王**' })
      const issuedAudit = await payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'issue' } }, { summary: { contains: documents[0]!.number } }] } })
      expect(issuedAudit.docs).toHaveLength(1)

      // The resident sees the result document and the system's file, and downloads the file with the query code; a wrong code gets nothing.
      const status = (await (await api(payload, `/api/applications/status?trackingNumber=${submitted.trackingNumber}&queryCode=${submitted.queryCode}`)).json()) as StatusAnswer
      expect(status.result).toMatchObject({ number: documents[0]!.number, status: 'valid' })
      const file = status.documents.find((each) => each.key.startsWith('file-'))!
      expect(file.title).toBe('就业登记证（PDF）')
      const download = await api(payload, '/api/results/download', { body: { trackingNumber: submitted.trackingNumber, queryCode: submitted.queryCode, document: file.key } })
      expect(download.status).toBe(200)
      expect(download.headers.get('content-type')).toBe('application/pdf')
      expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true)
      expect((await api(payload, '/api/results/download', { body: { trackingNumber: submitted.trackingNumber, queryCode: '000000', document: file.key } })).status).toBe(404)
      // Another application's file id under this application's key is not handed out.
      const other = await submit()
      expect((await api(payload, '/api/results/download', { body: { trackingNumber: other.trackingNumber, queryCode: other.queryCode, document: file.key } })).status).toBe(404)
    } finally {
      await payload.delete({ collection: 'result-templates', id: template.id })
    }
  })

  it('answers another department’s system 404 for the same application, and refuses a missing key', async () => {
    const submitted = await submit()
    expect((await api(payload, `/api/applications/system/${submitted.trackingNumber}`, { headers: headers(OTHER_KEY) })).status).toBe(404)
    const refused = await systemAction(OTHER_KEY, submitted.trackingNumber, { action: 'accept' })
    expect(refused.status).toBe(404)
    expect(await refused.json()).toMatchObject({ code: 'NOT_FOUND' })
    const listed = (await (await api(payload, '/api/applications/system?status=submitted&limit=100', { headers: headers(OTHER_KEY) })).json()) as { docs: { trackingNumber: string }[] }
    expect(listed.docs.map((doc) => doc.trackingNumber)).not.toContain(submitted.trackingNumber)
    expect((await api(payload, `/api/applications/system/${submitted.trackingNumber}`)).status).toBe(401)
  })

  it('keeps the applications of an “instead” department out of the reviewers’ queues and hands', async () => {
    const submitted = await submit()
    const admin = await signedIn(payload, 'admin-city')
    const toAccept = async () => {
      const queue = (await queueFilters(payload, admin.id)).find((each) => each.key === 'to-accept')!
      return (await payload.find({ collection: 'applications', where: { and: [queue.where!, { trackingNumber: { equals: submitted.trackingNumber } }] }, depth: 0 })).totalDocs
    }
    expect(await toAccept()).toBe(1)
    await setMode('instead')
    try {
      expect(await toAccept()).toBe(0)
      const application = (await payload.find({ collection: 'applications', where: { trackingNumber: { equals: submitted.trackingNumber } }, depth: 0 })).docs[0]!
      const refused = await callEndpoint(payload, { collection: 'applications', path: '/:id/actions', id: application.id, username: 'admin-city', body: { action: 'accept' } })
      expect(refused.status).toBe(409)
      expect(await refused.json()).toMatchObject({ code: 'HANDLED_BY_DEPARTMENT_SYSTEM' })
      expect((await systemAction(KEY, submitted.trackingNumber, { action: 'accept' })).status).toBe(200)
    } finally {
      await setMode('besides')
    }
  })
})

describe('who sees deliveries', () => {
  it('shows them to the city administrator, not to reviewers', async () => {
    const admin = await signedIn(payload, 'admin-city')
    expect((await payload.find({ collection: 'webhook-deliveries', overrideAccess: false, user: admin })).totalDocs).toBeGreaterThan(0)
    const reviewer = await signedIn(payload, 'reviewer-district')
    await expect(payload.find({ collection: 'webhook-deliveries', overrideAccess: false, user: reviewer })).rejects.toThrow()
  })
})


describe('the OpenAPI description', () => {
  it('documents the webhooks and the department system endpoints, and stays valid OpenAPI 3.1', async () => {
    const document = openApiDocument(payload, 'http://localhost:3000')
    const result = await validate(structuredClone(document) as never)
    expect(result.valid ? '' : compileErrors(result)).toBe('')
    expect(Object.keys(document.webhooks)).toEqual(['application.submitted', 'application.supplemented'])
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/applications/system', '/api/applications/system/{trackingNumber}/actions']))
    expect(openApiPage(payload, document)).toContain('X-Yizhan-Signature')
  })
})
