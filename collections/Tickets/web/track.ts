import type { Endpoint, PayloadRequest } from 'payload'

import type { Ticket, TicketEvent } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { limitClient, openWithSecret, type SecretWords } from '../../Applications/endpoints/guard'
import { RATING_LABELS, type RatingLevel } from '../../casework/satisfaction'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { answer, handled, invalid } from '../../endpoints/respond'
import { wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { RequestError } from '../../errors'
import { optionalResident } from '../../Residents/lib/accounts'
import { reopenUntil, takeTicketAction } from '../lib/transition'
import { TICKET_KIND_LABELS, TICKET_STATUS_LABELS } from '../states'
import { validateTrackQuery } from './rules'
import { type PublicStep, type TrackAnswer, trackPage } from './trackPage'

/**
 * The caller's side of a web request, without an account: look the order up
 * by its number and the phone it was filed with (never in the URL) — or, for
 * the signed-in resident whose order it is, by its number alone — see its
 * public steps and the reply, rate it after 办结, and say "没有解决" within
 * REOPEN_DAYS, which sends it back to the desk.
 */

export type { PublicStep, TrackAnswer } from './trackPage'

/**
 * The steps the caller sees, in their words, and whether the step's note is
 * theirs to read (a reply, their own reason). Returns, reminders, failed
 * call-backs and edits are the platform's own business and never shown;
 * nobody's name is.
 */
const PUBLIC_STEPS: Record<string, { label: string; note: boolean }> = {
  receive: { label: '已受理', note: false },
  dispatch: { label: '已派给承办单位', note: false },
  autoDispatch: { label: '已派给承办单位', note: false },
  accept: { label: '承办单位已签收，正在办理', note: false },
  reply: { label: '承办单位已答复', note: true },
  redo: { label: '要求承办单位重新办理', note: false },
  answerDirectly: { label: '已答复', note: true },
  close: { label: '已办结', note: false },
  callBack: { label: '已回访', note: false },
  rate: { label: '您已评价', note: false },
  reopen: { label: '您反映问题没有解决，已重新受理', note: true },
  fileApplication: { label: '已代为提交网上申请', note: false },
  merge: { label: '与相同问题合并办理', note: false },
}

/** Replies count once the desk accepted them (办结): a reply it sent back for redoing is not the answer. */
function publicTimeline(events: Pick<TicketEvent, 'action' | 'createdAt' | 'note'>[]): PublicStep[] {
  const lastClosing = events.findLastIndex((event) => event.action === 'close' || event.action === 'answerDirectly')
  return events.flatMap((event, index) => {
    const step = PUBLIC_STEPS[event.action]
    if (!step) return []
    const noteShown = step.note && (event.action !== 'reply' || index < lastClosing)
    return [{ at: event.createdAt, label: step.label, note: noteShown ? (event.note ?? null) : null }]
  })
}

const FINISHED: Ticket['status'][] = ['closed', 'evaluated']

type TicketEventFacts = Pick<TicketEvent, 'action' | 'createdAt' | 'note' | 'ticket'>

/** The events of these orders, oldest first, in one query (我的 reads them for every order at once). */
export async function ticketEventsOf(req: PayloadRequest, ticketIds: (number | string)[]): Promise<TicketEventFacts[]> {
  if (ticketIds.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'ticket-events',
    where: { ticket: { in: ticketIds } },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    select: { action: true, createdAt: true, note: true, ticket: true },
    req,
  })
  return docs
}

/** The caller's last rating, from their own 'rate' step: its level is the order's satisfaction, its note their comment. */
function callerRating(ticket: Ticket, events: TicketEventFacts[]): TrackAnswer['rating'] {
  const rated = events.findLast((event) => event.action === 'rate')
  const level = ticket.satisfaction ? (Number(ticket.satisfaction) as RatingLevel) : null
  return rated && level ? { level, label: RATING_LABELS[level], comment: rated.note ?? null, ratedAt: rated.createdAt } : null
}

/** The public view of one order from its events (oldest first). */
export function trackAnswerWith(ticket: Ticket, events: TicketEventFacts[]): TrackAnswer {
  const finished = FINISHED.includes(ticket.status)
  const until = reopenUntil(ticket)
  const level = ticket.satisfaction ? (Number(ticket.satisfaction) as RatingLevel) : null
  return {
    number: ticket.number!,
    kind: ticket.kind,
    kindLabel: TICKET_KIND_LABELS[ticket.kind],
    status: ticket.status,
    statusLabel: TICKET_STATUS_LABELS[ticket.status],
    receivedAt: ticket.receivedAt!,
    dueDate: finished ? null : (ticket.dueDate ?? null),
    dueDateProvisional: Boolean(ticket.dueDateProvisional),
    closedAt: ticket.closedAt ?? null,
    reply: finished ? (ticket.reply ?? null) : null,
    satisfaction: ticket.satisfaction ?? null,
    satisfactionLabel: level ? RATING_LABELS[level] : null,
    rating: callerRating(ticket, events),
    canRate: ticket.status === 'closed',
    canReopen: finished && until !== null && new Date() <= until,
    reopenUntil: finished && until ? until.toISOString() : null,
    timeline: publicTimeline(events),
  }
}

export const trackAnswer = async (req: PayloadRequest, ticket: Ticket): Promise<TrackAnswer> => trackAnswerWith(ticket, await ticketEventsOf(req, [ticket.id]))

/** Wrong phones allowed per order number in each 15 minutes, as for query codes. */
const PHONE_WORDS: SecretWords = {
  wrong: (remaining) => (remaining > 0 ? `工单编号或手机号码不正确，还可以再试${remaining}次` : '工单编号或手机号码不正确，错误次数已用完，请15分钟后再试，或拨打12345'),
  locked: '错误次数太多，请15分钟后再试，或拨打12345',
}

const compactPhone = (phone: string): string => phone.replace(/[\s-]/g, '')

/**
 * The order with this number if `phone` is the one it was filed with:
 * five wrong phones per number in 15 minutes (atomic, openWithSecret), the
 * answer the same whether the number exists or not.
 */
export async function findWithPhone(req: PayloadRequest, rawNumber: string, rawPhone: string): Promise<Ticket> {
  const number = rawNumber.trim().toUpperCase()
  const phone = compactPhone(rawPhone.trim())
  const errors = validateTrackQuery(number, phone)
  if (errors.length) throw invalid(errors)
  const { docs } = await req.payload.find({
    collection: 'tickets',
    where: { number: { equals: number } },
    limit: 1,
    depth: 0,
    pagination: false,
    joins: false,
    // The stored phone itself, whoever is signed in: it is compared, never shown.
    overrideAccess: true,
    showHiddenFields: true,
  })
  return openWithSecret(req, `ticket-phone:${number}`, docs[0], (ticket) => compactPhone(ticket.caller?.phone ?? '') === phone, PHONE_WORDS)
}

const NOT_FOUND_TICKET = () => new RequestError('NOT_FOUND', '没有找到这张工单', 404)

/**
 * The order a caller names: with the phone it was filed with, or, without a
 * phone, the signed-in resident's own order (我的) — another resident's or an
 * unknown number is the same 404.
 */
export async function findForCaller(req: PayloadRequest, rawNumber: string, rawPhone: string): Promise<Ticket> {
  const owner = rawPhone.trim() ? null : await optionalResident(req)
  if (!owner) return findWithPhone(req, rawNumber, rawPhone)
  const number = rawNumber.trim().toUpperCase()
  if (!number) throw NOT_FOUND_TICKET()
  const { docs } = await req.payload.find({
    collection: 'tickets',
    where: { and: [{ number: { equals: number } }, { resident: { equals: owner.id } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    joins: false,
    overrideAccess: true,
  })
  if (!docs[0]) throw NOT_FOUND_TICKET()
  return docs[0]
}

/** JSON for scripts, a page for a browser's own form post. */
async function respond(req: PayloadRequest, ticket: Ticket, phone: string, notice?: string): Promise<Response> {
  const result = await trackAnswer(req, ticket)
  return wantsHtmlPage(req) ? trackPage(result, phone, notice) : answer(req, result)
}

/** `GET /api/tickets/track?number=GD…` with the phone in `X-Caller-Phone` (none for the signed-in owner). */
const trackGet: Endpoint = {
  path: '/track',
  method: 'get',
  handler: handled(async (req) => {
    await limitClient(req, 'lookup')
    const ticket = await findForCaller(req, String(req.searchParams.get('number') ?? ''), req.headers.get('x-caller-phone') ?? '')
    return answer(req, await trackAnswer(req, ticket))
  }),
}

/** The body's number and phone (and for actions the rating, the note), and the order they open. */
async function trackRequest(req: PayloadRequest) {
  await limitClient(req, 'lookup')
  const { fields } = await readBody(req)
  const errors: FieldError[] = []
  const [number, phone, satisfaction, note] = [
    textField(fields, 'number', errors, 40),
    textField(fields, 'phone', errors, 40),
    textField(fields, 'satisfaction', errors, 2),
    textField(fields, 'note', errors, 500),
  ]
  assertWellFormed(errors)
  return { ticket: await findForCaller(req, number, phone), phone, satisfaction, note }
}

/** `POST /api/tickets/track` with `{ number, phone }`: the same look-up for a form. */
const trackPost: Endpoint = {
  path: '/track',
  method: 'post',
  handler: handled(async (req) => {
    const { phone, ticket } = await trackRequest(req)
    return respond(req, ticket, phone)
  }),
}

/** Take the caller's step on the order as it stands inside the transaction (another request may have moved it). */
const callerStep = (req: PayloadRequest, ticket: Ticket, action: 'rate' | 'reopen', input: { note: string; satisfaction?: string }) =>
  withTransaction(req.payload, async (tx) => {
    const current = await tx.payload.findByID({ collection: 'tickets', id: ticket.id, depth: 0, showHiddenFields: true, req: tx })
    return takeTicketAction(tx, current, action, input)
  })

/** `POST /api/tickets/track/rate` with `{ number, phone, satisfaction (1–5), note? }`: the caller's rating after 办结. */
const rateEndpoint: Endpoint = {
  path: '/track/rate',
  method: 'post',
  handler: handled(async (req) => {
    const { note, phone, satisfaction, ticket } = await trackRequest(req)
    const rated = await callerStep(req, ticket, 'rate', { satisfaction, note })
    return respond(req, rated, phone, '感谢您的评价。')
  }),
}

/** `POST /api/tickets/track/reopen` with `{ number, phone, note }`: "没有解决" within REOPEN_DAYS of 办结; back to the desk. */
const reopenEndpoint: Endpoint = {
  path: '/track/reopen',
  method: 'post',
  handler: handled(async (req) => {
    const { note, phone, ticket } = await trackRequest(req)
    const reopened = await callerStep(req, ticket, 'reopen', { note })
    return respond(req, reopened, phone, '已收到，热线会重新安排办理，并在新的期限内答复您。')
  }),
}

export const trackEndpoints: Endpoint[] = [trackGet, trackPost, rateEndpoint, reopenEndpoint]
