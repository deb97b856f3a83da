import type { Endpoint, PayloadRequest } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { hasRole } from '../../access'
import { writeAudit } from '../../AuditLog/record'
import { RequestError } from '../../errors'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import { answer, handled, invalid } from '../../endpoints/respond'
import type { FieldError } from '../../endpoints/refusal'
import { looksPersonal } from '../../privacy/anonymous'
import { relationId } from '../../relations'
import { HANDLING_ROLES } from '../access'
import { appendHistory, CONTACT_ACTION } from '../lib/history'

const OUTCOME_MAX = 500

/**
 * The application as its handler may read it, unmasked: the case must be
 * in the reviewer's own scope (the collection's row filter, 404 otherwise)
 * and, once someone has accepted it, theirs (403): only the reviewer
 * handling a case calls its applicant.
 */
async function handledCase(req: PayloadRequest): Promise<Application> {
  if (!hasRole(req.user, ...HANDLING_ROLES)) throw new RequestError('FORBIDDEN', '只有审核人员可以联系申请人', 403)
  const id = String(req.routeParams?.id ?? '')
  const { docs } = await req.payload.find({
    collection: 'applications',
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    joins: false,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    select: { assignee: true },
  })
  if (!docs[0]) throw new RequestError('NOT_FOUND', '没有找到这件申请，或它不在您负责的范围内', 404)
  const assignee = relationId(docs[0].assignee)
  if (assignee !== undefined && String(assignee) !== String(req.user!.id)) {
    throw new RequestError('NOT_CASE_HANDLER', '这件申请由其他工作人员经办，只有经办人可以联系申请人', 403)
  }
  return req.payload.findByID({ collection: 'applications', id, depth: 0, joins: false, overrideAccess: true, showHiddenFields: true, req })
}

/**
 * `POST /api/applications/:id/contact`: the applicant's full phone for the
 * reviewer handling the case (handledCase), written to the audit log as a
 * full view before it is answered.
 */
const contactEndpoint: Endpoint = {
  path: '/:id/contact',
  method: 'post',
  handler: handled(async (req) => {
    const application = await handledCase(req)
    await writeAudit(req, {
      action: 'view-full',
      targetCollection: 'applications',
      targetId: application.id,
      summary: `办件 ${application.trackingNumber}`,
      detail: '联系申请人：查看了申请人的手机号码',
      scope: application.scope,
    })
    return answer(req, { phone: application.applicant.phone })
  }),
}

/** The call's outcome as typed, refused when empty, too long, or holding what looks like a number or an address (never in the history). */
async function readOutcome(req: PayloadRequest): Promise<string> {
  const body = await readBody(req)
  const errors: FieldError[] = []
  const outcome = textField(body.fields, 'outcome', errors, OUTCOME_MAX).trim()
  assertWellFormed(errors)
  if (!outcome) throw invalid([{ field: 'outcome', code: 'REQUIRED', message: '请填写这次联系的结果' }])
  // A number typed in groups (139 1234 5678) is still a number.
  if (looksPersonal(outcome.replace(/[\s-]/g, ''))) {
    throw invalid([{ field: 'outcome', code: 'PERSONAL_VALUE', message: '联系结果里不要写电话号码、证件号码或邮箱' }])
  }
  return outcome
}

/**
 * `POST /api/applications/:id/contact-note` with `{ outcome }`: the call's
 * outcome in the case's history (联系申请人, by the reviewer), never the phone.
 */
const contactNoteEndpoint: Endpoint = {
  path: '/:id/contact-note',
  method: 'post',
  handler: handled(async (req) => {
    const application = await handledCase(req)
    const outcome = await readOutcome(req)
    await withTransaction(req.payload, (tx) =>
      appendHistory(tx, application, {
        action: CONTACT_ACTION,
        actionLabel: '联系申请人',
        fromStatus: application.status,
        toStatus: application.status,
        note: outcome,
        actor: { by: 'staff', userId: req.user!.id },
      }),
    )
    return answer(req, { recorded: true }, 201)
  }),
}

export const contactEndpoints: Endpoint[] = [contactEndpoint, contactNoteEndpoint]
