import type { Payload, TypedUser } from 'payload'

import type { Ticket } from '../../../cms/payload-types'
import { isInUserScope } from '../../access'
import type { ActionInput, CaseAction } from '../../casework/components/ActionButtons'
import { actionButton, CaseStatusBox } from '../../casework/components/CaseStatusBox'
import { isDesk, isHandlerOf } from '../access'
import { dispatchTargets } from '../lib/dispatchTargets'
import { isFinishedTicket, OPEN_TICKET_STATUSES, SATISFACTION_LABELS, TICKET_STATUS_LABELS } from '../states'
import { TICKET_ACTIONS, type TicketAction, type TicketActionDefinition, ticketActionsFor, type TicketSide } from '../workflow'

type Props = { data?: Partial<Ticket>; payload: Payload; user?: null | TypedUser }

/** Where a dispatch can send the order: a department, or a street or community (lib/dispatchTargets). */
async function dispatchInputs(payload: Payload, user: TypedUser, ticket: Partial<Ticket>): Promise<ActionInput[]> {
  const [departments, divisions] = await Promise.all([
    payload.find({ collection: 'departments', sort: 'code', pagination: false, depth: 0, select: { name: true } }),
    dispatchTargets(payload, user, ticket.scope?.street),
  ])
  return [
    { kind: 'select', name: 'department', label: '承办部门', options: departments.docs.map((doc) => ({ value: String(doc.id), label: doc.name })) },
    { kind: 'select', name: 'division', label: '或承办街道、社区', options: divisions },
  ]
}

const SATISFACTION_INPUT: ActionInput = {
  kind: 'select',
  name: 'satisfaction',
  label: '来电人的满意度',
  required: true,
  options: Object.entries(SATISFACTION_LABELS)
    .reverse()
    .map(([value, label]) => ({ value, label })),
}

const MERGE_INPUT: ActionInput = { kind: 'text', name: 'mergeInto', label: '合并到的工单编号（GD 开头）', required: true }

/**
 * Top of a work order in the admin: where it stands, its deadline, and the
 * actions the loop allows from here for this user — the desk's in its
 * division, a handler's when the order is dispatched to them.
 */
export async function TicketWorkflow({ data, payload, user }: Props) {
  if (!data?.id || !data.status || !user) return null
  const sides: TicketSide[] = [
    ...(isDesk(user) && isInUserScope(user, data.scope) ? (['desk'] as const) : []),
    ...(isHandlerOf(user, data) ? (['handler'] as const) : []),
  ]
  const names = sides.flatMap((side) => ticketActionsFor(data.status!, side))
  const actions: CaseAction[] = []
  for (const action of names as TicketAction[]) {
    const definition: TicketActionDefinition = TICKET_ACTIONS[action]
    const inputs = definition.needs === 'assignee' ? await dispatchInputs(payload, user, data) : definition.needs === 'satisfaction' ? [SATISFACTION_INPUT] : definition.needs === 'mergeTarget' ? [MERGE_INPUT] : []
    actions.push(actionButton(action, definition, '说明（选填）', inputs))
  }
  return (
    <CaseStatusBox
      headingId="ticket-workflow-heading"
      statusLabel={TICKET_STATUS_LABELS[data.status]}
      clock={{ running: OPEN_TICKET_STATUSES.includes(data.status), dueDate: data.dueDate, provisional: data.dueDateProvisional }}
      actions={actions}
      endpoint={`/api/tickets/${data.id}/actions`}
      groupLabel="工单操作"
      emptyText="这张工单没有您可以进行的操作。"
      notice={sides.includes('desk') ? <p>{isFinishedTicket(data.status) ? '这张工单已经结束，内容不能再修改。' : '修改下方的工单信息会连同原内容记入办理记录。'}</p> : null}
    >
      {data.reminders ? (
        <>
          <dt>已催办</dt>
          <dd>{data.reminders} 次</dd>
        </>
      ) : null}
      {data.reopens ? (
        <>
          <dt>来电人要求重新办理</dt>
          <dd>{data.reopens} 次</dd>
        </>
      ) : null}
    </CaseStatusBox>
  )
}
