import type { PayloadRequest } from 'payload'

import type { Ticket } from '../../../cms/payload-types'
import { chinaDate } from '../../CalendarDays/workingDays'
import { divisionById } from '../../Divisions/lookup'
import { invalid } from '../../endpoints/respond'
import { nextState } from '../../casework/workflow'
import { relationId } from '../../relations'
import { SATISFACTION_LABELS, type TicketStatus } from '../states'
import { checkTicketAction, REOPEN_DAYS, TICKET_ACTIONS, type TicketAction, type TicketActionDefinition } from '../workflow'
import { countForRule, followsSuggestion } from '../../DispatchRules/suggest'
import { registerTicketRatingDemand, TICKET_RATING_ACTIONS } from '../../Demands/hooks'
import { dueDateFor } from './dueDate'
import { RequestError } from '../../errors'
import { TICKET_WORKFLOW_CONTEXT } from '../hooks/recordEdits'
import { appendTicketEvent } from './events'
import { moveFollowersOnMerge } from './followers'
import { tellCallerAfter, tellFollowersAfter } from './notify'

type TicketActionInput = { application?: string; department?: string; division?: string; mergeInto?: string; note?: string; satisfaction?: string }

type Patch = Partial<Omit<Ticket, 'id'>>

/** Where a dispatch sends the order: one department, or one street or community. */
async function assigneeFor(req: PayloadRequest, input: TicketActionInput): Promise<NonNullable<Ticket['assignee']>> {
  if (Boolean(input.department) === Boolean(input.division)) {
    throw invalid([{ field: 'department', code: 'ASSIGNEE_REQUIRED', message: '请选择一个承办部门，或一个承办街道、社区' }])
  }
  if (input.department) {
    const department = await req.payload.findByID({ collection: 'departments', id: input.department, depth: 0, req, disableErrors: true })
    if (!department) throw invalid([{ field: 'department', code: 'UNKNOWN_DEPARTMENT', message: '没有这个部门' }])
    return { department: department.id, division: null, divisionCode: null, rule: null }
  }
  const division = await divisionById(req, input.division!)
  if (!division || (division.level !== 'street' && division.level !== 'community')) {
    throw invalid([{ field: 'division', code: 'UNKNOWN_DIVISION', message: '请选择一个存在的街道或社区' }])
  }
  return { department: null, division: division.id, divisionCode: division.code, rule: null }
}

/**
 * A dispatch to where the catalogue suggested is the rule's: the order
 * remembers the rule (its returns count against it), the rule counts the
 * dispatch, and the rule's time limit, when it sets one, replaces the kind's.
 */
async function dispatching(req: PayloadRequest, ticket: Ticket, input: TicketActionInput): Promise<Patch> {
  const assignee = await assigneeFor(req, input)
  const suggestion = ticket.dispatchSuggestion
  if (!followsSuggestion(suggestion, assignee)) return { assignee }
  const rule = await req.payload.findByID({ collection: 'dispatch-rules', id: relationId(suggestion!.rule as never)!, depth: 0, select: { timeLimitDays: true }, overrideAccess: true, disableErrors: true, req })
  if (!rule) return { assignee }
  await countForRule(req, rule.id, 'dispatched')
  const limit = rule.timeLimitDays ? { timeLimitDays: rule.timeLimitDays, ...(await dueDateFor(req, ticket.kind, new Date(ticket.receivedAt!), rule.timeLimitDays)) } : {}
  return { assignee: { ...assignee, rule: rule.id }, ...limit }
}

/** The order a duplicate is merged into: another open order, not itself. */
async function mergeTargetFor(req: PayloadRequest, ticket: Ticket, input: TicketActionInput): Promise<Ticket> {
  const target = input.mergeInto ? await req.payload.findByID({ collection: 'tickets', id: input.mergeInto, depth: 0, req, disableErrors: true }) : null
  if (!target || target.id === ticket.id || target.status === 'merged') {
    throw invalid([{ field: 'mergeInto', code: 'UNKNOWN_TICKET', message: '请选择要合并到的另一张未合并的工单' }])
  }
  return target
}

/** The satisfaction level the input names, or a refusal: the caller's at the call-back, or their own rating. */
function satisfactionOf(input: TicketActionInput, message: string): NonNullable<Ticket['satisfaction']> {
  if (!input.satisfaction || !Object.hasOwn(SATISFACTION_LABELS, input.satisfaction)) {
    throw invalid([{ field: 'satisfaction', code: 'SATISFACTION_REQUIRED', message }])
  }
  return input.satisfaction as NonNullable<Ticket['satisfaction']>
}

/** Whether the caller may still say the problem is not solved: within REOPEN_DAYS of 办结. */
export const reopenUntil = (ticket: Pick<Ticket, 'closedAt'>): Date | null =>
  ticket.closedAt ? new Date(new Date(ticket.closedAt).getTime() + REOPEN_DAYS * 24 * 3600 * 1000) : null

/** Back to the desk with a fresh deadline by kind, no longer closed, counted as reopened. */
async function reopening(req: PayloadRequest, ticket: Ticket, now: Date): Promise<Patch> {
  const until = reopenUntil(ticket)
  if (!until || now > until) {
    throw new RequestError('REOPEN_EXPIRED', `办结已超过${REOPEN_DAYS}天，不能在网上要求重新办理，请拨打12345`, 409)
  }
  return { closedAt: null, closedOnTime: null, reopens: (ticket.reopens ?? 0) + 1, timeLimitDays: null, ...(await dueDateFor(req, ticket.kind, now)) }
}

/** Closing on or before the due date counts as on time. */
const closing = (ticket: Ticket, now: Date): Patch => ({ closedAt: now.toISOString(), closedOnTime: !ticket.dueDate || chinaDate(now) <= ticket.dueDate })

/** The unit a dispatch sends the order to, or the unit returning it, for the history (the monthly scores count by it). */
function handlerOfStep(ticket: Ticket, patch: Patch, action: TicketAction): { handlerDepartment?: null | number | string; handlerDivisionCode?: null | string } {
  const assignee = action === 'return' ? ticket.assignee : action === 'dispatch' || action === 'autoDispatch' ? patch.assignee : null
  return assignee ? { handlerDepartment: relationId(assignee.department as never) ?? null, handlerDivisionCode: assignee.divisionCode ?? null } : {}
}

/**
 * Take a workflow action on an order, inside the caller's transaction: the
 * table must allow it from the current state and its input must be there
 * (a note, a department or street, a satisfaction level, the order to
 * merge into); then the order changes and the step is appended to its
 * history. Who may take it is the endpoint's check.
 */
export async function takeTicketAction(req: PayloadRequest, ticket: Ticket, action: TicketAction, input: TicketActionInput = {}): Promise<Ticket> {
  const definition: TicketActionDefinition = TICKET_ACTIONS[action]
  const note = checkTicketAction(action, ticket.status, input.note)
  const now = new Date()
  const patch: Patch = {}
  let target: null | Ticket = null
  switch (action) {
    case 'answerDirectly':
      Object.assign(patch, { reply: note, answeredDirectly: true }, closing(ticket, now))
      break
    case 'dispatch':
    case 'autoDispatch':
      Object.assign(patch, await dispatching(req, ticket, input))
      break
    case 'return':
      // Misrouted by the catalogue: the rule that sent it is counted, so editors can correct it.
      await countForRule(req, ticket.assignee?.rule, 'returned')
      Object.assign(patch, { assignee: { department: null, division: null, divisionCode: null, rule: null }, returns: (ticket.returns ?? 0) + 1 })
      break
    case 'remind':
      patch.reminders = (ticket.reminders ?? 0) + 1
      break
    case 'reply':
      patch.reply = note
      break
    case 'close':
      Object.assign(patch, closing(ticket, now))
      break
    case 'callBack':
      patch.satisfaction = satisfactionOf(input, '请选择来电人的满意度')
      break
    case 'rate':
      patch.satisfaction = satisfactionOf(input, '请选择您的满意程度')
      break
    case 'reopen':
      Object.assign(patch, await reopening(req, ticket, now))
      break
    case 'callBackFailed':
      patch.callBackAttempts = (ticket.callBackAttempts ?? 0) + 1
      break
    case 'fileApplication':
      Object.assign(patch, { application: input.application, reply: note || null }, closing(ticket, now))
      break
    case 'merge':
      target = await mergeTargetFor(req, ticket, input)
      patch.mergedInto = target.id
      break
  }
  const toStatus = nextState<TicketStatus>(definition, ticket.status)!
  const updated = await req.payload.update({
    collection: 'tickets',
    id: ticket.id,
    data: { ...patch, status: toStatus },
    req,
    depth: 0,
    showHiddenFields: true,
    context: { [TICKET_WORKFLOW_CONTEXT]: true },
  })
  const label = definition.needs === 'satisfaction' ? `${definition.label}：${SATISFACTION_LABELS[Number(input.satisfaction) as keyof typeof SATISFACTION_LABELS]}` : definition.label
  await appendTicketEvent(req, ticket, { action, actionLabel: label, fromStatus: ticket.status, toStatus, note: note || null, ...handlerOfStep(ticket, patch, action) })
  if (TICKET_RATING_ACTIONS.has(action)) await registerTicketRatingDemand(req, updated, note, now.toISOString())
  await tellCallerAfter(req, updated, action)
  await tellFollowersAfter(req, updated, action)
  if (target) {
    await moveFollowersOnMerge(req, updated, target)
    await appendTicketEvent(req, target, {
      action: 'absorb',
      actionLabel: '并入重复工单',
      fromStatus: target.status,
      toStatus: target.status,
      note: `工单 ${ticket.number} 与本工单重复，已并入本工单`,
    })
  }
  return updated
}

