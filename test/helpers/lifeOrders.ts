import { createLocalReq, type Payload } from 'payload'

import type { LifeOrder, ProviderAccount } from '../../cms/payload-types'
import { chinaDate } from '../../collections/CalendarDays/workingDays'
import { type LifeOrderActor, takeLifeOrderAction } from '../../collections/LifeOrders/lib/transition'
import type { SubsidyRegister } from '../../collections/lifeServices/subsidyRegisters'
import { divisionId } from './users'

/** Where an order ends up: moved there through the provider loop. */
export type OrderEnd = 'cancelled' | 'confirmed' | 'done' | 'rated'

type OrderSpec = {
  /** A demo provider's account user name (content/demo/providers.yaml). */
  account: string
  end: OrderEnd
  amount: number
  subsidy?: { register: SubsidyRegister; amount: number }
  phone?: string
  residentId?: number | string
  /** The service address's community. */
  community?: string
  level?: '1' | '2' | '3' | '4' | '5'
  /** The booked day (today by default). */
  date?: string
  /** The item's name as copied onto the order (the first item's by default). */
  itemName?: string
}

let numbers = 0

/** A demo provider's account, as its cookie strategy puts it on `req.user`. */
export async function providerAccount(payload: Payload, username: string): Promise<ProviderAccount & Record<string, unknown> & { collection: 'provider-accounts' }> {
  const { docs } = await payload.find({ collection: 'provider-accounts', where: { username: { equals: username } }, depth: 0, limit: 1, overrideAccess: true })
  if (!docs[0]) throw new Error(`no provider account ${username}`)
  return { ...(docs[0] as ProviderAccount), collection: 'provider-accounts' }
}

/**
 * A life-service order booked with a demo provider for the first of its
 * items, created through the Local API (the booking endpoints are not what
 * is under test) and moved along the provider loop with takeLifeOrderAction
 * to `end`: offered, accepted, a worker sent, done, then confirmed or rated;
 * or cancelled while waiting.
 */
export async function lifeOrder(payload: Payload, spec: OrderSpec): Promise<LifeOrder> {
  const account = await providerAccount(payload, spec.account)
  const providerId = typeof account.provider === 'object' ? account.provider.id : account.provider
  const [{ docs: items }, { docs: workers }] = await Promise.all([
    payload.find({ collection: 'provider-items', where: { provider: { equals: providerId } }, depth: 0, limit: 1, overrideAccess: true }),
    payload.find({ collection: 'workers', where: { provider: { equals: providerId } }, depth: 0, limit: 1, overrideAccess: true }),
  ])
  const item = items[0]!
  numbers += 1
  const req = await createLocalReq({}, payload)
  let order = (await payload.create({
    collection: 'life-orders',
    data: {
      number: `SH${chinaDate().slice(2).replaceAll('-', '')}${String(90_000_000 + numbers).padStart(8, '0')}`,
      status: 'waiting',
      channel: 'portal',
      resident: spec.residentId ?? null,
      customer: { name: '张秀兰', phone: spec.phone ?? '13912340000', address: '郑州市金水区经八路1号' },
      division: await divisionId(payload, spec.community ?? '410105001001'),
      category: item.category,
      item: item.id,
      itemName: spec.itemName ?? item.name,
      unitPrice: spec.amount,
      unit: item.unit,
      quantity: 1,
      amount: spec.amount,
      payable: spec.amount - (spec.subsidy?.amount ?? 0),
      subsidy: spec.subsidy ? { ...spec.subsidy, percent: 50 } : undefined,
      date: spec.date ?? chinaDate(),
      period: 'evening',
    } as never,
    overrideAccess: true,
    depth: 0,
  })) as LifeOrder
  const provider: LifeOrderActor = { side: 'provider', account }
  const step = async (action: Parameters<typeof takeLifeOrderAction>[2], actor: LifeOrderActor, input = {}) => {
    order = await takeLifeOrderAction(req, order, action, actor, input)
  }
  if (spec.end === 'cancelled') {
    await step('cancel', { side: 'resident' })
    return order
  }
  await step('offer', { side: 'platform' }, { providerId: String(providerId), slotKey: `life|${providerId}|${order.date}|morning` })
  await step('accept', provider)
  await step('assign', provider, { workerId: String(workers[0]!.id) })
  await step('finish', provider)
  if (spec.end === 'confirmed') await step('confirm', { side: 'resident' })
  if (spec.end === 'rated') await step('rate', { side: 'resident' }, { level: spec.level ?? '5', workerLevel: spec.level ?? '5' })
  return order
}
