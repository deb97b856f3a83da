import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Endpoint, PayloadRequest, Where } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { departmentSystemClient } from '../../ApiClients/gateway'
import { writeAudit } from '../../AuditLog/record'
import { applicationForSystem, filesOf } from '../../DepartmentSystems/lib/message'
import { fileResponse } from '../../documents/response'
import { RequestError } from '../../errors'
import type { FieldError } from '../../endpoints/refusal'
import { assertWellFormed, idempotencyKeyOf, readBody, textField } from '../../endpoints/readBody'
import { answer, handled, invalid } from '../../endpoints/respond'
import { caseScopeOf } from '../fields'
import { validateFiles } from '../form/validate'
import { prepareFiles, storedFiles } from '../lib/attachments'
import { actOnApplication } from '../lib/act'
import { STATUS_LABELS } from '../states'
import { ACTIONS, type ApplicationAction, isApplicationAction, staffActionsFor } from '../workflow'
import { applicationNumbered } from './guard'

/**
 * The interface a department's own system works its applications through,
 * with an API client bound to the department (README › Department systems):
 * list and read them, download their files, and take the workflow's staff
 * actions with result files — through the same transition as a reviewer,
 * so history, SMS and the resident's status page follow alike. Another
 * department's application, like a missing one, is 404.
 */

type Client = Awaited<ReturnType<typeof departmentSystemClient>>

const NOT_FOUND = () => new RequestError('NOT_FOUND', '没有找到这件申请', 404)
const PAGE_LIMIT = 100

/** The application this client's department handles with this tracking number, else 404. */
async function ownApplication(req: PayloadRequest, client: Client): Promise<Application> {
  const number = String(req.routeParams?.trackingNumber ?? '').trim().toUpperCase()
  const application = await applicationNumbered(req, number)
  if (!application || String(application.department) !== client.department) throw NOT_FOUND()
  // Read unmasked: the department system handles the case, as its reviewers would.
  return req.payload.findByID({ collection: 'applications', id: application.id, depth: 0, showHiddenFields: true })
}

/** Log a department system's read of an application's personal data, like any API client's read. */
const auditRead = (req: PayloadRequest, application: Application, summary: string) =>
  writeAudit(req, { action: 'api-read', targetCollection: 'applications', targetId: application.id, summary, scope: application.scope })

/** `GET /api/applications/system?status=&updatedSince=&page=&limit=`: the department's applications, newest change first. */
export const systemListEndpoint: Endpoint = {
  path: '/system',
  method: 'get',
  handler: handled(async (req) => {
    const client = await departmentSystemClient(req, { write: false })
    const status = req.searchParams.get('status')
    const since = req.searchParams.get('updatedSince')
    const page = Math.max(1, Number(req.searchParams.get('page')) || 1)
    const limit = Math.min(PAGE_LIMIT, Math.max(1, Number(req.searchParams.get('limit')) || 20))
    const errors: FieldError[] = []
    if (status && !Object.hasOwn(STATUS_LABELS, status)) errors.push({ field: 'status', code: 'NOT_AN_OPTION', message: `状态应为 ${Object.keys(STATUS_LABELS).join('、')} 之一` })
    if (since && Number.isNaN(Date.parse(since))) errors.push({ field: 'updatedSince', code: 'DATE_FORMAT', message: 'updatedSince 应为 ISO 8601 时间' })
    if (errors.length > 0) throw invalid(errors, 400)
    const where: Where[] = [{ department: { equals: client.department } }]
    if (status) where.push({ status: { equals: status } })
    if (since) where.push({ updatedAt: { greater_than: new Date(since).toISOString() } })
    const found = await req.payload.find({ collection: 'applications', where: { and: where }, sort: '-updatedAt', page, limit, depth: 0, joins: false })
    return answer(req, {
      docs: found.docs.map((application) => ({
        trackingNumber: application.trackingNumber,
        status: application.status,
        statusLabel: STATUS_LABELS[application.status],
        service: { code: application.serviceCode, title: application.serviceTitle },
        submittedAt: application.submittedAt ?? null,
        updatedAt: application.updatedAt,
      })),
      page: found.page,
      totalDocs: found.totalDocs,
      hasNextPage: found.hasNextPage,
    })
  }),
}

/** An application as the system sees it, with the actions open to it now. */
const systemView = async (req: PayloadRequest, application: Application) => ({
  ...(await applicationForSystem(req.payload, application)),
  actions: staffActionsFor(application).map((action) => ({ action, label: ACTIONS[action].label, noteRequired: ACTIONS[action].noteRequired })),
})

/** `GET /api/applications/system/:trackingNumber`: one application, unmasked, with its files and open actions. */
export const systemReadEndpoint: Endpoint = {
  path: '/system/:trackingNumber',
  method: 'get',
  handler: handled(async (req) => {
    const client = await departmentSystemClient(req, { write: false })
    const application = await ownApplication(req, client)
    await auditRead(req, application, `部门业务系统读取申请 ${application.trackingNumber}`)
    return answer(req, await systemView(req, application))
  }),
}

/** `GET /api/applications/system/:trackingNumber/files/:fileId`: one of the application's files. */
export const systemFileEndpoint: Endpoint = {
  path: '/system/:trackingNumber/files/:fileId',
  method: 'get',
  handler: handled(async (req) => {
    const client = await departmentSystemClient(req, { write: false })
    const application = await ownApplication(req, client)
    const file = (await filesOf(req.payload, application.id)).find((each) => each.id === String(req.routeParams?.fileId ?? ''))
    if (!file?.filename) throw new RequestError('NOT_FOUND', '没有找到这个文件', 404)
    await auditRead(req, application, `部门业务系统下载申请 ${application.trackingNumber} 的材料“${file.material}”`)
    const staticDir = req.payload.collections['application-files'].config.upload.staticDir!
    const bytes = await readFile(path.join(staticDir, path.basename(file.filename)))
    return fileResponse(bytes, { type: file.mimeType ?? 'application/octet-stream', name: file.filename })
  }),
}

/** The step a request with this key already took on the application (a retry), if any. */
async function stepTaken(req: PayloadRequest, application: Application, requestKey: string) {
  const { docs } = await req.payload.find({
    collection: 'application-events',
    where: { and: [{ application: { equals: application.id } }, { requestKey: { equals: requestKey } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    select: { action: true },
  })
  return docs[0]
}

/** The action, note and result files a request names, checked before anything is written. */
async function readActionRequest(req: PayloadRequest, trackingNumber: string) {
  const body = await readBody(req)
  const errors: FieldError[] = []
  const action = textField(body.fields, 'action', errors, 40)
  const note = textField(body.fields, 'note', errors, 2000)
  const material = textField(body.fields, 'material', errors, 100).trim() || '办理结果'
  assertWellFormed(errors)
  if (!isApplicationAction(action) || ACTIONS[action].by !== 'staff') {
    throw invalid([{ field: 'action', code: 'UNKNOWN_ACTION', message: `没有这个办理操作；可用的操作：${Object.keys(ACTIONS).filter((each) => ACTIONS[each as ApplicationAction].by === 'staff').join('、')}` }])
  }
  const uploads = body.files.filter((file) => file.field === 'files')
  const fileErrors = validateFiles({ fields: [], uploads: [{ material, required: false }] }, uploads.map((file) => ({ bytes: file.bytes.length, type: '', upload: 0 })))
  if (fileErrors.length > 0) throw invalid(fileErrors)
  const files = await prepareFiles(uploads, `${trackingNumber}-r`)
  return { action, note, material, files }
}

/**
 * `POST /api/applications/system/:trackingNumber/actions` (JSON, or
 * multipart with result files in `files`): take a staff action as the
 * department's system, attaching the files as results, in one
 * transaction. An `Idempotency-Key` makes a retry answer the state the
 * first request left instead of acting twice.
 */
export const systemActionEndpoint: Endpoint = {
  path: '/system/:trackingNumber/actions',
  method: 'post',
  handler: handled(async (req) => {
    const client = await departmentSystemClient(req, { write: true })
    const key = idempotencyKeyOf(req)
    const application = await ownApplication(req, client)
    const { action, note, material, files } = await readActionRequest(req, application.trackingNumber)
    const requestKey = key ? `${String(client.id)}:${key}` : undefined
    if (requestKey) {
      const earlier = await stepTaken(req, application, requestKey)
      if (earlier && earlier.action !== action) throw new RequestError('IDEMPOTENCY_KEY_REUSED', '同一个 Idempotency-Key 已用于另一个办理操作', 422)
      if (earlier) return answer(req, await systemView(req, application))
    }
    const department = await req.payload.findByID({ collection: 'departments', id: client.department, depth: 0, select: { name: true } })
    const actor = { by: 'system' as const, words: { actorName: client.name, actorUnit: department.name } }
    const stored = storedFiles(req.payload, 'application-files')
    try {
      // As a reviewer's 准予 would, this issues the service's result document beside the system's own files.
      const updated = await actOnApplication(req, application.id, action, {
        actor,
        note,
        requestKey,
        alongside: async (tx, current) => {
          await stored.store(tx, files, () => ({ application: current.id, material, stage: 'result', ...caseScopeOf(current) }))
        },
      })
      return answer(req, await systemView(req, updated))
    } catch (error) {
      await stored.discard()
      throw error
    }
  }),
}

export const systemEndpoints: Endpoint[] = [systemListEndpoint, systemReadEndpoint, systemFileEndpoint, systemActionEndpoint]

