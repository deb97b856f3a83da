import type { Endpoint, PayloadRequest } from 'payload'

import type { LifeOrder } from '../../cms/payload-types'
import { rateLimitFromEnv } from '../../cms/lib/rateLimit'
import { hasRole, isInUserScope, type StaffUser } from '../access'
import { limitClientTo } from '../Applications/endpoints/guard'
import { fingerprint } from '../Applications/lib/codes'
import { assertWellFormed, readBody, repeatKeyOf, textField } from '../endpoints/readBody'
import type { FieldError } from '../endpoints/refusal'
import { asksForPage, html, htmlPage, wantsHtmlPage } from '../endpoints/htmlAnswer'
import { seeOther, signInFirst } from '../endpoints/redirects'
import { answer, handled } from '../endpoints/respond'
import { RequestError } from '../errors'
import { accountProviderId, isProviderAccount } from '../lifeServices/access'
import { subsidyRegisterLabel } from '../lifeServices/subsidy'
import { relationId } from '../relations'
import { optionalResident, signedInResident } from '../Residents/lib/accounts'
import { ticked } from '../Residents/endpoints/signIn'
import { LIFE_ORDER_STAFF_ROLES } from './access'
import { bookLifeOrder, earlierBooking, type LifeBooker, type LifeBooking, type LifeBookingRequest } from './lib/book'
import { bookingFormFacts, orderPageFacts } from './lib/pageFacts'
import { bookingForm, LIFE_BOOK_PAGE, LIFE_MINE_PAGE, lifeOrderPage, orderDetail, ordersList } from './lib/pages'
import { actOnLifeOrder } from './lib/steps'
import type { LifeOrderActionInput, LifeOrderActor } from './lib/transition'
import { LIFE_ORDER_STATUS_LABELS, LIFE_ORDERS } from './states'
import { isLifeOrderAction, LIFE_ORDER_ACTIONS, type LifeOrderAction } from './workflow'

/** The public facts of an order after a step, as scripts and the desk read them. */
const orderAnswer = (order: LifeOrder) => ({
  number: order.number,
  status: order.status,
  statusLabel: LIFE_ORDER_STATUS_LABELS[order.status],
  itemName: order.itemName,
  date: order.date,
  period: order.period,
  amount: order.amount ?? null,
  payable: order.payable ?? null,
  subsidy: order.subsidy?.register ? { register: order.subsidy.register, label: subsidyRegisterLabel(order.subsidy.register), amount: order.subsidy.amount ?? 0 } : null,
})

/** The answer to a booking: the order, what happened to it in words, and the subsidy check's outcome. */
const bookingAnswer = ({ order, subsidyNote }: LifeBooking) => ({
  ...orderAnswer(order),
  subsidyNote,
  message: order.status === 'unserved' ? '很抱歉，这个时段暂时没有服务企业能够承接，订单已关闭。请换一个时段再预约，或拨打12345。' : '预约已提交，平台已把订单派给服务企业，接单后会短信通知您。',
})

/**
 * Book once: a repeat of an earlier request — the same Idempotency-Key, or
 * the same plain form posted again the same day (a double tap on a slow
 * phone) — answers that order (200) instead of booking a second one.
 */
async function bookOnce(req: PayloadRequest, request: LifeBookingRequest): Promise<{ booking: LifeBooking; status: 200 | 201 }> {
  const { booker, ...content } = request
  const hash = fingerprint([content, booker.channel === 'portal' ? booker.resident.id : (req.user?.id ?? null)])
  const key = repeatKeyOf(req, hash)
  const repeat = key ? { key, hash } : undefined
  const earlier = repeat ? await earlierBooking(req, repeat) : null
  if (earlier) return { booking: earlier, status: 200 }
  return { booking: await bookLifeOrder(req, { ...request, repeat }), status: 201 }
}

/** The booking fields of a JSON body or form; `phone`, `name` from the body unless the resident's own are used. */
async function bookingFields(req: PayloadRequest, booker: LifeBooker, own?: { name: string; phone: string }): Promise<LifeBookingRequest> {
  const { fields } = await readBody(req)
  const errors: FieldError[] = []
  const text = (name: string, max: number) => textField(fields, name, errors, max).trim()
  // The form sends the day and period as one choice, "YYYY-MM-DD period".
  const [slotDate = '', slotPeriod = ''] = text('slot', 30).split(' ')
  const request: LifeBookingRequest = {
    item: text('item', 40) || undefined,
    category: text('category', 40) || undefined,
    community: text('community', 12),
    address: text('address', 200),
    date: text('date', 10) || slotDate,
    period: text('period', 20) || slotPeriod,
    quantity: Number(fields.quantity ?? 1),
    notes: text('notes', 500),
    name: text('name', 50) || own?.name || '',
    phone: own?.phone ?? text('phone', 20).replace(/[\s-]/g, ''),
    subsidyConsent: ticked(fields.subsidyConsent),
    idNumber: booker.channel === 'phone' ? text('idNumber', 18).toUpperCase() || undefined : undefined,
    booker,
  }
  assertWellFormed(errors)
  return request
}

/** Bookings one client address may send per window (`LIFE_BOOK_LIMIT`, 20/600), across server processes. */
const limitBookings = (req: PayloadRequest): Promise<void> => limitClientTo(req, 'life-book', rateLimitFromEnv('LIFE_BOOK_LIMIT', { limit: 20, windowSeconds: 600 }))

/** Staff who book for callers and call them back: hotline agents, life-services staff, administrators. */
function deskStaff(req: PayloadRequest): StaffUser {
  const user = req.user as null | StaffUser
  if (!hasRole(user, ...LIFE_ORDER_STAFF_ROLES)) throw new RequestError('FORBIDDEN', '只有热线坐席和生活服务监管人员可以代为预约和回访', 403)
  return user!
}

/** The name of the provider the order is now offered to, for the agent to tell the caller; null when none took it. */
async function offeredProviderName(req: PayloadRequest, order: LifeOrder): Promise<null | string> {
  const id = relationId(order.provider)
  if (id === undefined) return null
  const provider = await req.payload.findByID({ collection: 'providers', id, depth: 0, select: { name: true }, overrideAccess: true, disableErrors: true, req })
  return provider?.name ?? null
}

/** `POST /api/life-orders/desk` (JSON): a hotline agent books for a caller; 201 with the order and the provider offered, or the one refusal shape. */
const deskBookEndpoint: Endpoint = {
  path: '/desk',
  method: 'post',
  handler: handled(async (req) => {
    deskStaff(req)
    const { booking, status } = await bookOnce(req, await bookingFields(req, { channel: 'phone' }))
    return answer(req, { ...bookingAnswer(booking), id: booking.order.id, providerName: await offeredProviderName(req, booking.order) }, status)
  }),
}

/** The step's input from the body: note, worker, the two ratings and the comment. */
async function stepInput(req: PayloadRequest): Promise<{ action: LifeOrderAction; input: LifeOrderActionInput }> {
  const { fields } = await readBody(req)
  const errors: FieldError[] = []
  const text = (name: string, max: number) => textField(fields, name, errors, max).trim()
  const action = text('action', 40)
  const input = { note: text('note', 1000), workerId: text('worker', 40) || undefined, level: text('level', 1) || undefined, workerLevel: text('workerLevel', 1) || undefined, comment: text('comment', 500) }
  assertWellFormed(errors)
  if (!isLifeOrderAction(action)) throw new RequestError('UNKNOWN_ACTION', '没有这个操作', 400)
  return { action, input }
}

const notFound = () => new RequestError('NOT_FOUND', '没有这张订单', 404)

/** Who acts on the order `id`: a provider's account (an order with its provider) or desk staff (in their subtree); anyone else is refused. */
async function actorOn(req: PayloadRequest, id: string): Promise<LifeOrderActor> {
  const order = (await req.payload.findByID({ collection: LIFE_ORDERS, id, depth: 0, select: { provider: true, scope: true }, overrideAccess: true, disableErrors: true, req })) as LifeOrder | null
  if (isProviderAccount(req.user as StaffUser)) {
    if (!order || relationId(order.provider) !== accountProviderId(req.user as StaffUser)) throw notFound()
    return { side: 'provider', account: req.user as never }
  }
  const staff = deskStaff(req)
  if (!order || !isInUserScope(staff, order.scope)) throw notFound()
  return { side: 'desk' }
}

/**
 * `POST /api/life-orders/:id/actions` {action, note, worker, level,
 * workerLevel, comment}: a provider's account answers an offer and works
 * the order (accept, decline, release, assign, finish); desk staff call
 * the customer back or cancel for them (callBack, cancelForCaller).
 */
const actionsEndpoint: Endpoint = {
  path: '/:id/actions',
  method: 'post',
  handler: handled(async (req) => {
    const id = String(req.routeParams?.id ?? '')
    const actor = await actorOn(req, id)
    const { action, input } = await stepInput(req)
    return answer(req, orderAnswer(await actOnLifeOrder(req, id, action, actor, input)))
  }),
}

export const lifeOrderEndpoints: Endpoint[] = [deskBookEndpoint, actionsEndpoint]

/** The signed-in resident's own order by its number, or 404. */
async function residentOrder(req: PayloadRequest, residentId: number | string, number: string): Promise<LifeOrder> {
  const { docs } = await req.payload.find({ collection: LIFE_ORDERS, where: { and: [{ number: { equals: number.trim().toUpperCase() } }, { resident: { equals: residentId } }] }, limit: 1, depth: 0, overrideAccess: true, req })
  if (!docs[0]) throw notFound()
  return docs[0] as LifeOrder
}

/** `GET /api/life/book?item=<id>` or `?category=<code>`: the booking form, for signed-in residents. */
const bookPageEndpoint: Endpoint = {
  path: '/life/book',
  method: 'get',
  handler: handled(async (req) => {
    const query = req.searchParams
    const resident = await optionalResident(req)
    if (!resident) return signInFirst(`${LIFE_BOOK_PAGE}?${query.toString()}`)
    const { target, communities, slots } = await bookingFormFacts(req, query.get('item') ?? '', query.get('category') ?? '')
    return htmlPage({ title: '预约生活服务', body: html`<h1>预约生活服务</h1>${bookingForm(target, communities, slots, resident.realName?.name ?? '')}` })
  }),
}

/** `POST /api/life/book` {item | category, community, address, date + period (or the form's slot), quantity, notes, name, subsidyConsent}: a signed-in resident books; 201, or the order's page for a form. */
const residentBookEndpoint: Endpoint = {
  path: '/life/book',
  method: 'post',
  handler: handled(async (req) => {
    await limitBookings(req)
    const resident = await signedInResident(req)
    if (!resident.phone) throw new RequestError('NO_PHONE', '账号没有手机号码，不能预约', 409)
    const request = await bookingFields(req, { channel: 'portal', resident }, { name: resident.realName?.name ?? '', phone: resident.phone })
    const { booking, status } = await bookOnce(req, request)
    return wantsHtmlPage(req) ? seeOther(lifeOrderPage(booking.order.number)) : answer(req, bookingAnswer(booking), status)
  }),
}

/** `GET /api/life/orders/mine`: the signed-in resident's orders (JSON for scripts, a page for browsers). */
const myOrdersEndpoint: Endpoint = {
  path: '/life/orders/mine',
  method: 'get',
  handler: handled(async (req) => {
    const resident = await optionalResident(req)
    if (!resident) {
      if (asksForPage(req)) return signInFirst(LIFE_MINE_PAGE)
      throw new RequestError('UNAUTHENTICATED', '请先登录', 401)
    }
    const { docs } = await req.payload.find({ collection: LIFE_ORDERS, where: { resident: { equals: resident.id } }, sort: '-createdAt', limit: 100, depth: 0, overrideAccess: true, req })
    const orders = docs as LifeOrder[]
    if (!asksForPage(req)) return answer(req, { orders: orders.map(orderAnswer) })
    return htmlPage({ title: '我的生活服务预约', body: html`<h1>我的生活服务预约</h1>${ordersList(orders)}<p><a href="/life/">预约新的服务</a></p>` })
  }),
}

/** `GET /api/life/orders/mine/:number`: one of the resident's orders with its history and the steps open to them. */
const myOrderEndpoint: Endpoint = {
  path: '/life/orders/mine/:number',
  method: 'get',
  handler: handled(async (req) => {
    const number = String(req.routeParams?.number ?? '')
    const resident = await optionalResident(req)
    if (!resident) return signInFirst(lifeOrderPage(number))
    const order = await residentOrder(req, resident.id, number)
    const facts = await orderPageFacts(req, order)
    if (!asksForPage(req)) return answer(req, { ...orderAnswer(order), history: facts.history.map((event) => ({ at: event.createdAt, step: event.actionLabel })), workerCard: facts.workerCard })
    return htmlPage({ title: `订单${order.number}`, body: html`<h1>生活服务订单</h1>${orderDetail(order, facts)}` })
  }),
}

/** `POST /api/life/orders/mine/:number/actions` {action, note, level, workerLevel, comment}: the resident cancels, confirms or rates their order. */
const residentActionsEndpoint: Endpoint = {
  path: '/life/orders/mine/:number/actions',
  method: 'post',
  handler: handled(async (req) => {
    const resident = await signedInResident(req)
    const order = await residentOrder(req, resident.id, String(req.routeParams?.number ?? ''))
    const { action, input } = await stepInput(req)
    if (LIFE_ORDER_ACTIONS[action].by !== 'resident') throw new RequestError('ACTION_NOT_ALLOWED', `“${LIFE_ORDER_ACTIONS[action].label}”不由您操作`, 403)
    const updated = await actOnLifeOrder(req, order.id, action, { side: 'resident' }, input, 'resident')
    return wantsHtmlPage(req) ? seeOther(lifeOrderPage(updated.number)) : answer(req, orderAnswer(updated))
  }),
}

/** The residents' booking pages and endpoints, on the platform's root (payload.config.ts). */
export const residentLifeEndpoints: Endpoint[] = [bookPageEndpoint, residentBookEndpoint, myOrdersEndpoint, myOrderEndpoint, residentActionsEndpoint]
