import type { PayloadRequest } from 'payload'

import type { LifeCategory, LifeOrder, LifeOrderEvent, Provider, ProviderItem, Worker } from '../../../cms/payload-types'
import { chinaDate, shiftDays } from '../../CalendarDays/workingDays'
import { parseDivisionCode } from '../../Divisions/code'
import { listCommunities } from '../../Divisions/lookup'
import { html } from '../../endpoints/htmlAnswer'
import { LIFE_COMPLAINTS, OPEN_COMPLAINT_STATUSES } from '../../LifeComplaints/states'
import { invalid } from '../../endpoints/respond'
import type { SubsidyRegister } from '../../lifeServices/subsidyRegisters'
import { PRICE_UNIT_LABELS } from '../../ProviderItems'
import { relationId } from '../../relations'
import { TIME_PERIODS, type TimePeriod } from '../states'
import { BOOKING_DAYS_AHEAD } from './book'
import { lifeSlotKey } from './dispatch'
import { yuan } from './messages'
import type { BookingTarget, OrderPageFacts, SlotChoice } from './pages'

const PERIODS = Object.keys(TIME_PERIODS) as TimePeriod[]

/** Every bookable day and period, tomorrow to 14 days ahead. */
const bookableSlots = (): { date: string; period: TimePeriod }[] =>
  Array.from({ length: BOOKING_DAYS_AHEAD }, (_, index) => shiftDays(chinaDate(), index + 1)).flatMap((date) => PERIODS.map((period) => ({ date, period })))

/** The seats left in each of a provider's slots (one read of the counters). */
async function seatsLeft(req: PayloadRequest, provider: Pick<Provider, 'capacity' | 'id'>): Promise<SlotChoice[]> {
  const slots = bookableSlots()
  const keys = slots.map((slot) => lifeSlotKey(provider.id, slot.date, slot.period))
  const { docs } = await req.payload.find({ collection: 'appointment-slots', where: { key: { in: keys } }, pagination: false, depth: 0, select: { key: true, booked: true }, overrideAccess: true, req })
  const booked = new Map(docs.map((doc) => [doc.key, doc.booked]))
  return slots.map((slot, index) => ({ ...slot, free: Math.max(0, provider.capacity - (booked.get(keys[index]!) ?? 0)) }))
}

const subsidyRegisters = (category: LifeCategory): null | SubsidyRegister[] => (category.subsidy?.enabled ? ((category.subsidy.registers ?? []) as SubsidyRegister[]) : null)

/** What the booking form needs: the item or category chosen, the communities it can be booked for, the slots with their seats. */
export async function bookingFormFacts(req: PayloadRequest, itemId: string, categoryCode: string): Promise<{ target: BookingTarget; communities: { code: string; name: string }[]; slots: SlotChoice[] }> {
  const communities = await listCommunities(req.payload, req)
  if (itemId) {
    const item = (await req.payload.findByID({ collection: 'provider-items', id: itemId, depth: 0, overrideAccess: true, disableErrors: true, req })) as null | ProviderItem
    const provider = item && ((await req.payload.findByID({ collection: 'providers', id: relationId(item.provider)!, depth: 0, select: { name: true, capacity: true, status: true, areaCodes: true }, overrideAccess: true, req })) as Provider)
    if (!item || item.active === false || provider?.status !== 'listed') throw invalid([{ field: 'item', code: 'UNKNOWN_ITEM', message: '没有这个服务项目，或它暂不接受预约' }])
    const category = (await req.payload.findByID({ collection: 'life-categories', id: relationId(item.category)!, depth: 0, overrideAccess: true, req })) as LifeCategory
    const served = new Set(provider.areaCodes ?? [])
    return {
      target: {
        hidden: html`<input type="hidden" name="item" value="${String(item.id)}">`,
        summary: html`<p>服务项目：${item.name}（${provider.name}），${yuan(item.price)}元/${PRICE_UNIT_LABELS[item.unit]}。${item.included}</p>`,
        subsidyRegisters: subsidyRegisters(category),
      },
      communities: communities.filter((community) => Object.values(parseDivisionCode(community.code).path).some((code) => code && served.has(code))),
      slots: await seatsLeft(req, provider),
    }
  }
  const { docs } = await req.payload.find({ collection: 'life-categories', where: { code: { equals: categoryCode } }, limit: 1, depth: 0, overrideAccess: true, req })
  const category = docs[0] as LifeCategory | undefined
  if (!category) throw invalid([{ field: 'category', code: 'UNKNOWN_CATEGORY', message: '没有这个服务类别' }])
  return {
    target: {
      hidden: html`<input type="hidden" name="category" value="${category.code}">`,
      summary: html`<p>服务类别：${category.name}。由平台按评分和轮换派给服务您所在社区、有空档的在册企业，价格按接单企业的价目表计算，接单后短信告诉您。</p>`,
      subsidyRegisters: subsidyRegisters(category),
    },
    communities,
    slots: bookableSlots().map((slot) => ({ ...slot, free: null })),
  }
}

/** The number of the order's complaint still being handled, if any (one at a time). */
async function openComplaintOf(req: PayloadRequest, order: LifeOrder): Promise<null | string> {
  const { docs } = await req.payload.find({ collection: LIFE_COMPLAINTS, where: { and: [{ order: { equals: order.id } }, { status: { in: OPEN_COMPLAINT_STATUSES } }] }, limit: 1, depth: 0, select: { number: true }, overrideAccess: true, req })
  return docs[0]?.number ?? null
}

/** What an order's page shows besides the order (see `OrderPageFacts`). */
export async function orderPageFacts(req: PayloadRequest, order: LifeOrder): Promise<OrderPageFacts> {
  const { docs: history } = await req.payload.find({ collection: 'life-order-events', where: { order: { equals: order.id } }, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true, req })
  const providerId = order.acceptedAt ? relationId(order.provider) : undefined
  const provider = providerId === undefined ? null : ((await req.payload.findByID({ collection: 'providers', id: providerId, depth: 0, select: { name: true, servicePhone: true }, overrideAccess: true, req })) as Provider)
  const workerId = relationId(order.worker)
  const worker = workerId === undefined ? null : ((await req.payload.findByID({ collection: 'workers', id: workerId, depth: 0, select: { cardNumber: true }, overrideAccess: true, req })) as Worker)
  return { history: history as LifeOrderEvent[], provider, workerCard: worker?.cardNumber ?? null, openComplaint: await openComplaintOf(req, order) }
}
