import type { Payload, PayloadRequest } from 'payload'

import type { LifeOrder } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { RequestError } from '../../errors'
import type { MessageCause } from '../../Notifications/queue'
import { LIFE_ORDERS, SLOT_HOLDING_STATUSES, TIME_PERIODS } from '../states'
import type { LifeOrderAction } from '../workflow'
import { offerToNext } from './dispatch'
import { tellCustomer } from './messages'
import { recountRatings } from './ratings'
import { type LifeOrderActionInput, type LifeOrderActor, takeLifeOrderAction } from './transition'

/** How long a done order waits for the resident before it counts as confirmed. */
export const AUTO_CONFIRM_HOURS = 72

/** Refuse to send a worker who already has an order in the same date and period. */
async function refuseBusyWorker(tx: PayloadRequest, order: LifeOrder, workerId: string | undefined): Promise<void> {
  if (workerId === undefined) return
  const { totalDocs } = await tx.payload.count({
    collection: LIFE_ORDERS,
    where: { and: [{ worker: { equals: workerId } }, { date: { equals: order.date } }, { period: { equals: order.period } }, { status: { in: SLOT_HOLDING_STATUSES } }, { id: { not_equals: order.id } }] },
    overrideAccess: true,
    req: tx,
  })
  if (totalDocs > 0) throw new RequestError('WORKER_BUSY', `这名服务人员${order.date}${TIME_PERIODS[order.period].label}已有其他订单，请改派其他人员`, 409)
}

/**
 * One step of the provider loop with what follows from it, inside `tx`: the
 * customer told (accepted, worker sent, done, cancelled), the order offered
 * to the next provider when one leaves it, the averages recounted after a
 * rating. `cause` is the resident's for their own steps, else staff's.
 */
export async function takeLifeOrderStep(tx: PayloadRequest, order: LifeOrder, action: LifeOrderAction, actor: LifeOrderActor, input: LifeOrderActionInput = {}, cause: MessageCause = 'staff'): Promise<LifeOrder> {
  if (action === 'assign') await refuseBusyWorker(tx, order, input.workerId)
  const updated = await takeLifeOrderAction(tx, order, action, actor, input)
  switch (action) {
    case 'accept':
      await tellCustomer(tx, updated, 'lifeOrder.accepted', cause)
      break
    case 'assign':
      await tellCustomer(tx, updated, 'lifeOrder.workerAssigned', cause)
      break
    case 'finish':
      await tellCustomer(tx, updated, 'lifeOrder.done', cause)
      break
    case 'cancel':
    case 'cancelForCaller':
      await tellCustomer(tx, updated, 'lifeOrder.cancelled', cause)
      break
    case 'decline':
    case 'release':
    case 'timeOut':
      return offerToNext(tx, updated, 'staff')
    case 'rate':
    case 'callBack':
      await recountRatings(tx, updated)
      break
  }
  return updated
}

/**
 * Take a step on the order `id` in a transaction of its own, reading the
 * order inside it (so two steps at once see each other). Desk steps run as
 * the staff member (scope checks, the audit log); the others as the platform.
 */
export async function actOnLifeOrder(req: PayloadRequest, id: number | string, action: LifeOrderAction, actor: LifeOrderActor, input: LifeOrderActionInput = {}, cause: MessageCause = 'staff'): Promise<LifeOrder> {
  return withTransaction(
    req.payload,
    async (tx) => {
      const order = (await tx.payload.findByID({ collection: LIFE_ORDERS, id, depth: 0, overrideAccess: true, req: tx })) as LifeOrder
      return takeLifeOrderStep(tx, order, action, actor, input, cause)
    },
    actor.side === 'desk' ? req : undefined,
  )
}

/** The platform's step on each order `where` selects that still needs it, one transaction each; how many were taken. */
async function sweep(payload: Payload, where: Parameters<Payload['find']>[0]['where'], action: 'autoConfirm' | 'timeOut', stillDue: (order: LifeOrder) => boolean): Promise<number> {
  const { docs } = await payload.find({ collection: LIFE_ORDERS, where, limit: 200, depth: 0, select: { status: true }, overrideAccess: true })
  let taken = 0
  for (const { id } of docs) {
    const done = await withTransaction(payload, async (tx) => {
      const order = (await tx.payload.findByID({ collection: LIFE_ORDERS, id, depth: 0, overrideAccess: true, req: tx })) as LifeOrder
      if (!stillDue(order)) return false
      await takeLifeOrderStep(tx, order, action, { side: 'platform' })
      return true
    })
    if (done) taken += 1
  }
  return taken
}

/**
 * The platform's clock on the loop: offers not answered by their deadline
 * time out (the order goes to the next provider, or is given up), and orders
 * done for 72 hours without the resident's word count as confirmed.
 */
export async function expireLifeOffers(payload: Payload, now = new Date()): Promise<{ autoConfirmed: number; timedOut: number }> {
  const instant = now.toISOString()
  const timedOut = await sweep(payload, { and: [{ status: { equals: 'offered' } }, { offerExpiresAt: { less_than: instant } }] }, 'timeOut', (order) => order.status === 'offered' && Boolean(order.offerExpiresAt && order.offerExpiresAt < instant))
  const confirmBefore = new Date(now.getTime() - AUTO_CONFIRM_HOURS * 3600_000).toISOString()
  const autoConfirmed = await sweep(payload, { and: [{ status: { equals: 'done' } }, { doneAt: { less_than: confirmBefore } }] }, 'autoConfirm', (order) => order.status === 'done' && Boolean(order.doneAt && order.doneAt < confirmBefore))
  return { autoConfirmed, timedOut }
}
