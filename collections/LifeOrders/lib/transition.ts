import type { PayloadRequest } from 'payload'

import type { LifeCategory, LifeOrder, Provider, ProviderAccount, Worker } from '../../../cms/payload-types'
import { releaseSeat, seatReq } from '../../Appointments/lib/seats'
import { PLATFORM_NAME, requestActorWords } from '../../casework/actorWords'
import { appendCaseEvent } from '../../casework/history'
import { registerLifeRatingDemand } from '../../Demands/hooks'
import { RATING_LABELS } from '../../casework/satisfaction'
import { nextState } from '../../casework/workflow'
import { invalid } from '../../endpoints/respond'
import { RequestError } from '../../errors'
import { relationId } from '../../relations'
import { LIFE_ORDERS, type LifeOrderStatus, TIME_PERIODS } from '../states'
import { checkLifeOrderAction, LIFE_ORDER_ACTIONS, type LifeOrderAction } from '../workflow'

/** Who takes a step: a provider's account, the resident, hotline or life-services staff (req.user), or the platform. */
export type LifeOrderActor =
  | { side: 'desk' }
  | { side: 'platform' }
  | { side: 'provider'; account: Pick<ProviderAccount, 'id' | 'name' | 'provider'> }
  | { side: 'resident' }

export type LifeOrderActionInput = {
  note?: string
  /** offer: the provider offered to, and the seat already taken for it in its time slot. */
  providerId?: string
  slotKey?: string
  /** assign: the worker sent. */
  workerId?: string
  /** rate, callBack: GB/T 39734 levels for the service and for the worker, and the resident's words. */
  level?: string
  workerLevel?: string
  comment?: string
}

type Patch = Partial<Omit<LifeOrder, 'id'>>

/** How a history names a resident taking their own step. */
export const RESIDENT_NAME = '预约人'

const levelOf = (value: string | undefined, field: string, message: string): NonNullable<NonNullable<LifeOrder['rating']>['level']> => {
  if (!value || !Object.hasOwn(RATING_LABELS, value)) throw invalid([{ field, code: 'SATISFACTION_REQUIRED', message }])
  return value as NonNullable<NonNullable<LifeOrder['rating']>['level']>
}

/** The offers with the pending one (the last) marked as it ended. */
const endPendingOffer = (order: LifeOrder, outcome: 'accepted' | 'declined' | 'released' | 'timedOut' | 'withdrawn'): LifeOrder['offers'] =>
  (order.offers ?? []).map((offer, index, all) =>
    index === all.length - 1 && (offer.outcome === 'pending' || (outcome === 'released' && offer.outcome === 'accepted')) ? { ...offer, outcome } : offer,
  )

/** The provider leaves the order: its seat in the time slot is given back, its worker no longer sent. */
async function leavingProvider(req: PayloadRequest, order: LifeOrder): Promise<Patch> {
  if (order.slotKey) await releaseSeat(req.payload, order.slotKey, seatReq(req.payload, req))
  return { provider: null, slotKey: null, worker: null, offerExpiresAt: null, acceptedAt: null }
}

/** The worker the provider sends: one of its own, employed, whose card is not red. */
async function workerFor(req: PayloadRequest, order: LifeOrder, workerId: string | undefined): Promise<Worker> {
  const worker = workerId === undefined ? null : await req.payload.findByID({ collection: 'workers', id: workerId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!worker || relationId(worker.provider) !== relationId(order.provider)) throw invalid([{ field: 'worker', code: 'UNKNOWN_WORKER', message: '请选择本企业的一名服务人员' }])
  if (worker.status?.colour === 'red' || worker.employed === false) {
    throw invalid([{ field: 'worker', code: 'WORKER_NOT_CLEARED', message: `这名服务人员目前是红码（${worker.status?.reasons || '证件不全'}），不能派出` }])
  }
  return worker
}

/** The offer's deadline: the category's hours to accept, from now. */
async function offerDeadline(req: PayloadRequest, order: LifeOrder, now: Date): Promise<string> {
  const category = (await req.payload.findByID({ collection: 'life-categories', id: relationId(order.category)!, depth: 0, overrideAccess: true, req })) as LifeCategory
  return new Date(now.getTime() + (category.responseHours ?? 2) * 3600_000).toISOString()
}

/** Whether the order's first offer is accepted before it expires (the statistics' 按时接单). */
const acceptedOnTime = (order: LifeOrder, now: Date): boolean => (order.offers ?? []).length === 1 && Boolean(order.offerExpiresAt) && now <= new Date(order.offerExpiresAt!)

/** The end of the booked period, in China. */
const periodEnd = (order: LifeOrder): Date => new Date(`${order.date}T${TIME_PERIODS[order.period].end}:00+08:00`)

/** What the action changes on the order, besides its state. */
async function patchFor(req: PayloadRequest, order: LifeOrder, action: LifeOrderAction, input: LifeOrderActionInput, now: Date): Promise<Patch> {
  switch (action) {
    case 'offer': {
      if (input.providerId === undefined || !input.slotKey) throw new Error('An offer names its provider and the seat taken for it')
      await req.payload.update({ collection: 'providers', id: input.providerId, data: { lastOfferedAt: now.toISOString() }, overrideAccess: true, depth: 0, req, select: { lastOfferedAt: true } })
      return {
        provider: input.providerId,
        slotKey: input.slotKey,
        offerExpiresAt: await offerDeadline(req, order, now),
        offers: [...(order.offers ?? []), { provider: input.providerId, offeredAt: now.toISOString(), outcome: 'pending' }],
      }
    }
    case 'accept':
      return { acceptedAt: now.toISOString(), acceptedOnTime: acceptedOnTime(order, now), offerExpiresAt: null, offers: endPendingOffer(order, 'accepted') }
    case 'decline':
      return { ...(await leavingProvider(req, order)), offers: endPendingOffer(order, 'declined') }
    case 'timeOut':
      return { ...(await leavingProvider(req, order)), offers: endPendingOffer(order, 'timedOut') }
    case 'release':
      return { ...(await leavingProvider(req, order)), offers: endPendingOffer(order, 'released') }
    case 'cancel':
    case 'cancelForCaller':
      return { ...(await leavingProvider(req, order)), provider: order.provider, offers: endPendingOffer(order, 'withdrawn') }
    case 'assign':
      return { worker: (await workerFor(req, order, input.workerId)).id }
    case 'finish':
      return { doneAt: now.toISOString(), doneOnTime: now <= periodEnd(order) }
    case 'confirm':
    case 'autoConfirm':
      return { confirmedAt: now.toISOString() }
    case 'rate':
    case 'callBack': {
      const level = levelOf(input.level, 'level', '请选择对服务的满意程度')
      const workerLevel = order.worker ? levelOf(input.workerLevel, 'workerLevel', '请选择对服务人员的满意程度') : null
      return { confirmedAt: order.confirmedAt ?? now.toISOString(), rating: { level, workerLevel, comment: input.comment?.trim() || null, ratedAt: now.toISOString() } }
    }
    case 'giveUp':
      return {}
  }
}

/** Refuse a step by the wrong side, or by a provider the order is not with (404: it is not theirs to see). */
function checkActor(order: LifeOrder, action: LifeOrderAction, actor: LifeOrderActor): void {
  const side = LIFE_ORDER_ACTIONS[action].by
  if (side !== actor.side) throw new RequestError('ACTION_NOT_ALLOWED', `“${LIFE_ORDER_ACTIONS[action].label}”不由您操作`, 403)
  if (actor.side === 'provider' && relationId(actor.account.provider) !== relationId(order.provider)) {
    throw new RequestError('NOT_FOUND', '没有这张订单', 404)
  }
}

/** The words and links a history entry stores for the actor. */
async function eventActor(req: PayloadRequest, actor: LifeOrderActor) {
  switch (actor.side) {
    case 'provider': {
      const provider = (await req.payload.findByID({ collection: 'providers', id: relationId(actor.account.provider)!, depth: 0, select: { name: true }, overrideAccess: true, req })) as Provider
      return { by: 'provider' as const, providerAccount: actor.account.id, actorName: actor.account.name, actorUnit: provider.name }
    }
    case 'resident':
      return { by: 'resident' as const, actorName: RESIDENT_NAME, actorUnit: null }
    case 'desk':
      return { by: 'staff' as const, actor: req.user?.id ?? null, ...(await requestActorWords(req)) }
    case 'platform':
      return { by: 'system' as const, actorName: PLATFORM_NAME, actorUnit: null }
  }
}

/**
 * Take a step of the provider loop on an order, inside the caller's
 * transaction: the table must allow it from the current state and to this
 * side, and its input must be there (a note, a worker, ratings); then the
 * order changes and the step is appended to its history, naming the
 * provider the order was with at that step.
 */
export async function takeLifeOrderAction(req: PayloadRequest, order: LifeOrder, action: LifeOrderAction, actor: LifeOrderActor, input: LifeOrderActionInput = {}): Promise<LifeOrder> {
  checkActor(order, action, actor)
  const note = checkLifeOrderAction(action, order.status, input.note)
  const now = new Date()
  const patch = await patchFor(req, order, action, input, now)
  const status = nextState<LifeOrderStatus>(LIFE_ORDER_ACTIONS[action], order.status)!
  const updated = (await req.payload.update({ collection: LIFE_ORDERS, id: order.id, data: { ...patch, status }, overrideAccess: true, depth: 0, req })) as LifeOrder
  const { actorName, actorUnit, ...links } = await eventActor(req, actor)
  const provider = relationId(action === 'offer' ? updated.provider : order.provider) ?? null
  const entry = { action, actionLabel: LIFE_ORDER_ACTIONS[action].label, fromStatus: order.status, toStatus: status, note: note || null, order: order.id, scope: order.scope, provider, ...links }
  await appendCaseEvent(req, 'life-order-events', entry, { actorName, actorUnit })
  if (action === 'rate' || action === 'callBack') await registerLifeRatingDemand(req, updated)
  return updated
}
