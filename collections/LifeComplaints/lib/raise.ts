import { type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'

import type { LifeComplaint, LifeOrder } from '../../../cms/payload-types'
import { loadWorkingCalendar } from '../../CalendarDays/load'
import { requestActorWords } from '../../casework/actorWords'
import { caseDeadline } from '../../casework/clock'
import { appendCaseEvent } from '../../casework/history'
import { unusedCaseNumber } from '../../casework/numbers'
import { relationId } from '../../relations'
import { COMPLAINT_WORKING_DAYS, LIFE_COMPLAINT_NUMBERING, LIFE_COMPLAINTS, OPEN_COMPLAINT_STATUSES } from '../states'
import { tellReceived } from './messages'

/** How a history names the resident raising or rating their own complaint. */
export const COMPLAINANT_NAME = '投诉人'

const refuse = (req: PayloadRequest, message: string): ValidationError =>
  new ValidationError({ collection: LIFE_COMPLAINTS, errors: [{ path: 'order', message }], req })

/** The order complained about: one a provider took on, with no complaint about it still open (read unmasked: its customer becomes the complainant). */
async function complainableOrder(req: PayloadRequest, orderId: number | string | undefined): Promise<LifeOrder> {
  const order = orderId === undefined ? null : ((await req.payload.findByID({ collection: 'life-orders', id: orderId, depth: 0, overrideAccess: true, showHiddenFields: true, disableErrors: true, req })) as LifeOrder | null)
  if (!order) throw refuse(req, '请选择要投诉的订单')
  if (!order.provider) throw refuse(req, '这张订单还没有企业承接，不能投诉；如需帮助请拨打12345')
  const { docs } = await req.payload.find({
    collection: LIFE_COMPLAINTS,
    where: { and: [{ order: { equals: order.id } }, { status: { in: OPEN_COMPLAINT_STATUSES } }] },
    limit: 1,
    depth: 0,
    select: { number: true },
    overrideAccess: true,
    req,
  })
  if (docs[0]) throw refuse(req, `这张订单的投诉（编号${docs[0].number}）正在处理，请等待处理结果`)
  return order
}

/**
 * beforeChange, on create: the rest of a new complaint follows from its
 * order (provider, worker, category, community, who booked) and from today
 * (number, due date five working days on). Whoever raises it only picks the
 * order and says what went wrong; the division's scope check follows.
 */
export const fillFromOrder: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const order = await complainableOrder(req, relationId(data.order))
  const now = new Date()
  const { dueDate, dueDateProvisional } = caseDeadline({ startedAt: now.toISOString(), promisedDays: COMPLAINT_WORKING_DAYS }, await loadWorkingCalendar(req.payload, req))
  return {
    ...data,
    number: await unusedCaseNumber(req, LIFE_COMPLAINT_NUMBERING, now),
    status: 'received',
    channel: data.channel === 'portal' ? 'portal' : 'phone',
    provider: relationId(order.provider),
    worker: relationId(order.worker) ?? null,
    category: relationId(order.category),
    division: relationId(order.division),
    resident: relationId(order.resident) ?? null,
    complainant: { name: order.customer.name, phone: order.customer.phone },
    receivedAt: now.toISOString(),
    dueDate,
    dueDateProvisional,
  }
}

/** afterChange, on create: the receipt is the history's first entry, and the complainant is texted the number and due date. */
export const recordReceipt: CollectionAfterChangeHook<LifeComplaint> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const portal = doc.channel === 'portal'
  await appendCaseEvent(
    req,
    'life-complaint-events',
    { action: 'receive', actionLabel: '受理', toStatus: 'received', complaint: doc.id, provider: relationId(doc.provider), scope: doc.scope, by: portal ? 'resident' : 'staff', actor: portal ? null : (req.user?.id ?? null) },
    portal ? { actorName: COMPLAINANT_NAME, actorUnit: null } : requestActorWords(req),
  )
  await tellReceived(req, doc)
  return doc
}
