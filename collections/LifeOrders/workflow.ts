import { type ActionDefinition, actionsOpenTo, type CaseKind, checkAction, isActionOf } from '../casework/workflow'
import { LIFE_ORDER_STATUS_LABELS, type LifeOrderStatus } from './states'

/**
 * The provider loop as data: which action moves an order from which states
 * to which, who takes it, and what it needs.
 *
 * - `provider`: the provider the order is offered to or accepted by (its accounts);
 * - `resident`: the resident who booked, signed in (or with the order number and phone);
 * - `desk`: hotline agents and life-services staff, for callers and call-backs;
 * - `platform`: the platform itself (offering, time-outs, giving up).
 */
export type LifeOrderActionDefinition = ActionDefinition<LifeOrderStatus, 'desk' | 'platform' | 'provider' | 'resident'> & {
  needs?: 'satisfaction' | 'worker'
}

const LIFE_ORDER_CASE: CaseKind<LifeOrderStatus> = { noun: '订单', statusLabels: LIFE_ORDER_STATUS_LABELS, noteRefusalCode: 'NOTE_REQUIRED' }

export const LIFE_ORDER_ACTIONS = {
  offer: { by: 'platform', from: ['waiting'], to: 'offered', label: '派单给企业', noteRequired: false },
  accept: { by: 'provider', from: ['offered'], to: 'accepted', label: '接单', noteRequired: false },
  decline: { by: 'provider', from: ['offered'], to: 'waiting', label: '拒单', noteRequired: true, noteLabel: '拒单原因' },
  timeOut: { by: 'platform', from: ['offered'], to: 'waiting', label: '超时未接单', noteRequired: false },
  release: { by: 'provider', from: ['accepted', 'scheduled'], to: 'waiting', label: '退回订单', noteRequired: true, noteLabel: '不能上门的原因' },
  giveUp: { by: 'platform', from: ['waiting'], to: 'unserved', label: '无企业接单', noteRequired: false },
  assign: { by: 'provider', from: ['accepted', 'scheduled'], to: 'scheduled', label: '派服务人员', noteRequired: false, needs: 'worker' },
  finish: { by: 'provider', from: ['scheduled'], to: 'done', label: '服务完成', noteRequired: false, noteLabel: '服务情况' },
  confirm: { by: 'resident', from: ['done'], to: 'confirmed', label: '确认完成', noteRequired: false },
  rate: { by: 'resident', from: ['done', 'confirmed'], to: 'rated', label: '评价', noteRequired: false, noteLabel: '评价意见', needs: 'satisfaction' },
  callBack: { by: 'desk', from: ['done', 'confirmed'], to: 'rated', label: '回访', noteRequired: false, noteLabel: '回访记录', needs: 'satisfaction' },
  autoConfirm: { by: 'platform', from: ['done'], to: 'confirmed', label: '超时自动确认', noteRequired: false },
  cancel: { by: 'resident', from: ['waiting', 'offered', 'accepted', 'scheduled'], to: 'cancelled', label: '取消预约', noteRequired: false, noteLabel: '取消原因' },
  cancelForCaller: { by: 'desk', from: ['waiting', 'offered', 'accepted', 'scheduled'], to: 'cancelled', label: '代为取消', noteRequired: true, noteLabel: '取消原因' },
} as const satisfies Record<string, LifeOrderActionDefinition>

export type LifeOrderAction = keyof typeof LIFE_ORDER_ACTIONS

export const isLifeOrderAction = (value: unknown): value is LifeOrderAction => isActionOf(LIFE_ORDER_ACTIONS, value)

/** The actions one side may take on an order in `status`, in the table's order. */
export const lifeOrderActionsFor = (by: LifeOrderActionDefinition['by'], status: LifeOrderStatus): LifeOrderAction[] =>
  actionsOpenTo<LifeOrderStatus, typeof LIFE_ORDER_ACTIONS>(LIFE_ORDER_ACTIONS, by, status)

/** Refuse an action the table does not allow from `status`, or without its note; answers the note, trimmed. */
export const checkLifeOrderAction = (action: LifeOrderAction, status: LifeOrderStatus, note?: string): string =>
  checkAction(LIFE_ORDER_CASE, LIFE_ORDER_ACTIONS[action], status, note)
