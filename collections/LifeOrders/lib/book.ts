import type { PayloadRequest } from 'payload'

import type { LifeCategory, LifeOrder, Person, Provider, ProviderItem, Resident } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { slotIsFull } from '../../Appointments/lib/seats'
import { chinaDate, isIsoDate, shiftDays } from '../../CalendarDays/workingDays'
import { requestActorWords } from '../../casework/actorWords'
import { appendCaseEvent } from '../../casework/history'
import { storeNewCase, unusedCaseNumber } from '../../casework/numbers'
import { communityByCode } from '../../Divisions/lookup'
import type { FieldError } from '../../endpoints/refusal'
import { invalid } from '../../endpoints/respond'
import { RequestError } from '../../errors'
import { entitledRegister, subsidyRegisterLabel } from '../../lifeServices/subsidy'
import { SUBSIDY_REGISTER_LABELS, type SubsidyRegister } from '../../lifeServices/subsidyRegisters'
import { citizenIdProblem, CITIZEN_ID_PROBLEMS, isMobileNumber } from '../../validation/identity'
import { relationId } from '../../relations'
import { LIFE_ORDER_NUMBERING, LIFE_ORDERS, TIME_PERIODS, type TimePeriod } from '../states'
import { type Candidate, lifeSlotKey, offerToNext, offerWithSeat, pricing, servingWhere, takeProviderSeat } from './dispatch'
import { tellCustomer } from './messages'
import { RESIDENT_NAME } from './transition'

/** How far ahead a visit may be booked: from tomorrow, up to this many days. */
export const BOOKING_DAYS_AHEAD = 14

/** Who books: a signed-in resident on the portal, or hotline or life-services staff for a caller (req.user). */
export type LifeBooker = { channel: 'portal'; resident: Pick<Resident, 'id'> } | { channel: 'phone' }

/** A booking as the forms and JSON send it. `item` (a price-list entry's id) or `category` (a category's code: the platform chooses). */
export type LifeBookingRequest = {
  item?: string
  category?: string
  /** The service address's community, by its 12-digit code. */
  community: string
  address: string
  date: string
  period: string
  quantity: number
  notes?: string
  name: string
  phone: string
  /** The resident agreed that their entry in the population base's registers is checked for the category's subsidy. */
  subsidyConsent?: boolean
  /** Phone bookings: the caller's ID number, typed by the agent with the caller's consent. */
  idNumber?: string
  booker: LifeBooker
  /** A request that may come again (its Idempotency-Key, or a plain form's day and fingerprint): the key and the request's fingerprint. */
  repeat?: { key: string; hash: string }
}

/** The subsidy an order carries: its register, share and amount, the consent and the person checked. */
type OrderSubsidy = NonNullable<LifeOrder['subsidy']>

/** What the booking came to, in words for the answer. */
export type LifeBooking = { order: LifeOrder; subsidyNote: null | string }

/** What was chosen: the provider's item, or a category for the platform to choose in. */
type Choice = { category: LifeCategory; candidate: Candidate | null }

/**
 * The order an earlier request with the same repeat key made, answered as
 * then; null when there is none. The same key with other content is refused:
 * the client reused a key.
 */
export async function earlierBooking(req: PayloadRequest, { key, hash }: NonNullable<LifeBookingRequest['repeat']>): Promise<LifeBooking | null> {
  const { docs } = await req.payload.find({ collection: LIFE_ORDERS, where: { idempotencyKey: { equals: key } }, limit: 1, depth: 0, pagination: false, overrideAccess: true, showHiddenFields: true, req })
  const earlier = docs[0] as (LifeOrder & { requestHash?: null | string }) | undefined
  if (!earlier) return null
  if (earlier.requestHash !== hash) throw new RequestError('IDEMPOTENCY_KEY_REUSED', '同一个 Idempotency-Key 已用于另一个不同的预约', 422)
  return { order: earlier, subsidyNote: null }
}

const slotFull = () => new RequestError('SLOT_FULL', '该时段已约满，请换一个时段', 409)

/** Refuse what is malformed or missing, all at once. */
function checkShape(request: LifeBookingRequest, today: string): FieldError[] {
  const errors: FieldError[] = []
  const need = (ok: unknown, field: string, code: string, message: string) => {
    if (!ok) errors.push({ field, code, message })
  }
  need(request.item || request.category, 'item', 'REQUIRED', '请选择服务项目，或选择服务类别由平台派单')
  need(request.community, 'community', 'REQUIRED', '请选择服务地址所在的社区')
  need(request.address.trim(), 'address', 'REQUIRED', '请填写服务地址')
  need(request.address.length <= 200, 'address', 'TOO_LONG', '服务地址不能超过200个字')
  const latest = shiftDays(today, BOOKING_DAYS_AHEAD)
  need(isIsoDate(request.date) && request.date > today && request.date <= latest, 'date', 'DATE_OUT_OF_RANGE', `请选择明天起${BOOKING_DAYS_AHEAD}天内的日期（${shiftDays(today, 1)}至${latest}）`)
  need(Object.hasOwn(TIME_PERIODS, request.period), 'period', 'PERIOD_UNKNOWN', '请选择上午、下午或晚上')
  need(Number.isInteger(request.quantity) && request.quantity >= 1 && request.quantity <= 100, 'quantity', 'QUANTITY_RANGE', '数量应为1到100之间的整数')
  need((request.notes ?? '').length <= 500, 'notes', 'TOO_LONG', '备注不能超过500个字')
  need(request.name.trim() && request.name.length <= 50, 'name', 'REQUIRED', '请填写预约人姓名（不超过50个字）')
  need(isMobileNumber(request.phone), 'phone', 'PHONE_FORMAT', '请填写11位手机号码')
  const idProblem = request.idNumber ? citizenIdProblem(request.idNumber, today.replaceAll('-', '')) : null
  if (idProblem) errors.push({ field: 'idNumber', ...CITIZEN_ID_PROBLEMS[idProblem] })
  return errors
}

/** The item chosen: bookable, its provider in the register and serving the community. */
async function chosenItem(req: PayloadRequest, itemId: string, communityCode: string): Promise<Choice> {
  const item = (await req.payload.findByID({ collection: 'provider-items', id: itemId, depth: 0, overrideAccess: true, disableErrors: true, req })) as null | ProviderItem
  if (!item || item.active === false) throw invalid([{ field: 'item', code: 'UNKNOWN_ITEM', message: '没有这个服务项目，或它暂不接受预约' }])
  const provider = (await req.payload.findByID({ collection: 'providers', id: relationId(item.provider)!, depth: 0, select: { name: true, capacity: true, status: true }, overrideAccess: true, req })) as Provider
  if (provider.status !== 'listed') throw invalid([{ field: 'item', code: 'PROVIDER_NOT_LISTED', message: `“${provider.name}”目前不在册，不能预约它的服务` }])
  const { totalDocs } = await req.payload.count({ collection: 'providers', where: { and: [{ id: { equals: provider.id } }, servingWhere(communityCode)] }, overrideAccess: true, req })
  if (totalDocs === 0) throw invalid([{ field: 'community', code: 'NOT_SERVED', message: `“${provider.name}”不在这个社区提供服务，请选择其他企业或由平台派单` }])
  const category = (await req.payload.findByID({ collection: 'life-categories', id: relationId(item.category)!, depth: 0, overrideAccess: true, req })) as LifeCategory
  return { category, candidate: { provider: { id: provider.id, name: provider.name, capacity: provider.capacity }, item } }
}

/** The category the platform is to choose a provider in. */
async function chosenCategory(req: PayloadRequest, code: string): Promise<Choice> {
  const { docs } = await req.payload.find({ collection: 'life-categories', where: { code: { equals: code } }, limit: 1, depth: 0, overrideAccess: true, req })
  if (!docs[0]) throw invalid([{ field: 'category', code: 'UNKNOWN_CATEGORY', message: '没有这个服务类别' }])
  return { category: docs[0] as LifeCategory, candidate: null }
}

/** The person the subsidy is checked for: the resident's verified real name, or the caller's ID number. Null with the reason in words. */
async function subsidyPerson(req: PayloadRequest, request: LifeBookingRequest): Promise<{ person: null | Person; reason: string }> {
  if (request.booker.channel === 'portal') {
    const resident = (await req.payload.findByID({ collection: 'residents', id: request.booker.resident.id, depth: 0, overrideAccess: true, showHiddenFields: true, req })) as Resident
    const personId = resident.realName?.status === 'verified' ? relationId(resident.realName.person) : undefined
    if (personId === undefined) return { person: null, reason: '您的账号还没有经人口库核验的实名信息，无法核验补贴资格，本单按原价预约。请在“我的”中完成实名核验后再预约。' }
    return { person: (await req.payload.findByID({ collection: 'persons', id: personId, depth: 0, overrideAccess: true, req })) as Person, reason: '' }
  }
  if (!request.idNumber) return { person: null, reason: '没有填写来电人的身份证号码，无法核验补贴资格，本单按原价预约。' }
  const { docs } = await req.payload.find({ collection: 'persons', where: { idNumber: { equals: request.idNumber.toUpperCase() } }, limit: 1, depth: 0, overrideAccess: true, req })
  return docs[0] ? { person: docs[0] as Person, reason: '' } : { person: null, reason: '人口库中没有这个身份证号码，无法核验补贴资格，本单按原价预约。' }
}

/** The subsidy the order carries (its register and consent), and what the resident is told about it. */
async function subsidyCheck(req: PayloadRequest, category: LifeCategory, request: LifeBookingRequest, today: string): Promise<{ subsidy: null | OrderSubsidy; note: null | string }> {
  if (!category.subsidy?.enabled) return { subsidy: null, note: null }
  if (!request.subsidyConsent) return { subsidy: null, note: '未同意核验补贴资格，本单按原价预约。' }
  const { person, reason } = await subsidyPerson(req, request)
  if (!person) return { subsidy: null, note: reason }
  const register = await entitledRegister(req, category, person, today)
  if (!register) {
    const registers = ((category.subsidy.registers ?? []) as SubsidyRegister[]).map((each) => SUBSIDY_REGISTER_LABELS[each]).join('、')
    return { subsidy: null, note: `经核验，人口库登记信息显示不属于本类服务的补贴对象（${registers}），本单按原价预约。` }
  }
  const subsidy = { register, percent: category.subsidy.percent ?? 0, amount: 0, consentAt: new Date().toISOString(), person: person.id }
  return { subsidy, note: `经核验属于${subsidyRegisterLabel(register)}，政府补贴订单金额的${subsidy.percent}%${category.subsidy.capPerOrder ? `（每单最多${category.subsidy.capPerOrder}元）` : ''}。` }
}

/**
 * Book a life service: everything is checked first (one refusal, every
 * field at once, then the item, provider and community); then, in one
 * transaction, the order is numbered and stored 待派单 with its first
 * history entry and offered — to the provider chosen (its time slot must
 * have a seat, else 409 `SLOT_FULL` and nothing is stored) or to the best
 * provider with a free seat; with none at all the order is closed 无企业接单
 * and the customer told. Messages go out after the commit.
 */
export async function bookLifeOrder(req: PayloadRequest, request: LifeBookingRequest): Promise<LifeBooking> {
  const today = chinaDate()
  const shapeErrors = checkShape(request, today)
  if (shapeErrors.length) throw invalid(shapeErrors)
  const community = await communityByCode(req, request.community)
  if (!community) throw invalid([{ field: 'community', code: 'UNKNOWN_COMMUNITY', message: '没有这个社区，请从列表中选择' }])
  const { category, candidate } = request.item ? await chosenItem(req, request.item, community.code) : await chosenCategory(req, request.category!)
  const period = request.period as TimePeriod
  // A shortcut for the many who lose a race (no write, no lock); the conditional update in `offerTo` decides.
  if (candidate && (await slotIsFull(req.payload, lifeSlotKey(candidate.provider.id, request.date, period), candidate.provider.capacity))) throw slotFull()
  const { subsidy, note } = await subsidyCheck(req, category, request, today)
  const staff = request.booker.channel === 'phone'
  const cause = staff ? 'staff' : 'resident'
  const data = {
    status: 'waiting' as const,
    channel: request.booker.channel,
    resident: request.booker.channel === 'portal' ? request.booker.resident.id : null,
    customer: { name: request.name.trim(), phone: request.phone, address: request.address.trim() },
    division: community.id,
    category: category.id,
    itemName: category.name,
    quantity: request.quantity,
    date: request.date,
    period,
    notes: request.notes?.trim() || null,
    providerChosen: Boolean(candidate),
    ...(subsidy ? { subsidy } : {}),
    ...(candidate ? pricing(candidate.item, request.quantity, category, subsidy) : {}),
    ...(request.repeat ? { idempotencyKey: request.repeat.key, requestHash: request.repeat.hash } : {}),
  }
  const { repeat } = request
  return storeNewCase(
    async () => ({
      subsidyNote: note,
      order: await withTransaction(
        req.payload,
        async (tx) => {
          // The chosen provider's seat first: a booking that loses the race holds the write lock for one statement.
          const seat = candidate ? await takeProviderSeat(tx, candidate, request.date, period) : null
          if (seat === false) throw slotFull()
          const number = await unusedCaseNumber(tx, LIFE_ORDER_NUMBERING)
          const stored = (await tx.payload.create({ collection: LIFE_ORDERS, data: { ...data, number } as never, overrideAccess: true, depth: 0, req: tx })) as LifeOrder
          await appendCaseEvent(tx, 'life-order-events', { action: 'submit', actionLabel: '提交预约', fromStatus: null, toStatus: 'waiting', order: stored.id, scope: stored.scope, by: staff ? 'staff' : 'resident', actor: staff ? (tx.user?.id ?? null) : null }, staff ? requestActorWords(tx) : { actorName: RESIDENT_NAME, actorUnit: null })
          const offered = candidate && seat ? await offerWithSeat(tx, stored, candidate, category, seat) : await offerToNext(tx, stored, cause)
          if (offered.status === 'offered') await tellCustomer(tx, offered, 'lifeOrder.received', cause)
          return offered
        },
        staff ? req : undefined,
      ),
    }),
    'number',
    // A concurrent repeat of this request stored its order first: answer with that one.
    repeat ? { field: 'idempotencyKey', earlier: () => earlierBooking(req, repeat) } : undefined,
  )
}
