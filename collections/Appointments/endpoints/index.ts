import type { Endpoint, PayloadRequest } from 'payload'

import type { Appointment } from '../../../cms/payload-types'
import { hasRole, isActiveStaff, type StaffUser } from '../../access'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { chinaDate } from '../../CalendarDays/workingDays'
import { html, type Html, htmlPage, wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { answer, handled, invalid } from '../../endpoints/respond'
import { RequestError } from '../../errors'
import { relationId } from '../../relations'
import { rateLimitFromEnv } from '../../../cms/lib/rateLimit'
import { limitClientTo } from '../../Applications/endpoints/guard'
import { mobileNumber, optionalResident, signedInResident } from '../../Residents/lib/accounts'
import { portalPath } from '../../Residents/endpoints/signIn'
import { APPOINTMENT_STATUS_LABELS, APPOINTMENTS } from '../states'
import { markNoShowByHand, undoNoShow } from '../lib/noShows'
import { instantOf } from '../lib/schedule'
import { type Actor, appointmentFor, book, type Booker, cancel, change, checkIn } from '../lib/book'
import { bookableCentre, bookableService, bookableServices, centresFor, slotsWithSeats } from '../lib/catalogue'
import { appointmentsExportEndpoint } from './export'
import { appointmentCard, centreStep, serviceStep, slotStep } from '../lib/pages'

/** Where the booking pages live (served by the API, so they need no JavaScript). */
const BOOK_PAGE = '/api/appointments/book'
const MINE_PAGE = '/api/appointments/mine'
export const CHECK_IN_PAGE = '/api/appointments/check-in'

const signInFirst = (): Response =>
  new Response(null, { status: 303, headers: { Location: portalPath(PORTAL_PATHS.mySignIn(PORTAL_PATHS.appointments())), 'Cache-Control': 'no-store' } })

/** The public facts of a booking, as scripts and the benchmark read them. */
const bookingAnswer = (appointment: Appointment) => ({
  number: appointment.number,
  service: appointment.service,
  serviceTitle: appointment.serviceTitle,
  centre: relationId(appointment.centre),
  date: appointment.date,
  start: appointment.start,
  end: appointment.end,
  status: appointment.status,
})

const NAME_MAX = 40

/** Bookings and changes one client address may send per window (`APPOINTMENT_BOOK_LIMIT`, 20/600), across server processes. */
const limitBookings = (req: PayloadRequest): Promise<void> =>
  limitClientTo(req, 'appointment-book', rateLimitFromEnv('APPOINTMENT_BOOK_LIMIT', { limit: 20, windowSeconds: 600 }))

/** The fields of a booking form: service, centre, slot ("YYYY-MM-DD HH:MM") and name. */
async function bookingFields(req: PayloadRequest) {
  const { fields } = await readBody(req)
  const errors: FieldError[] = []
  const service = textField(fields, 'service', errors, 10).trim()
  const centre = textField(fields, 'centre', errors, 64).trim()
  const slot = textField(fields, 'slot', errors, 20).trim()
  const name = textField(fields, 'name', errors, NAME_MAX).trim()
  const phone = textField(fields, 'phone', errors, 20)
  assertWellFormed(errors)
  const [date = '', start = ''] = slot.split(' ')
  const missing: FieldError[] = [
    ...(!service ? [{ field: 'service', code: 'REQUIRED', message: '请选择事项' }] : []),
    ...(!centre ? [{ field: 'centre', code: 'REQUIRED', message: '请选择服务中心' }] : []),
    ...(!date || !start ? [{ field: 'slot', code: 'REQUIRED', message: '请选择日期和时段' }] : []),
    ...(!name ? [{ field: 'name', code: 'REQUIRED', message: '请填写办事人姓名' }] : []),
  ]
  return { service, centre, date, start, name, phone, missing }
}

const centreNameOf = async (req: PayloadRequest, appointment: Appointment): Promise<string> =>
  (await req.payload.findByID({ collection: 'service-centres', id: relationId(appointment.centre)!, depth: 0, overrideAccess: true, select: { name: true }, req })).name

/** What a resident can do with an active booking: change or cancel it. */
const residentActions = (appointment: Appointment) =>
  appointment.status === 'booked'
    ? html`<p><a href="${BOOK_PAGE}?change=${appointment.number}">改约</a></p><form method="post" action="/api/appointments/${appointment.number}/cancel" enctype="multipart/form-data"><button type="submit" class="button button--secondary">取消预约 ${appointment.number}</button></form>`
    : html``

/** The answer to a booking or change: the confirmation page with the QR code, or JSON. */
async function confirmation(req: PayloadRequest, appointment: Appointment, title: string, status = 201): Promise<Response> {
  if (!wantsHtmlPage(req)) return answer(req, bookingAnswer(appointment), status)
  const card = await appointmentCard(appointment, await centreNameOf(req, appointment), residentActions(appointment))
  return htmlPage({ title, body: html`<h1>${title}</h1><p class="lead">请按时到服务中心，出示下面的二维码或预约号签到。确认短信已发到您的手机。</p>${card}<p><a href="${MINE_PAGE}">我的预约</a></p>` })
}

/**
 * `GET /api/appointments/book?service=&centre=` (or `?change=预约号`): the
 * booking steps as pages — the service, the centre, then the day and time.
 * Signed-in residents only; anyone else goes to sign in first.
 */
const bookPageEndpoint: Endpoint = {
  path: '/book',
  method: 'get',
  handler: handled(async (req) => {
    const resident = await optionalResident(req)
    if (!resident) return signInFirst()
    const query = req.searchParams
    const changing = query.get('change') ? await appointmentFor(req, query.get('change')!, { residentId: resident.id }) : null
    const serviceCode = changing?.service ?? query.get('service') ?? ''
    const centreId = changing ? String(relationId(changing.centre)) : query.get('centre') ?? ''
    const title = changing ? '改约' : '预约现场办理'
    if (!serviceCode) return htmlPage({ title, body: html`<h1>${title}</h1>${serviceStep(await bookableServices(req))}` })
    const service = await bookableService(req, serviceCode)
    if (!centreId) return htmlPage({ title, body: html`<h1>${title}</h1>${centreStep(service, await centresFor(req, service.code))}` })
    const bookable = await bookableCentre(req, service.code, centreId)
    const slots = await slotsWithSeats(req, bookable, service.code)
    if (!changing) return htmlPage({ title, body: html`<h1>${title}</h1>${slotStep(service, bookable, slots, { name: resident.realName?.name ?? '' })}` })
    const form = slotStep(service, bookable, slots, { action: `/api/appointments/${changing.number}/change`, submit: '改到这个时段' })
    return htmlPage({ title, body: html`<h1>${title}</h1><p>原预约：${changing.date} ${changing.start}-${changing.end}</p>${form}` })
  }),
}

/** `POST /api/appointments/book` {service, centre, slot, name}: a signed-in resident books; 201 with the booking, 409 SLOT_FULL / ALREADY_BOOKED, 403 NO_SHOW_BLOCKED. */
const bookEndpoint: Endpoint = {
  path: '/book',
  method: 'post',
  handler: handled(async (req) => {
    await limitBookings(req)
    const resident = await signedInResident(req)
    const fields = await bookingFields(req)
    if (fields.missing.length) throw invalid(fields.missing)
    if (!resident.phone) throw new RequestError('NO_PHONE', '账号没有手机号码，不能预约', 409)
    const booker: Booker = { channel: 'portal', residentId: resident.id }
    const appointment = await book(req, { serviceCode: fields.service, centreId: fields.centre, date: fields.date, start: fields.start, name: fields.name, phone: resident.phone, booker })
    return confirmation(req, appointment, '预约成功')
  }),
}

/** Staff who book for callers: hotline agents and administrators. */
const deskStaff = (req: PayloadRequest): StaffUser => {
  const user = req.user as StaffUser | null
  if (!hasRole(user, 'agent', 'admin')) throw new RequestError('FORBIDDEN', '只有热线坐席和管理员可以代为预约', 403)
  return user!
}

/** `POST /api/appointments/desk` {service, centre, slot, name, phone}: a hotline agent books for a caller (no no-show block). */
const deskBookEndpoint: Endpoint = {
  path: '/desk',
  method: 'post',
  handler: handled(async (req) => {
    const agent = deskStaff(req)
    const fields = await bookingFields(req)
    const missing = [...fields.missing, ...(!fields.phone.trim() ? [{ field: 'phone', code: 'REQUIRED', message: '请填写来电人的手机号码' }] : [])]
    if (missing.length) throw invalid(missing)
    const phone = mobileNumber(fields.phone)
    const appointment = await book(req, { serviceCode: fields.service, centreId: fields.centre, date: fields.date, start: fields.start, name: fields.name, phone, booker: { channel: 'desk', agentId: String(agent.id) } })
    return answer(req, bookingAnswer(appointment), 201)
  }),
}

/** The resident or staff member acting on a booking by its number. */
async function actorOn(req: PayloadRequest): Promise<{ actor: Actor; appointment: Appointment }> {
  const number = String(req.routeParams?.number ?? '')
  if (isActiveStaff(req.user as StaffUser)) return { actor: 'staff', appointment: await appointmentFor(req, number, 'staff') }
  const resident = await signedInResident(req)
  const actor = { residentId: resident.id }
  return { actor, appointment: await appointmentFor(req, number, actor) }
}

/** `POST /api/appointments/:number/cancel`: the resident (their own) or staff cancel; the seat is freed. */
const cancelEndpoint: Endpoint = {
  path: '/:number/cancel',
  method: 'post',
  handler: handled(async (req) => {
    const { actor, appointment } = await actorOn(req)
    const cancelled = await cancel(req, appointment, actor)
    if (!wantsHtmlPage(req)) return answer(req, bookingAnswer(cancelled))
    return htmlPage({ title: '预约已取消', body: html`<h1>预约已取消</h1><p class="lead">${cancelled.date} ${cancelled.start}-${cancelled.end}“${cancelled.serviceTitle}”的预约已取消。</p><p><a href="${MINE_PAGE}">我的预约</a></p>` })
  }),
}

/** `POST /api/appointments/:number/change` {slot}: move to another open slot of the same centre. */
const changeEndpoint: Endpoint = {
  path: '/:number/change',
  method: 'post',
  handler: handled(async (req) => {
    await limitBookings(req)
    const { actor, appointment } = await actorOn(req)
    const { fields } = await readBody(req)
    const errors: FieldError[] = []
    const [date = '', start = ''] = textField(fields, 'slot', errors, 20).trim().split(' ')
    assertWellFormed(errors)
    if (!date || !start) throw invalid([{ field: 'slot', code: 'REQUIRED', message: '请选择日期和时段' }])
    return confirmation(req, await change(req, appointment, { date, start }, actor), '改约成功', 200)
  }),
}

/** `GET /api/appointments/mine`: the signed-in resident's bookings with QR codes, to change or cancel (JSON for scripts). */
const mineEndpoint: Endpoint = {
  path: '/mine',
  method: 'get',
  handler: handled(async (req) => {
    const resident = await optionalResident(req)
    const wantsPage = (req.headers.get('accept') ?? '').includes('text/html')
    if (!resident) {
      if (wantsPage) return signInFirst()
      throw new RequestError('UNAUTHENTICATED', '请先登录', 401)
    }
    const { docs } = await req.payload.find({ collection: APPOINTMENTS, where: { resident: { equals: resident.id } }, sort: '-date', limit: 100, pagination: false, depth: 1, overrideAccess: true, req })
    if (!wantsPage) return answer(req, docs.map(bookingAnswer))
    const cards = await Promise.all(docs.map((doc) => appointmentCard(doc, typeof doc.centre === 'object' ? doc.centre.name : '', residentActions(doc))))
    return htmlPage({
      title: '我的预约',
      body: html`<h1>我的预约</h1><p><a class="button" href="${BOOK_PAGE}">预约现场办理</a></p>${cards.length ? cards : html`<p>还没有预约。</p>`}<p><a href="${portalPath(PORTAL_PATHS.my())}">返回“我的”</a></p>`,
    })
  }),
}

/** Centre staff only (any role): check-ins are theirs. */
const centreStaff = (req: PayloadRequest): void => {
  if (!isActiveStaff(req.user as StaffUser)) throw new RequestError('UNAUTHENTICATED', '请先登录管理后台', 401)
}

const checkInForm = (number = '') =>
  html`<form method="post" action="${CHECK_IN_PAGE}" enctype="multipart/form-data"><div class="form-group"><label class="label" for="number">预约号（扫码或输入）</label><input class="input input--width-20" id="number" name="number" autocomplete="off" value="${number}"></div><button type="submit" class="button">签到</button></form>`

/** One button acting on a booking by its number (标记未到, 撤销). */
const actionButton = (appointment: Appointment, path: string, label: string) =>
  html`<form method="post" action="/api/appointments/${appointment.number}/${path}" enctype="multipart/form-data"><button type="submit" class="button button--secondary">${label} ${appointment.number}</button></form>`

/**
 * Today's bookings in the staff member's division that need a decision:
 * those whose time has begun without a check-in (标记未到), and today's
 * 爽约 (撤销, if it was a mistake).
 */
async function todaysOpenBookings(req: PayloadRequest): Promise<Html> {
  const { docs } = await req.payload.find({
    collection: APPOINTMENTS,
    where: { and: [{ date: { equals: chinaDate() } }, { status: { in: ['booked', 'noShow'] } }] },
    sort: 'start',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const now = new Date()
  const rows = docs.flatMap((doc) => {
    const action =
      doc.status === 'booked' ? (instantOf(doc.date, doc.start) <= now ? actionButton(doc, 'no-show', '标记未到') : null) : doc.noShowMarkedAt && chinaDate(new Date(doc.noShowMarkedAt)) === chinaDate() ? actionButton(doc, 'no-show/undo', '撤销爽约') : null
    return action ? [html`<tr><td>${doc.start}-${doc.end}</td><td>${doc.serviceTitle}</td><td>${doc.maskedName}</td><td>${APPOINTMENT_STATUS_LABELS[doc.status]}</td><td>${action}</td></tr>`] : []
  })
  if (!rows.length) return html`<h2>今天未到的预约</h2><p>目前没有已过时间仍未签到的预约。</p>`
  return html`<h2>今天未到的预约</h2><table class="table"><caption>已过预约时间仍未签到的，可标记未到（计入爽约）；标记错了可在当天撤销。</caption><thead><tr><th scope="col">时段</th><th scope="col">事项</th><th scope="col">姓名</th><th scope="col">状态</th><th scope="col">操作</th></tr></thead><tbody>${rows}</tbody></table>`
}

/** The check-in page: what just happened, the form for the next number, and today's bookings still open. */
const checkInPage = async (req: PayloadRequest, title: string, lead: Html | string = '', number = ''): Promise<Response> =>
  htmlPage({ title, body: html`<h1>${title}</h1>${lead ? html`<p class="lead">${lead}</p>` : ''}${checkInForm(number)}${await todaysOpenBookings(req)}` })

/** `GET /api/appointments/check-in?n=`: the check-in page for centre staff (a scanner types the QR code's number into it). */
const checkInPageEndpoint: Endpoint = {
  path: '/check-in',
  method: 'get',
  handler: handled(async (req) => {
    centreStaff(req)
    return checkInPage(req, '预约签到', '', req.searchParams.get('n') ?? '')
  }),
}

/** The number a check-in form posts. */
async function postedNumber(req: PayloadRequest): Promise<string> {
  const { fields } = await readBody(req)
  const errors: FieldError[] = []
  const number = textField(fields, 'number', errors, 20).trim()
  assertWellFormed(errors)
  if (!number) throw invalid([{ field: 'number', code: 'REQUIRED', message: '请填写预约号' }])
  return number
}

/** `POST /api/appointments/check-in` {number}: staff check a booking in (today's, in their scope). */
const checkInEndpoint: Endpoint = {
  path: '/check-in',
  method: 'post',
  handler: handled(async (req) => {
    centreStaff(req)
    const checked = await checkIn(req, await appointmentFor(req, await postedNumber(req), 'staff'))
    if (!wantsHtmlPage(req)) return answer(req, { ...bookingAnswer(checked), maskedName: checked.maskedName })
    return checkInPage(req, '已签到', `${checked.maskedName}，${checked.start}-${checked.end}，${checked.serviceTitle}`)
  }),
}

/** A staff action on one booking of their division, answered as JSON or on the check-in page. */
const staffActionEndpoint = (path: string, act: (req: PayloadRequest, appointment: Appointment) => Promise<Appointment>, title: string, lead: (appointment: Appointment) => string): Endpoint => ({
  path: `/:number/${path}`,
  method: 'post',
  handler: handled(async (req) => {
    centreStaff(req)
    const done = await act(req, await appointmentFor(req, String(req.routeParams?.number ?? ''), 'staff'))
    if (!wantsHtmlPage(req)) return answer(req, { ...bookingAnswer(done), maskedName: done.maskedName })
    return checkInPage(req, title, lead(done))
  }),
})

/** `POST /api/appointments/:number/no-show`: 标记未到 — a booking whose time has begun without the person counts as 爽约. */
const noShowEndpoint = staffActionEndpoint('no-show', markNoShowByHand, '已标记未到', (done) => `${done.maskedName}，${done.start}-${done.end}，${done.serviceTitle}：已记为爽约。`)

/** `POST /api/appointments/:number/no-show/undo`: 撤销 a 爽约 on the day it was marked; the booking can then be checked in. */
const undoNoShowEndpoint = staffActionEndpoint('no-show/undo', undoNoShow, '已撤销爽约', (done) => `${done.maskedName}，${done.start}-${done.end}，${done.serviceTitle}：已恢复为已预约，居民到场请签到。`)

export const appointmentEndpoints: Endpoint[] = [
  bookPageEndpoint,
  bookEndpoint,
  deskBookEndpoint,
  cancelEndpoint,
  changeEndpoint,
  mineEndpoint,
  checkInPageEndpoint,
  checkInEndpoint,
  noShowEndpoint,
  undoNoShowEndpoint,
  appointmentsExportEndpoint,
]
