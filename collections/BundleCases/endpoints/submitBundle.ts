import type { Endpoint, PayloadRequest } from 'payload'

import type { Application, Bundle, BundleCase } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { storeNewCase, unusedCaseNumber } from '../../casework/numbers'
import { RequestError } from '../../errors'
import { assertWellFormed, idempotencyKeyOf, readBody, repeatKeyOf } from '../../endpoints/readBody'
import { wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { answer, handled, invalid } from '../../endpoints/respond'
import { deliverAfterCommit } from '../../Notifications/deliver'
import { renderMessage } from '../../Notifications/templates'
import { optionalResident } from '../../Residents/lib/accounts'
import { applicationData, type OnBehalf, onBehalfOf, submitAnswer, writeApplication } from '../../Applications/endpoints/submit'
import { takeTicketAction } from '../../Tickets/lib/transition'
import { checkAnswersPage } from '../../Applications/lib/checkPage'
import { wantsCheckPage } from '../../Applications/lib/checkStep'
import { communityNames, handlingCommunity } from '../../Applications/lib/routing'
import { limitClient } from '../../Applications/endpoints/guard'
import { type ApplicationInput, type FormDefinition, validateApplication } from '../../Applications/form/validate'
import { fileFacts, type PreparedFile, prepareFiles, storedFiles } from '../../Applications/lib/attachments'
import { APPLICATION_NUMBERING, fingerprint, hashQueryCode, queryCodeFor } from '../../Applications/lib/codes'
import { queueApplicantMessage } from '../../Applications/lib/notify'
import { applicationPayload, fitToForm, readApplicationInput } from '../../Applications/lib/readInput'
import { reuseChoiceOf, reuseFor } from '../../Applications/reuse/submit'
import { type ReuseChoice, waiveUploads } from '../../Applications/reuse/sources'
import { memberAnswers, memberFiles } from '../../Bundles/form/merge'
import { relationId } from '../../relations'
import { type ApplicableBundle, applicableBundle } from '../lib/applicable'
import { membersOf } from '../lib/jointCase'
import { bundleReusableForm, memberReuse } from '../lib/reuse'
import { jointConfirmationPage } from '../lib/pages'
import type { BundleSubmitAnswer } from '../states'

/** How joint cases are numbered: YJ…, in `number`. */
const JOINT_NUMBERING = { collection: 'bundle-cases', field: 'number', prefix: 'YJ' } as const

/** The bundle a body names: `bundleCode` in the JSON (the script) or as a form control (a browser without JavaScript). */
function bundleCodeOf(raw: unknown, fields: Record<string, unknown>): string {
  const sent = (raw as { bundleCode?: unknown } | null)?.bundleCode ?? fields.bundleCode
  if (typeof sent !== 'string' || !sent.trim()) throw invalid([{ field: 'bundleCode', code: 'REQUIRED', message: '缺少要申请的一件事（bundleCode）' }], 400)
  return sent
}

/** 核对您填写的内容 for the 一件事's form posted without JavaScript: every answer listed, and 确认提交 posting them here again. */
async function bundleCheckPage(req: PayloadRequest, bundle: Bundle, definition: FormDefinition, input: ApplicationInput, reuse: ReuseChoice): Promise<Response> {
  const target = { action: '/api/applications/submit-bundle', names: { bundleCode: bundle.code }, subject: `一件事：${bundle.title}` }
  return checkAnswersPage(target, definition, input, await communityNames(req, input), reuse)
}

/**
 * 免提交 and 告知承诺 on the 一件事's form, checked as for one service
 * (reuse/submit.ts) against the merged form: the merged uploads they waive
 * (a material several services ask for is waived once) and the record each
 * member keeps its own part of (BundleCases/lib/reuse.ts).
 */
async function bundleReuse(req: PayloadRequest, application: unknown, fields: Record<string, unknown>, found: ApplicableBundle, input: ApplicationInput) {
  const choice = reuseChoiceOf(application, fields)
  return { choice, ...(await reuseFor(req, bundleReusableForm(found), choice, input.applicant)) }
}

/** Distinct unused tracking numbers, one per member. */
async function memberNumbers(req: PayloadRequest, count: number): Promise<string[]> {
  const numbers = new Set<string>()
  while (numbers.size < count) numbers.add(await unusedCaseNumber(req, APPLICATION_NUMBERING))
  return [...numbers]
}

const bundleAnswer = (jointCase: BundleCase, applications: Application[], queryCode: string): BundleSubmitAnswer => ({
  number: jointCase.number,
  queryCode,
  bundle: { code: jointCase.bundleCode, title: jointCase.bundleTitle },
  submittedAt: jointCase.submittedAt,
  members: applications.map((application) => submitAnswer(application, queryCode)),
})

/** What the joint case an idempotency key already created was answered, as the first time. */
async function earlierBundleSubmit(req: PayloadRequest, key: string, requestHash: string): Promise<BundleSubmitAnswer | null> {
  const { docs } = await req.payload.find({ collection: 'bundle-cases', where: { idempotencyKey: { equals: key } }, limit: 1, depth: 0, pagination: false })
  const earlier = docs[0]
  if (!earlier) return null
  if (earlier.requestHash !== requestHash) throw new RequestError('IDEMPOTENCY_KEY_REUSED', '同一个 Idempotency-Key 已用于另一份不同的申请', 422)
  return bundleAnswer(earlier, await membersOf(req, [earlier]), queryCodeFor(req.payload.secret, earlier.number, key))
}

type Checked = {
  bundle: Bundle
  division: string
  files: PreparedFile[]
  idempotencyKey?: string
  input: ApplicationInput
  members: ApplicableBundle['members']
  /** A hotline agent filing for a caller (channel 电话代办), and the work order it answers. */
  onBehalf: null | OnBehalf
  requestHash: string
  residentId: null | string
  reuse: Awaited<ReturnType<typeof reuseFor>>['record']
}

/**
 * The message to the applicant: the joint number; filed by a hotline agent,
 * the query code too, since the caller never saw the confirmation page.
 */
function submittedMessage(tx: PayloadRequest, { bundle, onBehalf }: Checked, jointCase: BundleCase, queryCode: string) {
  const about = { bundleTitle: bundle.title, number: jointCase.number, count: jointCase.applications.length }
  return onBehalf ? renderMessage(tx, 'bundle.submittedByPhone', { ...about, queryCode }) : renderMessage(tx, 'bundle.submitted', about)
}

/** Filed for a caller from a work order: the order is closed as answered by this 一件事 (its first member application). */
async function answerWorkOrder(tx: PayloadRequest, onBehalf: null | OnBehalf, jointCase: BundleCase): Promise<void> {
  if (!onBehalf?.ticket) return
  const note = `已代为提交一件事“${jointCase.bundleTitle}”，联办编号 ${jointCase.number}`
  await takeTicketAction(tx, onBehalf.ticket, 'fileApplication', { application: String(relationId(jointCase.applications[0]!)), note })
}

/**
 * Write the joint case and one application per service — each in its own
 * department, with its own tracking number, its own questions' answers and
 * the files of its own materials (a shared material stored for each, under
 * that department's access) — and one SMS for the whole, all in one
 * transaction: one member failing stores nothing.
 */
async function storeJointCase(req: PayloadRequest, checked: Checked): Promise<{ answer: BundleSubmitAnswer; notify: boolean }> {
  const { bundle, division, files, idempotencyKey, input, members, onBehalf, requestHash, residentId, reuse } = checked
  const number = await unusedCaseNumber(req, JOINT_NUMBERING)
  const trackingNumbers = await memberNumbers(req, members.length)
  const queryCode = queryCodeFor(req.payload.secret, number, idempotencyKey)
  const stored = storedFiles(req.payload, 'application-files')
  try {
    return await withTransaction(req.payload, async (tx) => {
      const applications: Application[] = []
      for (const [index, { merged, service }] of members.entries()) {
        const trackingNumber = trackingNumbers[index]!
        const data = { ...applicationData(service, { ...input, answers: memberAnswers(merged, input.answers) }, { division, onBehalf: Boolean(onBehalf), residentId }), ...memberReuse(reuse, service) }
        const definition = { fields: service.applicationForm?.fields ?? [], uploads: service.applicationForm?.uploads ?? [] }
        const ownFiles = memberFiles(merged, files).map((file) => ({ ...file, name: `${trackingNumber}-${file.name}` }))
        applications.push(await writeApplication(tx, stored, { data, definition, files: ownFiles, queryCode, trackingNumber }, onBehalf))
      }
      const jointCase = await tx.payload.create({
        collection: 'bundle-cases',
        data: {
          number,
          bundle: bundle.id,
          bundleCode: bundle.code,
          bundleTitle: bundle.title,
          applications: applications.map((application) => application.id),
          submittedAt: applications[0]!.submittedAt!,
          queryCodeHash: hashQueryCode(tx.payload.secret, number, queryCode),
          idempotencyKey,
          requestHash,
          resident: residentId,
        },
        req: tx,
        depth: 0,
      })
      await answerWorkOrder(tx, onBehalf, jointCase)
      const notify = await queueApplicantMessage(tx, applications[0]!, await submittedMessage(tx, checked, jointCase, queryCode), onBehalf ? 'staff' : 'resident')
      return { answer: bundleAnswer(jointCase, applications, queryCode), notify }
    })
  } catch (error) {
    await stored.discard()
    throw error
  }
}

/**
 * `POST /api/applications/submit-bundle`: a 一件事 applied for as one — the
 * bundle's merged form (the same body as `submit`, with `bundleCode` instead
 * of `serviceCode`), answered with the joint number, one query code and each
 * member's tracking number (JSON, or the confirmation page for a browser's
 * own post). A bundle that cannot be applied for as one is refused (422
 * `NOT_APPLICABLE`, saying why); everything is checked before anything is
 * written. An `Idempotency-Key` header makes a retry return the first answer.
 */
export const submitBundleEndpoint: Endpoint = {
  path: '/submit-bundle',
  method: 'post',
  handler: handled(async (req) => {
    await limitClient(req, 'submit')
    idempotencyKeyOf(req)
    const body = await readBody(req)
    const raw = applicationPayload(body.fields, body.multipart)
    const bundleCode = bundleCodeOf(raw, body.fields)
    const { errors: shapeErrors, input: sent } = readApplicationInput(raw)
    assertWellFormed(shapeErrors)
    const { bundle, members, merged } = await applicableBundle(req, bundleCode)
    const input = fitToForm(merged.definition, sent)
    // Without JavaScript the form asks for the check page first; its files come on the confirming step.
    const checking = wantsCheckPage(body.fields, body.multipart)
    const reuse = await bundleReuse(req, raw, body.fields, { bundle, members, merged }, input)
    const definition = waiveUploads(merged.definition, reuse.waived)
    const ruleErrors = validateApplication(definition, input, checking ? 'later' : fileFacts(body.files))
    if (ruleErrors.length > 0) throw invalid(ruleErrors)
    const { division } = await handlingCommunity(req, merged.definition, input)
    if (checking) return bundleCheckPage(req, bundle, definition, input, reuse.choice)
    const files = await prepareFiles(body.files, `${bundle.code}-${Date.now()}`)

    const requestHash = fingerprint([bundle.code, input, files.map((file) => fingerprint([file.upload, file.data.toString('base64')])), reuse.choice])
    const idempotencyKey = repeatKeyOf(req, requestHash)
    const reply = (submitted: BundleSubmitAnswer, status: number) => (wantsHtmlPage(req) ? jointConfirmationPage(submitted, status) : answer(req, submitted, status))
    const earlierReply = async (key: string) => {
      const earlier = await earlierBundleSubmit(req, key, requestHash)
      return earlier ? reply(earlier, 200) : null
    }
    if (idempotencyKey) {
      const earlier = await earlierReply(idempotencyKey)
      if (earlier) return earlier
    }
    const onBehalf = await onBehalfOf(req, body.fields)
    // Submitted while signed in: in the resident's 我的 from the start (not the agent's caller's).
    const resident = onBehalf ? null : await optionalResident(req)
    const checked: Checked = { bundle, division, files, idempotencyKey, input, members, onBehalf, requestHash, residentId: resident?.id ?? null, reuse: reuse.record }
    return storeNewCase(
      async () => {
        const stored = await storeJointCase(req, checked)
        if (stored.notify) deliverAfterCommit(req.payload)
        return reply(stored.answer, 201)
      },
      'number',
      idempotencyKey ? { field: 'idempotencyKey', earlier: () => earlierReply(idempotencyKey) } : undefined,
    )
  }),
}
