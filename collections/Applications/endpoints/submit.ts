import type { Endpoint, PayloadRequest } from 'payload'

import type { Application, Ticket } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { scopeWhere } from '../../access'
import { RequestError } from '../../errors'
import { relationId } from '../../relations'
import { publishedService, type PublishedService } from '../../Services/publishedService'
import { isDesk } from '../../Tickets/access'
import { takeTicketAction } from '../../Tickets/lib/transition'
import { type ApplicationInput, type FormDefinition, validateApplication } from '../form/validate'
import { formDefinition } from '../form/definition'
import { fileFacts, type PreparedFile, prepareFiles, storedFiles } from '../lib/attachments'
import { caseScopeOf } from '../fields'
import { storeNewCase, unusedCaseNumber } from '../../casework/numbers'
import { APPLICATION_NUMBERING, fingerprint, hashQueryCode, queryCodeFor } from '../lib/codes'
import { WORKFLOW_CONTEXT } from '../hooks/refuseEditsOutsideWorkflow'
import { deliverAfterCommit } from '../../Notifications/deliver'
import { queueNotifications } from '../lib/notify'
import { applicationPayload, fitToForm, readApplicationInput } from '../lib/readInput'
import { confirmationPage } from '../lib/confirmationPage'
import { communityNames, handlingCommunity } from '../lib/routing'
import { checkAnswersPage, type CheckTarget } from '../lib/checkPage'
import { wantsCheckPage } from '../lib/checkStep'
import { storedParty } from '../lib/party'
import { appendHistory } from '../lib/history'
import { type SubmitAnswer, STATUS_LABELS } from '../states'
import { limitClient } from './guard'
import { assertWellFormed, idempotencyKeyOf, readBody, repeatKeyOf } from '../../endpoints/readBody'
import { answer, handled, invalid } from '../../endpoints/respond'
import { wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { optionalResident } from '../../Residents/lib/accounts'
import { reuseChoiceOf, reuseFor } from '../reuse/submit'
import { waiveUploads } from '../reuse/sources'


/** The published online service a resident applies for, or a 422 saying why not. */
export async function onlineService(req: PayloadRequest, code: string): Promise<PublishedService> {
  const service = await publishedService(req, code.trim())
  if (!service) {
    throw invalid([{ field: 'serviceCode', code: 'UNKNOWN_SERVICE', message: '没有找到这个办理事项' }])
  }
  if (service.kind !== 'online') {
    throw invalid([{ field: 'serviceCode', code: 'NOT_ONLINE', message: `“${service.title}”不能在网上申请，请查看办事指南` }])
  }
  return service
}

export const submitAnswer = (application: Application, queryCode: string): SubmitAnswer => ({
  trackingNumber: application.trackingNumber,
  queryCode,
  status: application.status,
  statusLabel: STATUS_LABELS[application.status],
  submittedAt: application.submittedAt!,
  service: { code: application.serviceCode, title: application.serviceTitle },
})

/** What the application an idempotency key already created was answered, as the first time. */
async function earlierSubmit(req: PayloadRequest, key: string, requestHash: string): Promise<null | SubmitAnswer> {
  const { docs } = await req.payload.find({
    collection: 'applications',
    where: { idempotencyKey: { equals: key } },
    limit: 1,
    depth: 0,
    joins: false,
    pagination: false,
  })
  const earlier = docs[0]
  if (!earlier) return null
  if (earlier.requestHash !== requestHash) {
    throw new RequestError('IDEMPOTENCY_KEY_REUSED', '同一个 Idempotency-Key 已用于另一份不同的申请', 422)
  }
  return submitAnswer(earlier, queryCodeFor(req.payload.secret, earlier.trackingNumber, key))
}

/** An application a hotline agent files for a caller (channel 电话代办), and the work order it answers. */
export type OnBehalf = { agentId: number | string; ticket: null | Ticket }

/**
 * Whether a signed-in hotline agent is filing this application for a caller
 * (the portal's form, opened from the desk, sends the agent's session), and
 * the open work order in their division it answers, when the form names one.
 */
export async function onBehalfOf(req: PayloadRequest, fields: Record<string, unknown>): Promise<null | OnBehalf> {
  if (!isDesk(req.user)) return null
  const number = typeof fields.ticket === 'string' ? fields.ticket.trim() : ''
  if (!number) return { agentId: req.user!.id!, ticket: null }
  const { docs } = await req.payload.find({
    collection: 'tickets',
    where: { and: [{ number: { equals: number } }, { status: { equals: 'received' } }, scopeWhere(req.user) || { id: { exists: false } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    showHiddenFields: true,
  })
  if (!docs[0]) throw invalid([{ field: 'ticket', code: 'UNKNOWN_TICKET', message: `没有找到您辖区内待处理的工单 ${number}` }])
  return { agentId: req.user!.id!, ticket: docs[0] }
}

/** The check page of one service's form: 确认提交 posts to this endpoint again. */
const serviceCheckTarget = (service: PublishedService): CheckTarget => ({
  action: '/api/applications/submit',
  names: { serviceCode: service.code },
  subject: `申请事项：${service.title}`,
})

/** What a new application is written with, everything checked. */
export type ApplicationData = Omit<Application, 'createdAt' | 'id' | 'queryCodeHash' | 'trackingNumber' | 'updatedAt'>

/** The application of `input` for `service`, as stored: its routing (department, division), the applicant and the answers. */
export function applicationData(
  service: PublishedService,
  input: ApplicationInput,
  context: { division: string; idempotencyKey?: string; onBehalf: boolean; requestHash?: string; residentId: null | string },
): ApplicationData {
  return {
    status: 'submitted' as const,
    channel: context.onBehalf ? ('phone' as const) : ('web' as const),
    service: service.id,
    serviceCode: service.code,
    serviceTitle: service.title,
    department: String(relationId(service.department)),
    promisedDays: service.promisedDays,
    division: context.division,
    submittedAt: new Date().toISOString(),
    applicant: {
      name: input.applicant.name.trim(),
      idNumber: input.applicant.idNumber.trim().toUpperCase(),
      phone: input.applicant.phone.trim(),
      email: input.applicant.email.trim() || null,
    },
    answers: input.answers,
    resident: context.residentId,
    idempotencyKey: context.idempotencyKey,
    requestHash: context.requestHash,
  }
}

/**
 * Write one application, its files and its first history entry in the
 * transaction `tx` (the single submit's and 一件事's alike): its query code's
 * keyed hash only, the files through `stored` (so a rollback can discard them).
 */
export async function writeApplication(
  tx: PayloadRequest,
  stored: ReturnType<typeof storedFiles>,
  { data, definition, files, queryCode, trackingNumber }: { data: ApplicationData; definition: FormDefinition; files: PreparedFile[]; queryCode: string; trackingNumber: string },
  onBehalf: null | OnBehalf,
): Promise<Application> {
  const application = await tx.payload.create({
    collection: 'applications',
    data: { ...data, trackingNumber, queryCodeHash: hashQueryCode(tx.payload.secret, trackingNumber, queryCode) },
    req: tx,
    depth: 0,
    context: { [WORKFLOW_CONTEXT]: true },
  })
  await stored.store(tx, files, (file) => ({
    application: application.id,
    ...caseScopeOf(application),
    material: definition.uploads[file.upload]?.material ?? '补正材料',
    stage: 'initial',
  }))
  await appendHistory(tx, application, {
    action: 'submit',
    actionLabel: onBehalf ? '热线坐席代为提交申请' : '提交申请',
    toStatus: 'submitted',
    actor: onBehalf ? { by: 'staff', userId: onBehalf.agentId } : { by: 'resident' },
  })
  return application
}

/** Store the application, its files, its first history entry and its notifications, all or nothing. */
async function store(
  req: PayloadRequest,
  data: ApplicationData,
  files: PreparedFile[],
  definition: FormDefinition,
  idempotencyKey: string | undefined,
  onBehalf: OnBehalf | null,
): Promise<{ application: Application; notify: boolean; queryCode: string }> {
  const trackingNumber = await unusedCaseNumber(req, APPLICATION_NUMBERING)
  const queryCode = queryCodeFor(req.payload.secret, trackingNumber, idempotencyKey)
  const stored = storedFiles(req.payload, 'application-files')
  try {
    return await withTransaction(req.payload, async (tx) => {
      const application = await writeApplication(tx, stored, { data, definition, files, queryCode, trackingNumber }, onBehalf)
      if (onBehalf?.ticket) {
        await takeTicketAction(tx, onBehalf.ticket, 'fileApplication', { application: application.id, note: `已代为提交网上申请，受理编号 ${trackingNumber}` })
      }
      const notify = await queueNotifications(tx, application, onBehalf ? 'staff' : 'resident')
      return { application, notify, queryCode }
    })
  } catch (error) {
    await stored.discard()
    throw error
  }
}

/**
 * `POST /api/applications/submit`: a resident's application, JSON or
 * multipart (the application as JSON text in `application`, or the form's
 * own named controls when a browser posts it without JavaScript; files in
 * `upload-<n>`), answered with JSON, or with the confirmation page when a
 * browser posted the form itself. Everything is checked before anything is written; then the
 * application, files, history and notifications are stored in one
 * transaction. An `Idempotency-Key` header makes a retry return the first
 * answer.
 */
export const submitEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: handled(async (req) => {
    await limitClient(req, 'submit')
    // A malformed key is refused before the body is read.
    idempotencyKeyOf(req)
    const body = await readBody(req)
    const application = applicationPayload(body.fields, body.multipart)
    const { errors: shapeErrors, input: sent } = readApplicationInput(application)
    assertWellFormed(shapeErrors)

    const service = await onlineService(req, sent.serviceCode)
    const definition = formDefinition(service.applicationForm)
    const input = fitToForm(definition, sent)
    // 免提交 and 告知承诺 (reuse/): those uploads become optional, and what was reused is stored.
    const reuseChoice = reuseChoiceOf(application, body.fields)
    const reuse = await reuseFor(req, service, reuseChoice, input.applicant)
    // Without JavaScript the form asks for the check page first; its files come on the confirming step.
    const checking = wantsCheckPage(body.fields, body.multipart)
    const ruleErrors = validateApplication(waiveUploads(definition, reuse.waived), input, checking ? 'later' : fileFacts(body.files))
    if (ruleErrors.length > 0) throw invalid(ruleErrors)
    const routing = await handlingCommunity(req, definition, input)
    if (checking) return checkAnswersPage(serviceCheckTarget(service), waiveUploads(definition, reuse.waived), input, await communityNames(req, input), reuseChoice)
    const files = await prepareFiles(body.files, `${service.code}-${Date.now()}`)

    const requestHash = fingerprint([input, files.map((file) => fingerprint([file.upload, file.data.toString('base64')])), reuseChoice])
    const asPage = wantsHtmlPage(req)
    const idempotencyKey = repeatKeyOf(req, requestHash)
    const reply = (submitted: SubmitAnswer, status: number) =>
      asPage ? confirmationPage(submitted, service, Boolean(input.applicant.email.trim()), status) : answer(req, submitted, status)
    const earlierReply = async (key: string) => {
      const earlier = await earlierSubmit(req, key, requestHash)
      return earlier ? reply(earlier, 200) : null
    }
    if (idempotencyKey) {
      const earlier = await earlierReply(idempotencyKey)
      if (earlier) return earlier
    }
    const onBehalf = await onBehalfOf(req, body.fields)
    // Submitted while signed in: in the resident's 我的 from the start.
    const resident = onBehalf ? null : await optionalResident(req)
    const data = {
      ...applicationData(service, input, { division: routing.division, idempotencyKey, onBehalf: Boolean(onBehalf), requestHash, residentId: resident?.id ?? null }),
      handledBy: routing.handledBy,
      routedFromPopulation: routing.routedFromPopulation,
      party: storedParty(definition, input),
      ...reuse.record,
    }
    return storeNewCase(
      async () => {
        const stored = await store(req, data, files, definition, idempotencyKey, onBehalf)
        if (stored.notify) deliverAfterCommit(req.payload)
        return reply(submitAnswer(stored.application, stored.queryCode), 201)
      },
      'trackingNumber',
      idempotencyKey ? { field: 'idempotencyKey', earlier: () => earlierReply(idempotencyKey) } : undefined,
    )
  }),
}
