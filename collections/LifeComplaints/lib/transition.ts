import type { PayloadRequest } from 'payload'

import type { LifeComplaint, LifeOrder, Provider, ProviderAccount } from '../../../cms/payload-types'
import { isInUserScope } from '../../access'
import { loadWorkingCalendar } from '../../CalendarDays/load'
import { chinaDate, isIsoDate } from '../../CalendarDays/workingDays'
import { requestActorWords } from '../../casework/actorWords'
import { finishedCaseFigures } from '../../casework/clock'
import { appendCaseEvent } from '../../casework/history'
import { RATING_LABELS } from '../../casework/satisfaction'
import { nextState } from '../../casework/workflow'
import { invalid } from '../../endpoints/respond'
import { RequestError } from '../../errors'
import { takeProviderAction } from '../../Providers/lib/transition'
import { relationId } from '../../relations'
import { handlesComplaints } from '../access'
import { LIFE_COMPLAINTS, type LifeComplaintStatus, REMEDY_KIND_LABELS, type RemedyKind, SANCTION_LABELS, type Sanction } from '../states'
import { checkLifeComplaintAction, LIFE_COMPLAINT_ACTIONS, type LifeComplaintAction } from '../workflow'
import { tellClosed } from './messages'
import { COMPLAINANT_NAME } from './raise'

/** Who takes a step: life-services staff (req.user), the complained-about provider's account, or the complainant. */
export type LifeComplaintActor = { side: 'provider'; account: Pick<ProviderAccount, 'id' | 'name' | 'provider'> } | { side: 'resident' } | { side: 'staff' }

/** A remedy as staff enter it: the kind, and what that kind needs. */
export type RemedyInput = { kind?: string; amount?: number | string; reworkDate?: string; sanction?: string; suspendedUntil?: string }

export type LifeComplaintActionInput = { note?: string; remedy?: RemedyInput; level?: string; comment?: string }

type Patch = Partial<Omit<LifeComplaint, 'id'>>
type Remedy = NonNullable<LifeComplaint['remedies']>[number]

const remedyError = (field: string, message: string) => invalid([{ field: `remedy.${field}`, code: 'INVALID_REMEDY', message }])

/** An amount of yuan greater than 0, to the fen. */
function amountOf(value: RemedyInput['amount']): number {
  const amount = typeof value === 'string' ? Number(value.trim()) : value
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0 || Math.round(amount * 100) !== amount * 100) {
    throw remedyError('amount', '请填写大于0的金额（元，最多两位小数）')
  }
  return amount
}

/** A date from today on, for the rework or the end of a worker's suspension. */
function laterDate(value: string | undefined, field: string, words: string): string {
  const date = value?.trim() ?? ''
  if (!isIsoDate(date) || date < chinaDate()) throw remedyError(field, `请按“年-月-日”填写${words}，不能早于今天`)
  return date
}

/** The refunds recorded so far, in yuan. */
const refunded = (complaint: LifeComplaint): number => (complaint.remedies ?? []).filter((each) => each.kind === 'refund').reduce((sum, each) => sum + (each.amount ?? 0), 0)

/** The order complained about. */
const orderOf = async (req: PayloadRequest, complaint: LifeComplaint): Promise<LifeOrder> =>
  (await req.payload.findByID({ collection: 'life-orders', id: relationId(complaint.order)!, depth: 0, overrideAccess: true, req })) as LifeOrder

/** Sanction the provider (a public entry in its history, the complaint as the reason) or suspend the worker. */
async function applySanction(req: PayloadRequest, complaint: LifeComplaint, sanction: Sanction, note: string, suspendedUntil: string | undefined): Promise<Partial<Remedy>> {
  if (sanction === 'suspendWorker') {
    const workerId = relationId(complaint.worker)
    if (workerId === undefined) throw remedyError('sanction', '这张订单没有派服务人员，不能暂停服务人员上岗')
    const until = laterDate(suspendedUntil, 'suspendedUntil', '暂停上岗的截止日期')
    await req.payload.update({ collection: 'workers', id: workerId, data: { suspendedUntil: until }, overrideAccess: true, depth: 0, req, select: { suspendedUntil: true } })
    return { sanction, suspendedUntil: until }
  }
  const provider = (await req.payload.findByID({ collection: 'providers', id: relationId(complaint.provider)!, depth: 0, overrideAccess: true, req })) as Provider
  await takeProviderAction(req, provider, sanction, { side: 'city' }, `投诉${complaint.number}：${note}`)
  return { sanction }
}

/** One remedy checked and, for a sanction, carried out. */
async function remedyFor(req: PayloadRequest, complaint: LifeComplaint, input: RemedyInput | undefined, note: string, now: Date): Promise<Remedy> {
  const kind = input?.kind
  if (!kind || !Object.hasOwn(REMEDY_KIND_LABELS, kind)) throw remedyError('kind', '请选择处理措施：返工、退款、赔偿或对企业处理')
  const base = { kind: kind as RemedyKind, note, recordedAt: now.toISOString() }
  switch (kind as RemedyKind) {
    case 'rework':
      return { ...base, reworkDate: laterDate(input!.reworkDate, 'reworkDate', '返工日期') }
    case 'refund': {
      const amount = amountOf(input!.amount)
      const order = await orderOf(req, complaint)
      if (refunded(complaint) + amount > (order.amount ?? 0)) throw remedyError('amount', `退款合计不能超过订单金额${order.amount ?? 0}元`)
      return { ...base, amount }
    }
    case 'compensation':
      return { ...base, amount: amountOf(input!.amount) }
    case 'sanction': {
      const sanction = input!.sanction
      if (!sanction || !Object.hasOwn(SANCTION_LABELS, sanction)) throw remedyError('sanction', '请选择处理方式：警告企业、暂停企业接单或暂停服务人员上岗')
      return { ...base, ...(await applySanction(req, complaint, sanction as Sanction, note, input!.suspendedUntil)) }
    }
  }
}

/** What the action changes on the complaint, besides its state. */
async function patchFor(req: PayloadRequest, complaint: LifeComplaint, action: LifeComplaintAction, input: LifeComplaintActionInput, note: string, now: Date): Promise<Patch> {
  switch (action) {
    case 'answer':
      return { providerAnswer: { text: note, answeredAt: now.toISOString() } }
    case 'remedy':
      return { remedies: [...(complaint.remedies ?? []), await remedyFor(req, complaint, input.remedy, note, now)] }
    case 'close':
      return { result: note, closedAt: now.toISOString(), onTime: finishedCaseFigures({ startedAt: complaint.receivedAt, dueDate: complaint.dueDate }, chinaDate(now), await loadWorkingCalendar(req.payload, req)).onTime ?? null }
    case 'rate': {
      if (!input.level || !Object.hasOwn(RATING_LABELS, input.level)) throw invalid([{ field: 'level', code: 'SATISFACTION_REQUIRED', message: '请选择对投诉处理的满意程度' }])
      return { rating: { level: input.level as NonNullable<NonNullable<LifeComplaint['rating']>['level']>, comment: input.comment?.trim() || null, ratedAt: now.toISOString() } }
    }
    case 'askProvider':
    case 'noAnswer':
      return {}
  }
}

/** Refuse a step by the wrong side; a provider's or staff member's complaint outside their reach is 404 (not theirs to see). */
function checkActor(req: PayloadRequest, complaint: LifeComplaint, action: LifeComplaintAction, actor: LifeComplaintActor): void {
  const { by, label } = LIFE_COMPLAINT_ACTIONS[action]
  if (by !== actor.side) throw new RequestError('ACTION_NOT_ALLOWED', `“${label}”不由您操作`, 403)
  if (actor.side === 'provider' && relationId(actor.account.provider) !== relationId(complaint.provider)) throw new RequestError('NOT_FOUND', '没有这件投诉', 404)
  if (actor.side === 'staff') {
    if (!handlesComplaints(req.user)) throw new RequestError('ACTION_NOT_ALLOWED', '投诉由生活服务监管人员处理', 403)
    if (!isInUserScope(req.user, complaint.scope)) throw new RequestError('NOT_FOUND', '没有这件投诉', 404)
  }
}

/** The words and links a history entry stores for the actor. */
async function eventActor(req: PayloadRequest, complaint: LifeComplaint, actor: LifeComplaintActor) {
  switch (actor.side) {
    case 'provider': {
      const provider = (await req.payload.findByID({ collection: 'providers', id: relationId(complaint.provider)!, depth: 0, select: { name: true }, overrideAccess: true, req })) as Provider
      return { by: 'provider' as const, providerAccount: actor.account.id, actorName: actor.account.name, actorUnit: provider.name }
    }
    case 'resident':
      return { by: 'resident' as const, actorName: COMPLAINANT_NAME, actorUnit: null }
    case 'staff':
      return { by: 'staff' as const, actor: req.user?.id ?? null, ...(await requestActorWords(req)) }
  }
}

/**
 * Take a step of a complaint's loop, inside the caller's transaction: the
 * table must allow it from the current state and to this side, with its
 * note and input (a remedy, a rating); then the complaint changes, a
 * sanction is carried out on the provider or worker, the step is appended
 * to the complaint's history, and on closing the complainant is texted the
 * result.
 */
export async function takeLifeComplaintAction(req: PayloadRequest, complaint: LifeComplaint, action: LifeComplaintAction, actor: LifeComplaintActor, input: LifeComplaintActionInput = {}): Promise<LifeComplaint> {
  checkActor(req, complaint, action, actor)
  const note = checkLifeComplaintAction(action, complaint.status, input.note)
  const now = new Date()
  const patch = await patchFor(req, complaint, action, input, note, now)
  const status = nextState<LifeComplaintStatus>(LIFE_COMPLAINT_ACTIONS[action], complaint.status)!
  const updated = (await req.payload.update({ collection: LIFE_COMPLAINTS, id: complaint.id, data: { ...patch, status }, overrideAccess: true, depth: 0, req })) as LifeComplaint
  const { actorName, actorUnit, ...links } = await eventActor(req, complaint, actor)
  const remedy = action === 'remedy' ? updated.remedies!.at(-1)! : null
  const label = remedy ? `${LIFE_COMPLAINT_ACTIONS[action].label}：${REMEDY_KIND_LABELS[remedy.kind]}` : LIFE_COMPLAINT_ACTIONS[action].label
  const entry = { action, actionLabel: label, fromStatus: complaint.status, toStatus: status, note: note || null, complaint: complaint.id, scope: complaint.scope, provider: relationId(complaint.provider) ?? null, ...links }
  await appendCaseEvent(req, 'life-complaint-events', entry, { actorName, actorUnit })
  if (action === 'close') await tellClosed(req, updated)
  return updated
}
