import { type ActionDefinition, actionsOpenTo, type CaseKind, checkAction, isActionOf } from '../casework/workflow'
import { TICKET_STATUS_LABELS, type TicketStatus } from './states'

/**
 * The work-order loop as data: which action moves an order from which
 * states to which, who takes it, and what it needs. The endpoints, the desk
 * and the admin's buttons all read this table.
 *
 * - `desk`: the hotline (agents, and admins) who took the call;
 * - `handler`: the department or street the order was dispatched to;
 * - `platform`: steps the platform takes itself (never a button, never
 *   accepted by the actions endpoint);
 * - `resident`: the caller's own steps after 办结, through the public
 *   tracking endpoint with the order's number and their phone (web/track.ts).
 */
export type TicketActionDefinition = ActionDefinition<TicketStatus, 'desk' | 'handler' | 'platform' | 'resident'> & {
  /** Extra input the action needs: where to dispatch, the satisfaction level, the order merged into. */
  needs?: 'assignee' | 'mergeTarget' | 'satisfaction'
}

/** How refusals name a work order. */
const TICKET_CASE: CaseKind<TicketStatus> = { noun: '工单', statusLabels: TICKET_STATUS_LABELS, noteRefusalCode: 'VALIDATION_FAILED' }

export const TICKET_ACTIONS = {
  answerDirectly: {
    by: 'desk',
    from: ['received'],
    to: 'closed',
    label: '直接答复',
    noteRequired: true,
    noteLabel: '答复内容',
  },
  dispatch: { by: 'desk', from: ['received'], to: 'dispatched', label: '派单', noteRequired: false, noteLabel: '派单说明', needs: 'assignee' },
  autoDispatch: { by: 'platform', from: ['received'], to: 'dispatched', label: '按派单目录自动派单', noteRequired: false, needs: 'assignee' },
  accept: { by: 'handler', from: ['dispatched'], to: 'processing', label: '签收', noteRequired: false },
  return: {
    by: 'handler',
    from: ['dispatched', 'processing'],
    to: 'received',
    label: '退回重派',
    noteRequired: true,
    noteLabel: '退回理由（不属于本单位职责的依据）',
  },
  remind: { by: 'desk', from: ['dispatched', 'processing'], to: 'same', label: '催办', noteRequired: true, noteLabel: '催办内容' },
  reply: { by: 'handler', from: ['processing'], to: 'replied', label: '回复', noteRequired: true, noteLabel: '办理结果（来电人可以听到）' },
  redo: { by: 'desk', from: ['replied'], to: 'processing', label: '要求重新办理', noteRequired: true, noteLabel: '需要重新办理的原因' },
  close: { by: 'desk', from: ['replied'], to: 'closed', label: '办结', noteRequired: false, noteLabel: '办结说明' },
  callBack: {
    by: 'desk',
    from: ['closed'],
    to: 'evaluated',
    label: '回访',
    noteRequired: false,
    noteLabel: '回访记录',
    needs: 'satisfaction',
  },
  callBackFailed: { by: 'desk', from: ['closed'], to: 'same', label: '回访未接通', noteRequired: false, noteLabel: '说明' },
  fileApplication: { by: 'platform', from: ['received'], to: 'closed', label: '代为提交申请', noteRequired: false },
  merge: {
    by: 'desk',
    from: ['received', 'dispatched', 'processing'],
    to: 'merged',
    label: '合并为重复工单',
    noteRequired: false,
    noteLabel: '合并说明',
    needs: 'mergeTarget',
  },
  rate: { by: 'resident', from: ['closed'], to: 'evaluated', label: '评价', noteRequired: false, noteLabel: '评价意见', needs: 'satisfaction' },
  reopen: { by: 'resident', from: ['closed', 'evaluated'], to: 'received', label: '没有解决，要求重新办理', noteRequired: true, noteLabel: '没有解决的原因' },
} as const satisfies Record<string, TicketActionDefinition>

/** Days after 办结 in which the caller may say the problem is not solved (reopen). */
export const REOPEN_DAYS = 15

export type TicketAction = keyof typeof TICKET_ACTIONS

export const isTicketAction = (value: unknown): value is TicketAction => isActionOf(TICKET_ACTIONS, value)

/** The people who take steps through the admin's buttons: the desk and handlers. */
export type TicketSide = Exclude<TicketActionDefinition['by'], 'platform' | 'resident'>

/** Whether staff take `action` through the actions endpoint (not the platform itself, not the caller). */
export const isStaffAction = (action: TicketAction): boolean => TICKET_ACTIONS[action].by === 'desk' || TICKET_ACTIONS[action].by === 'handler'

/** The actions open to an order in `status` for one side, in the table's order. */
export const ticketActionsFor = (status: TicketStatus, by: TicketSide): TicketAction[] => actionsOpenTo(TICKET_ACTIONS, by, status)

/** Refuse `action` on an order in `status` unless the table allows it and its note is there; answers the note, trimmed. */
export const checkTicketAction = (action: TicketAction, status: TicketStatus, note?: string): string => checkAction(TICKET_CASE, TICKET_ACTIONS[action], status, note)
