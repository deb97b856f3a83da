import type { Endpoint, PayloadRequest } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { checkText, TEXT_LIMITS, validateFiles } from '../form/validate'
import type { FieldError } from '../../endpoints/refusal'
import { prepareFiles, storedFiles } from '../lib/attachments'
import { caseScopeOf } from '../fields'
import { deliverAfterCommit } from '../../Notifications/deliver'
import { statusAnswer } from '../lib/statusAnswer'
import { recordRating, takeAction } from '../lib/transition'
import { RATING_LABELS, type RatingLevel } from '../../casework/satisfaction'
import { findForResident, limitClient } from './guard'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import { answer, handled, invalid } from '../../endpoints/respond'

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

/** Read the body and the application it names; every resident action starts here (and 我的's claim). */
export async function residentRequest(req: PayloadRequest) {
  await limitClient(req, 'lookup')
  const body = await readBody(req)
  const errors: FieldError[] = []
  const trackingNumber = textField(body.fields, 'trackingNumber', errors, 32)
  const queryCode = textField(body.fields, 'queryCode', errors, 16)
  assertWellFormed(errors)
  const application = await findForResident(req, trackingNumber, queryCode)
  return { application, body }
}

/** Run a change in one transaction and answer with the new status. */
async function changeAndAnswer(req: PayloadRequest, change: (tx: PayloadRequest) => Promise<{ application: Application; notify: boolean }>) {
  const { application, notify } = await withTransaction(req.payload, change)
  if (notify) deliverAfterCommit(req.payload)
  return answer(req, await statusAnswer(req, application))
}

/** `POST /api/applications/supplement` (multipart): the material asked for, and a note. */
export const supplementEndpoint: Endpoint = {
  path: '/supplement',
  method: 'post',
  handler: handled(async (req) => {
    const { application, body } = await residentRequest(req)
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
      return await changeAndAnswer(req, async (tx) => {
        await stored.store(tx, files, () => ({ application: application.id, material: '补正材料', stage: 'supplement', ...caseScopeOf(application) }))
        return takeAction(tx, application, 'supplement', { actor: { by: 'resident' }, note })
      })
    } catch (error) {
      await stored.discard()
      throw error
    }
  }),
}

/** `POST /api/applications/withdraw`: take back an application the office has not accepted yet. */
export const withdrawEndpoint: Endpoint = {
  path: '/withdraw',
  method: 'post',
  handler: handled(async (req) => {
    const { application } = await residentRequest(req)
    return changeAndAnswer(req, (tx) => takeAction(tx, application, 'withdraw', { actor: { by: 'resident' } }))
  }),
}

/** `POST /api/applications/rating`: one rating (5 非常满意 … 1 非常不满意) and an optional comment. */
export const ratingEndpoint: Endpoint = {
  path: '/rating',
  method: 'post',
  handler: handled(async (req) => {
    const { application, body } = await residentRequest(req)
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
    return changeAndAnswer(req, async (tx) => ({
      application: await recordRating(tx, application, level as RatingLevel, comment.trim()),
      notify: false,
    }))
  }),
}
