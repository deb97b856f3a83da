import type { PayloadRequest } from 'payload'

import type { Ticket } from '../../../cms/payload-types'
import { isActiveStaff } from '../../access'
import { residentDueNote } from '../../CalendarDays/workingDays'
import { deliverOnCommit } from '../../Notifications/deliver'
import { queueMessage } from '../../Notifications/queue'
import { type RenderedMessage, renderMessage } from '../../Notifications/templates'
import { relationId } from '../../relations'
import { SATISFACTION_LABELS, TICKET_KIND_LABELS } from '../states'
import { publicSummary } from '../web/similarity'
import type { TicketAction } from '../workflow'

type Compose = (req: PayloadRequest, ticket: Ticket) => Promise<RenderedMessage>

const closed: Compose = (req, ticket) => renderMessage(req, 'ticket.closed', { number: ticket.number, reply: ticket.reply })

/**
 * The steps the caller is told about, by the action that takes them: the
 * answer (坐席直接答复, or 办结 once the desk accepts the handler's reply —
 * not the handler's reply itself, which the desk may send back) and the
 * call-back. Dispatch, reminders and returns are the hotline's own business.
 */
const MESSAGE_AFTER: Partial<Record<TicketAction, Compose>> = {
  answerDirectly: closed,
  close: closed,
  callBack: (req, ticket) =>
    renderMessage(req, 'ticket.callBack', { number: ticket.number, satisfaction: ticket.satisfaction ? SATISFACTION_LABELS[Number(ticket.satisfaction) as keyof typeof SATISFACTION_LABELS] : '' }),
  callBackFailed: (req, ticket) => renderMessage(req, 'ticket.callBackFailed', { number: ticket.number }),
}

const received: Compose = (req, ticket) =>
  renderMessage(req, 'ticket.received', { number: ticket.number, dueDate: ticket.dueDate, dueNote: residentDueNote(ticket.dueDateProvisional), kind: TICKET_KIND_LABELS[ticket.kind] })

/** How to reach the caller, read unmasked: the ticket in hand may have been read for a signed-in user. */
async function callerOf(req: PayloadRequest, ticket: Ticket): Promise<Ticket['caller']> {
  const stored = await req.payload.findByID({ collection: 'tickets', id: ticket.id, depth: 0, req, overrideAccess: true, showHiddenFields: true, select: { caller: true } })
  return stored.caller
}

/**
 * Text the caller (and email them when they gave an address and SMTP is
 * configured) in the transaction of the step, delivered after it commits.
 * A caller who asked for confidentiality gets only the order number and
 * that there is news (ticket.confidential): no content, dates or reply.
 * Staff steps do not count against the number's SMS cap; orders residents
 * or gateways send in do.
 */
async function tellCaller(req: PayloadRequest, ticket: Ticket, compose: Compose): Promise<void> {
  const caller = await callerOf(req, ticket)
  if (!caller?.phone && !caller?.email) return
  const { subject, text } = caller.confidential ? await renderMessage(req, 'ticket.confidential', { number: ticket.number }) : await compose(req, ticket)
  const cause = isActiveStaff(req.user) ? 'staff' : 'resident'
  if (await queueMessage(req, { ticket: ticket.id, scope: ticket.scope }, { subject, message: text, phone: caller.phone, email: caller.email }, cause)) deliverOnCommit(req)
}

/** 受理: every new order, from any channel, tells its caller the number and due date. */
export const tellCallerReceived = (req: PayloadRequest, ticket: Ticket): Promise<void> => tellCaller(req, ticket, received)

/** After a workflow step: tell the caller when the step is one they hear about. */
export async function tellCallerAfter(req: PayloadRequest, ticket: Ticket, action: TicketAction): Promise<void> {
  const compose = MESSAGE_AFTER[action]
  if (compose) await tellCaller(req, ticket, compose)
}

/** The steps residents following an order hear about: it was answered (办结). */
const FOLLOWERS_TOLD_AFTER = new Set<TicketAction>(['answerDirectly', 'close'])
/** The summary a follower's SMS quotes: enough to recognise the matter, short enough for one message. */
const FOLLOWED_SUMMARY_LENGTH = 20

/** The phones of the residents following this order. */
async function followerPhones(req: PayloadRequest, ticket: Ticket): Promise<{ id: string; phone: string }[]> {
  const { docs } = await req.payload.find({ collection: 'ticket-followers', where: { ticket: { equals: ticket.id } }, depth: 0, pagination: false, select: { resident: true }, req })
  if (!docs.length) return []
  const residents = await req.payload.find({
    collection: 'residents',
    where: { id: { in: docs.map((follow) => relationId(follow.resident)) } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    showHiddenFields: true,
    select: { phone: true },
    req,
  })
  return residents.docs.flatMap((resident) => (resident.phone ? [{ id: String(resident.id), phone: resident.phone }] : []))
}

/**
 * After 办结, text every resident following the order (网上12345's 关注), in
 * the step's transaction like the caller's message: that it was answered and
 * where to look, never the reply (it is the caller's, and may carry their
 * details) nor anything about the caller. Staff work: no SMS cap. An order
 * whose caller has since asked for confidentiality tells followers nothing.
 */
export async function tellFollowersAfter(req: PayloadRequest, ticket: Ticket, action: TicketAction): Promise<void> {
  if (!FOLLOWERS_TOLD_AFTER.has(action)) return
  const followers = await followerPhones(req, ticket)
  if (!followers.length || (await callerOf(req, ticket))?.confidential) return
  const { subject, text } = await renderMessage(req, 'ticket.followedClosed', { number: ticket.number, summary: publicSummary(ticket.summary, FOLLOWED_SUMMARY_LENGTH) })
  let queued = false
  for (const follower of followers) {
    const about = { ticket: ticket.id, scope: ticket.scope, resident: follower.id }
    queued = (await queueMessage(req, about, { subject, message: text, phone: follower.phone }, 'staff')) || queued
  }
  if (queued) deliverOnCommit(req)
}
