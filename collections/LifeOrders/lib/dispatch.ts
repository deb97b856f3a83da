import type { PayloadRequest, Where } from 'payload'

import type { LifeCategory, LifeOrder, Provider, ProviderItem } from '../../../cms/payload-types'
import { takeSeatFor } from '../../Appointments/lib/seats'
import { parseDivisionCode } from '../../Divisions/code'
import type { MessageCause } from '../../Notifications/queue'
import { subsidyAmount } from '../../lifeServices/subsidy'
import { relationId } from '../../relations'
import { LIFE_ORDERS, type TimePeriod } from '../states'
import { tellCustomer, tellProvider } from './messages'
import { takeLifeOrderAction } from './transition'

/** A provider the platform may offer an order to, with the item it would do it under. */
export type Candidate = { provider: Pick<Provider, 'capacity' | 'id' | 'name'>; item: Pick<ProviderItem, 'id' | 'name' | 'price' | 'unit'> }

/** The seat an order holds in a provider's time slot (the appointments' atomic counter). */
export const lifeSlotKey = (providerId: number | string, date: string, period: TimePeriod): string => `life|${String(providerId)}|${date}|${period}`

/** Providers serving a community: those whose areas include it, its street, its district or its city. */
export const servingWhere = (communityCode: string): Where => ({ areaCodes: { in: Object.values(parseDivisionCode(communityCode).path).filter(Boolean) } })

/** Fen-exact money: prices are kept to the fen. */
const toFen = (amount: number): number => Math.round(amount * 100) / 100

/**
 * What an order costs under `item` (明码标价: the price is copied): the
 * amount, the subsidy the order carries (its register checked at booking)
 * recomputed on that amount, and what the resident pays.
 */
export function pricing(item: Candidate['item'], quantity: number, category: Pick<LifeCategory, 'subsidy'>, subsidy: LifeOrder['subsidy'] | null): Partial<LifeOrder> {
  const amount = toFen(item.price * quantity)
  const subsidised = subsidy?.register ? subsidyAmount(category, amount) : 0
  return {
    item: item.id,
    itemName: item.name,
    unitPrice: item.price,
    unit: item.unit,
    amount,
    payable: toFen(amount - subsidised),
    ...(subsidy?.register ? { subsidy: { ...subsidy, amount: subsidised } } : {}),
  }
}

/**
 * The providers the platform offers an order to, best first: in the
 * register, serving the community and the category with a bookable item in
 * it (their cheapest), by rating (highest first) and then rotation (offered
 * longest ago first); `excluded` are those already offered this order.
 */
export async function candidates(req: PayloadRequest, categoryId: number | string, communityCode: string, excluded: (number | string)[] = []): Promise<Candidate[]> {
  const { docs: providers } = await req.payload.find({
    collection: 'providers',
    where: { and: [{ status: { equals: 'listed' } }, { categories: { in: [categoryId] } }, servingWhere(communityCode), ...(excluded.length ? [{ id: { not_in: excluded } }] : [])] },
    sort: ['-rating.average', 'lastOfferedAt'],
    limit: 50,
    depth: 0,
    select: { name: true, capacity: true },
    overrideAccess: true,
    req,
  })
  if (providers.length === 0) return []
  const { docs: items } = await req.payload.find({
    collection: 'provider-items',
    where: { and: [{ provider: { in: providers.map((provider) => provider.id) } }, { category: { equals: categoryId } }, { active: { equals: true } }] },
    sort: 'price',
    pagination: false,
    depth: 0,
    select: { provider: true, name: true, price: true, unit: true },
    overrideAccess: true,
    req,
  })
  return providers.flatMap((provider) => {
    const item = items.find((each) => relationId(each.provider) === provider.id)
    return item ? [{ provider: provider as Candidate['provider'], item: item as Candidate['item'] }] : []
  })
}

/**
 * Take a seat in the candidate's time slot for the order's day and period;
 * its key, or false when the slot is full. On SQLite in `tx`, undone with it;
 * elsewhere taken outside `tx` and given back if `tx` fails.
 */
export async function takeProviderSeat(tx: PayloadRequest, candidate: Candidate, date: string, period: TimePeriod): Promise<false | string> {
  const slotKey = lifeSlotKey(candidate.provider.id, date, period)
  return (await takeSeatFor(tx, slotKey, candidate.provider.capacity)) && slotKey
}

/** Offer a waiting order to `candidate`, whose seat `slotKey` it holds: priced under the provider's item, the offer made and the provider told. */
export async function offerWithSeat(tx: PayloadRequest, order: LifeOrder, candidate: Candidate, category: Pick<LifeCategory, 'subsidy'>, slotKey: string): Promise<LifeOrder> {
  const samePrice = String(relationId(order.item)) === String(candidate.item.id)
  const priced = samePrice ? order : ((await tx.payload.update({ collection: LIFE_ORDERS, id: order.id, data: pricing(candidate.item, order.quantity, category, order.subsidy), overrideAccess: true, depth: 0, req: tx })) as LifeOrder)
  const offered = await takeLifeOrderAction(tx, priced, 'offer', { side: 'platform' }, { providerId: String(candidate.provider.id), slotKey })
  await tellProvider(tx, offered)
  return offered
}

/**
 * Offer a waiting order to the next provider (the choice rule above, none
 * offered it before) with a free seat; when there is none, give up: the
 * order is 无企业接单 and the customer told.
 */
export async function offerToNext(tx: PayloadRequest, order: LifeOrder, cause: MessageCause): Promise<LifeOrder> {
  const category = (await tx.payload.findByID({ collection: 'life-categories', id: relationId(order.category)!, depth: 0, select: { subsidy: true }, overrideAccess: true, req: tx })) as LifeCategory
  const community = await tx.payload.findByID({ collection: 'divisions', id: relationId(order.division)!, depth: 0, select: { code: true }, req: tx })
  const tried = (order.offers ?? []).map((offer) => relationId(offer.provider)!)
  for (const candidate of await candidates(tx, category.id, community.code, tried)) {
    const slotKey = await takeProviderSeat(tx, candidate, order.date, order.period)
    if (slotKey) return offerWithSeat(tx, order, candidate, category, slotKey)
  }
  const unserved = await takeLifeOrderAction(tx, order, 'giveUp', { side: 'platform' })
  await tellCustomer(tx, unserved, 'lifeOrder.unserved', cause)
  return unserved
}
