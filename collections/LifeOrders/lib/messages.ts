import type { PayloadRequest } from 'payload'

import type { LifeOrder, Provider, Worker } from '../../../cms/payload-types'
import { deliverOnCommit } from '../../Notifications/deliver'
import { type MessageCause, queueMessage } from '../../Notifications/queue'
import { renderMessage } from '../../Notifications/templates'
import type { MessageEvent } from '../../SmsTemplates/events'
import { divisionById } from '../../Divisions/lookup'
import { maskName } from '../../privacy/mask'
import { relationId } from '../../relations'
import { chinaTime } from '../../Tickets/web/trackPage'
import { TIME_PERIODS } from '../states'

/** The messages to the customer (the provider's own offer message is `tellProvider`). */
type CustomerEvent = Exclude<MessageEvent & `lifeOrder.${string}`, 'lifeOrder.offered'>

/** A yuan amount as people read it: no trailing zeros ("80", "40.5"). */
export const yuan = (amount: null | number | undefined): string => String(Math.round((amount ?? 0) * 100) / 100)

/** The visit's day and period in words. */
export const visitTime = (order: Pick<LifeOrder, 'date' | 'period'>): string => `${order.date} ${TIME_PERIODS[order.period].label}`

const orderVariables = (order: LifeOrder) => ({ number: order.number, itemName: order.itemName ?? '', time: visitTime(order) })

const priceVariables = (order: LifeOrder) => ({
  amount: yuan(order.amount),
  payable: yuan(order.payable),
  subsidyNote: order.subsidy?.amount ? `（含政府补贴${yuan(order.subsidy.amount)}元）` : '',
})

/** The variables each customer message fills, read in `req`'s transaction. */
async function customerVariables(req: PayloadRequest, order: LifeOrder, event: CustomerEvent): Promise<Record<string, string>> {
  switch (event) {
    case 'lifeOrder.received':
      return { ...orderVariables(order), ...priceVariables(order) }
    case 'lifeOrder.accepted': {
      const provider = (await req.payload.findByID({ collection: 'providers', id: relationId(order.provider)!, depth: 0, select: { name: true, servicePhone: true }, overrideAccess: true, req })) as Provider
      return { ...orderVariables(order), ...priceVariables(order), providerName: provider.name, providerPhone: provider.servicePhone }
    }
    case 'lifeOrder.workerAssigned': {
      const worker = (await req.payload.findByID({ collection: 'workers', id: relationId(order.worker)!, depth: 0, select: { name: true, cardNumber: true }, overrideAccess: true, showHiddenFields: true, req })) as Worker
      return { ...orderVariables(order), workerName: maskName(worker.name), cardNumber: worker.cardNumber ?? '' }
    }
    default:
      return orderVariables(order)
  }
}

/**
 * Queue the SMS about `order` to its customer in `tx`, sent after the
 * commit. `cause` is 'resident' for the resident's own steps on the portal
 * (they count against the number's cap), 'staff' for everything else.
 */
export async function tellCustomer(tx: PayloadRequest, order: LifeOrder, event: CustomerEvent, cause: MessageCause): Promise<void> {
  const { subject, text } = await renderMessage(tx, event, (await customerVariables(tx, order, event)) as never)
  // Read in full: a signed-in caller's own reads show the phone masked.
  const { customer } = (await tx.payload.findByID({ collection: 'life-orders', id: order.id, depth: 0, select: { customer: true }, overrideAccess: true, showHiddenFields: true, req: tx })) as LifeOrder
  const about = { lifeOrder: order.id, resident: (relationId(order.resident) as string | undefined) ?? null, scope: order.scope }
  if (await queueMessage(tx, about, { phone: customer.phone, subject, message: text }, cause)) deliverOnCommit(tx)
}

/** Queue the new-offer SMS to the provider's contact mobile, with the deadline to answer. */
export async function tellProvider(tx: PayloadRequest, order: LifeOrder): Promise<void> {
  const provider = (await tx.payload.findByID({ collection: 'providers', id: relationId(order.provider)!, depth: 0, select: { contactPhone: true }, overrideAccess: true, showHiddenFields: true, req: tx })) as Provider
  const community = await divisionById(tx, relationId(order.division)!)
  const { subject, text } = await renderMessage(tx, 'lifeOrder.offered', {
    ...orderVariables(order),
    community: community?.name ?? '',
    deadline: order.offerExpiresAt ? chinaTime(order.offerExpiresAt) : '',
  })
  if (await queueMessage(tx, { lifeOrder: order.id, scope: order.scope }, { phone: provider.contactPhone, subject, message: text }, 'staff')) deliverOnCommit(tx)
}
