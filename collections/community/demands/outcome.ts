import type { PayloadRequest } from 'payload'

import type { BoardThread } from '../../../cms/payload-types'
import { chinaDate } from '../../CalendarDays/workingDays'
import { DECISION_KIND_LABELS, type DecisionKind } from '../../DemandGroups/labels'
import { html, type Html } from '../../endpoints/htmlAnswer'
import { relationId } from '../../relations'
import { optionalResident } from '../../Residents/lib/accounts'
import { isFinishedTicket, TICKET_STATUS_LABELS } from '../../Tickets/states'

/** Whether the signed-in resident is the thread's author (who alone reads the order's reply here). */
async function viewerIsAuthor(req: PayloadRequest, thread: Pick<BoardThread, 'author'>): Promise<boolean> {
  const [viewer, memberId] = [await optionalResident(req), relationId(thread.author)]
  if (!viewer || memberId === undefined) return false
  const member = await req.payload.findByID({ collection: 'board-members', id: memberId, depth: 0, overrideAccess: true, disableErrors: true, select: { resident: true }, req })
  return String(relationId(member?.resident)) === String(viewer.id)
}

/** The work order's box: its number and state for everyone, the reply (once the desk closed it) for the author. */
async function ticketOutcome(req: PayloadRequest, thread: BoardThread, ticketId: number | string): Promise<Html | null> {
  const ticket = await req.payload.findByID({ collection: 'tickets', id: ticketId, depth: 0, overrideAccess: true, disableErrors: true, select: { number: true, status: true, reply: true, closedAt: true }, req })
  if (!ticket) return null
  const reply = isFinishedTicket(ticket.status) && ticket.reply && (await viewerIsAuthor(req, thread)) ? ticket.reply : null
  return html`<section class="panel" aria-labelledby="post-outcome-title" data-post-outcome="ticket"><h2 class="panel__title" id="post-outcome-title">已转为12345工单</h2>
<dl class="summary-list">
<div><dt>工单编号</dt><dd data-ticket-number>${ticket.number}</dd></div>
<div><dt>当前状态</dt><dd>${TICKET_STATUS_LABELS[ticket.status]}</dd></div>
${ticket.closedAt ? html`<div><dt>办结日期</dt><dd>${chinaDate(new Date(ticket.closedAt))}</dd></div>` : null}
${reply ? html`<div><dt>答复</dt><dd>${reply}</dd></div>` : null}
</dl></section>`
}

/** The demand's box: registered, and its group's decision once staff made one (as published on 诉求处理决定). */
async function demandOutcome(req: PayloadRequest, demandId: number | string): Promise<Html | null> {
  const demand = await req.payload.findByID({ collection: 'demands', id: demandId, depth: 0, overrideAccess: true, disableErrors: true, select: { group: true, receivedAt: true }, req })
  if (!demand) return null
  const groupId = relationId(demand.group)
  const group = groupId === undefined ? null : await req.payload.findByID({ collection: 'demand-groups', id: groupId, depth: 0, overrideAccess: true, disableErrors: true, select: { decision: true }, req })
  const decision = group?.decision?.kind ? group.decision : null
  return html`<section class="panel" aria-labelledby="post-outcome-title" data-post-outcome="demand"><h2 class="panel__title" id="post-outcome-title">已登记为居民诉求</h2>
<dl class="summary-list">
<div><dt>当前状态</dt><dd>${decision ? '已作出处理决定' : '已登记，与同类诉求一并研究'}</dd></div>
${decision ? html`<div><dt>处理决定</dt><dd>${DECISION_KIND_LABELS[decision.kind as DecisionKind]}</dd></div>` : null}
${decision?.decidedAt ? html`<div><dt>决定日期</dt><dd>${chinaDate(new Date(decision.decidedAt))}</dd></div>` : null}
${decision?.note ? html`<div><dt>说明</dt><dd>${decision.note}</dd></div>` : null}
</dl></section>`
}

/**
 * What became of a post staff turned into work, for the thread's page: the
 * work order's number and state (its reply for the author alone, as the
 * caller's own), or the demand and its group's decision. Null for a post
 * that was not converted.
 */
export async function postOutcome(req: PayloadRequest, thread: BoardThread): Promise<Html | null> {
  const ticket = relationId(thread.ticket)
  if (ticket !== undefined) return ticketOutcome(req, thread, ticket)
  const demand = relationId(thread.demand)
  return demand === undefined ? null : demandOutcome(req, demand)
}
