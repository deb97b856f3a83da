import type { Endpoint, PayloadRequest } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { checkText, TEXT_LIMITS, validateFiles } from '../form/validate'
import type { FieldError } from '../../endpoints/refusal'
import { prepareFiles, storedFiles } from '../lib/attachments'
import { caseScopeOf } from '../fields'
import { deliverAfterCommit } from '../../Notifications/deliver'
import { statusAnswer } from '../lib/statusAnswer'
import { statusPage } from '../lib/statusPage'
import { recordRating, takeAction } from '../lib/transition'
import { ACTION_NOTICES, ratingThanks } from '../residentWords'
import { RATING_LABELS, type RatingLevel } from '../../casework/satisfaction'
import { findForResident, limitClient, NOT_OWNED, ownedApplication } from './guard'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import { refusalPage, wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { answer, handled, invalid } from '../../endpoints/respond'
import { optionalResident } from '../../Residents/lib/accounts'
import { jointStatusFor } from '../../BundleCases/endpoints/jointStatus'
import { isJointNumber } from '../../BundleCases/states'

/**
 * The resident's side after submitting: look the application up, send the
 * material the office asked for, withdraw it before acceptance, rate the
 * result. Each names the application by tracking number and query code,
 * or by tracking number alone when it is in the signed-in resident's 我的.
 */

/** `GET /api/applications/status?trackingNumber=…` with the code in `X-Query-Code` (or `queryCode`). */
export const statusEndpoint: Endpoint = {
  path: '/status',
  method: 'get',
  handler: handled(async (req) => {
    await limitClient(req, 'lookup')
    const trackingNumber = String(req.searchParams.get('trackingNumber') ?? '')
    const queryCode = req.headers.get('x-query-code') ?? String(req.searchParams.get('queryCode') ?? '')
    const application = await findForResident(req, trackingNumber, queryCode)
    return answer(req, await statusAnswer(req, application))
  }),
}

/** Read the body and the number and query code it names (a tracking or a joint number). */
export async function residentKey(req: PayloadRequest) {
  await limitClient(req, 'lookup')
  const body = await readBody(req)
  const errors: FieldError[] = []
  const trackingNumber = textField(body.fields, 'trackingNumber', errors, 32)
  const queryCode = textField(body.fields, 'queryCode', errors, 16)
  assertWellFormed(errors)
  return { body, trackingNumber, queryCode: queryCode.trim() }
}

/** Read the body and the application it names; every resident action starts here (and 我的's claim). */
export async function residentRequest(req: PayloadRequest) {
  const { body, queryCode, trackingNumber } = await residentKey(req)
  const application = await findForResident(req, trackingNumber, queryCode)
  return { application, body, queryCode }
}

/** The application's status: JSON for a script, the status page for a browser's own form post. */
async function statusFor(req: PayloadRequest, application: Application, queryCode: string, notice?: string): Promise<Response> {
  return wantsHtmlPage(req) ? statusPage(req, application, queryCode, notice) : answer(req, await statusAnswer(req, application))
}

/**
 * `POST /api/applications/status`: the lookup form's post (tracking number and query code in the body), or the signed-in owner's.
 * A joint number (YJ…, a 一件事 applied for as one) answers the joint status instead.
 */
export const statusLookupEndpoint: Endpoint = {
  path: '/status',
  method: 'post',
  handler: handled(async (req) => {
    const { queryCode, trackingNumber } = await residentKey(req)
    if (isJointNumber(trackingNumber)) return jointStatusFor(req, trackingNumber, queryCode)
    return statusFor(req, await findForResident(req, trackingNumber, queryCode), queryCode)
  }),
}

/** Whether a browser navigated here (a link, the address bar) and waits for a page. */
export const navigating = (req: PayloadRequest): boolean => (req.headers.get('accept') ?? '').includes('text/html')

/** The signed-in resident's own application named by `:trackingNumber` in the address; undefined for anyone else's, a missing one, or nobody signed in. */
export async function mineInAddress(req: PayloadRequest): Promise<Application | undefined> {
  await limitClient(req, 'lookup')
  const owner = await optionalResident(req)
  return owner ? ownedApplication(req, owner.id, String(req.routeParams?.trackingNumber ?? '')) : undefined
}

/** The one 404 for an application that is not the caller's: a page for a browser, JSON for a script. */
export const notOwnedAnswer = (req: PayloadRequest): Promise<Response> | Response =>
  navigating(req) ? refusalPage(NOT_OWNED, 404) : answer(req, NOT_OWNED, 404)

/**
 * `GET /api/applications/mine/<trackingNumber>`: one application of the
 * signed-in resident, without a query code — the status page for a browser,
 * the status as JSON for a script. Anyone else's, missing ones and callers
 * who are not signed in all get the same 404.
 */
export const mineEndpoint: Endpoint = {
  path: '/mine/:trackingNumber',
  method: 'get',
  handler: handled(async (req) => {
    const application = await mineInAddress(req)
    if (!application) return notOwnedAnswer(req)
    return navigating(req) ? statusPage(req, application, '') : answer(req, await statusAnswer(req, application))
  }),
}

/** Run a change in one transaction and answer with the new status; `notice` says so on the page. */
async function changeAndAnswer(
  req: PayloadRequest,
  queryCode: string,
  notice: string,
  change: (tx: PayloadRequest) => Promise<{ application: Application; notify: boolean }>,
) {
  const { application, notify } = await withTransaction(req.payload, change)
  if (notify) deliverAfterCommit(req.payload)
  return statusFor(req, application, queryCode, notice)
}

/** `POST /api/applications/supplement` (multipart): the material asked for, and a note. */
export const supplementEndpoint: Endpoint = {
  path: '/supplement',
  method: 'post',
  handler: handled(async (req) => {
    const { application, body, queryCode } = await residentRequest(req)
    const errors: FieldError[] = []
    const note = textField(body.fields, 'note', errors, TEXT_LIMITS.note * 4)
    assertWellFormed(errors)
    const noteErrors = checkText('note', '说明', note, TEXT_LIMITS.note)
    if (noteErrors.length > 0) throw invalid(noteErrors)
    // Supplement files are not tied to one upload of the form: count them all as one slot.
    const facts = body.files.map((file) => ({ bytes: file.bytes.length, type: '', upload: 0 }))
    const fileErrors = validateFiles({ fields: [], uploads: [{ material: '补正材料', required: false }] }, facts)
    if (fileErrors.length > 0) throw invalid(fileErrors)
    if (body.files.length === 0 && !note.trim()) {
      throw invalid([{ field: 'files', code: 'REQUIRED', message: '请上传补正材料，或写明补正的内容' }])
    }
    const files = await prepareFiles(body.files.map((file) => ({ ...file, field: 'files' })), `${application.trackingNumber}-s`)
    const stored = storedFiles(req.payload, 'application-files')
    try {
      return await changeAndAnswer(req, queryCode, ACTION_NOTICES.supplement, async (tx) => {
        await stored.store(tx, files, () => ({ application: application.id, material: '补正材料', stage: 'supplement', ...caseScopeOf(application) }))
        return takeAction(tx, application, 'supplement', { actor: { by: 'resident' }, note })
      })
    } catch (error) {
      await stored.discard()
      throw error
    }
  }),
}

/**
 * `POST /api/applications/withdraw`: take back an application the office
 * has not accepted yet. The page's form (no JavaScript) must carry its ticked
 * confirmation, `confirm=yes`; the script asks before it sends.
 */
export const withdrawEndpoint: Endpoint = {
  path: '/withdraw',
  method: 'post',
  handler: handled(async (req) => {
    const { application, body, queryCode } = await residentRequest(req)
    if (wantsHtmlPage(req) && body.fields.confirm !== 'yes') {
      throw invalid([{ field: 'confirm', code: 'NOT_CONFIRMED', message: '请勾选“确定要撤回这份申请吗？”，确认后再撤回' }])
    }
    return changeAndAnswer(req, queryCode, ACTION_NOTICES.withdraw, (tx) => takeAction(tx, application, 'withdraw', { actor: { by: 'resident' } }))
  }),
}

/** `POST /api/applications/rating`: one rating (5 非常满意 … 1 非常不满意) and an optional comment. */
export const ratingEndpoint: Endpoint = {
  path: '/rating',
  method: 'post',
  handler: handled(async (req) => {
    const { application, body, queryCode } = await residentRequest(req)
    const level = Number(body.fields.level)
    const errors: FieldError[] = []
    const comment = textField(body.fields, 'comment', errors, TEXT_LIMITS.comment * 4)
    assertWellFormed(errors)
    const problems: FieldError[] = []
    if (!Object.hasOwn(RATING_LABELS, level)) {
      problems.push({ field: 'level', code: 'NOT_AN_OPTION', message: '请选择非常满意、满意、基本满意、不满意或非常不满意' })
    }
    problems.push(...checkText('comment', '评价内容', comment, TEXT_LIMITS.comment))
    if (problems.length > 0) throw invalid(problems)
    return changeAndAnswer(req, queryCode, ratingThanks(level), async (tx) => ({
      application: await recordRating(tx, application, level as RatingLevel, comment.trim()),
      notify: false,
    }))
  }),
}
