import type { Endpoint, PayloadRequest } from 'payload'

import type { LifeComplaint, ProviderAccount } from '../../cms/payload-types'
import { withTransaction } from '../../cms/lib/withTransaction'
import { assertWellFormed, readBody, textField } from '../endpoints/readBody'
import type { FieldError } from '../endpoints/refusal'
import { answer, handled } from '../endpoints/respond'
import { RequestError } from '../errors'
import { isProviderAccount } from '../lifeServices/access'
import { handlesComplaints } from './access'
import { type LifeComplaintActor, type RemedyInput, takeLifeComplaintAction } from './lib/transition'
import { LIFE_COMPLAINT_STATUS_LABELS, LIFE_COMPLAINTS } from './states'
import { isLifeComplaintAction } from './workflow'

/** The side the signed-in user acts on: a provider's account, or life-services staff. */
function actorOf(req: PayloadRequest): LifeComplaintActor {
  if (isProviderAccount(req.user)) return { side: 'provider', account: req.user as unknown as ProviderAccount }
  if (handlesComplaints(req.user)) return { side: 'staff' }
  if (!req.user) throw new RequestError('UNAUTHENTICATED', '请先登录', 401)
  throw new RequestError('FORBIDDEN', '投诉由生活服务监管人员和被投诉企业处理', 403)
}

/** A remedy as the body sends it: an object of short texts or numbers. */
function remedyOf(value: unknown, errors: FieldError[]): RemedyInput | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'object' || Array.isArray(value)) {
    errors.push({ field: 'remedy', code: 'WRONG_TYPE', message: '“remedy”应为一个对象' })
    return undefined
  }
  const fields = value as Record<string, unknown>
  const amount = fields.amount
  if (amount !== undefined && typeof amount !== 'number' && typeof amount !== 'string') errors.push({ field: 'remedy.amount', code: 'WRONG_TYPE', message: '“amount”应为数字' })
  return {
    kind: textField(fields, 'kind', errors, 20),
    amount: amount as number | string | undefined,
    reworkDate: textField(fields, 'reworkDate', errors, 10),
    sanction: textField(fields, 'sanction', errors, 20),
    suspendedUntil: textField(fields, 'suspendedUntil', errors, 10),
  }
}

/** What a complaint's step answers: its number and where it now stands. */
export const complaintAnswer = (complaint: LifeComplaint) => ({
  number: complaint.number,
  status: complaint.status,
  statusLabel: LIFE_COMPLAINT_STATUS_LABELS[complaint.status],
  dueDate: complaint.dueDate ?? null,
})

/**
 * `POST /api/life-complaints/:id/action` — `{ action, note, remedy?: { kind,
 * amount, reworkDate, sanction, suspendedUntil } }`. Life-services staff
 * take the staff steps (ask the provider, record remedies, close); a
 * provider's account (its workspace) answers for its provider. A complaint
 * the caller may not read is 404.
 */
export const lifeComplaintActionEndpoint: Endpoint = {
  path: '/:id/action',
  method: 'post',
  handler: handled(async (req) => {
    const actor = actorOf(req)
    const { fields } = await readBody(req)
    const errors: FieldError[] = []
    const action = textField(fields, 'action', errors, 40)
    const note = textField(fields, 'note', errors, 2000)
    const remedy = remedyOf(fields.remedy, errors)
    assertWellFormed(errors)
    if (!isLifeComplaintAction(action)) throw new RequestError('UNKNOWN_ACTION', '没有这个操作', 422)
    const complaint = (await req.payload.findByID({ collection: LIFE_COMPLAINTS, id: String(req.routeParams?.id), depth: 0, overrideAccess: false, user: req.user, disableErrors: true, req })) as LifeComplaint | null
    if (!complaint) throw new RequestError('NOT_FOUND', '没有这件投诉', 404)
    // Staff act as themselves (their scope, their name in the history); a provider's step is written by the platform for the account.
    const updated = await withTransaction(req.payload, (tx) => takeLifeComplaintAction(tx, complaint, action, actor, { note, remedy }), actor.side === 'staff' ? req : undefined)
    return answer(req, complaintAnswer(updated))
  }),
}
