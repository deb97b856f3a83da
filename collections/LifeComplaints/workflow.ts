import { type ActionDefinition, actionsOpenTo, type CaseKind, checkAction, isActionOf } from '../casework/workflow'
import { LIFE_COMPLAINT_STATUS_LABELS, type LifeComplaintStatus } from './states'

/**
 * A complaint's loop as data. `staff`: life-services staff in scope;
 * `provider`: the complained-about provider's accounts; `resident`: the
 * resident who raised it, on their order's page.
 */
export type LifeComplaintActionDefinition = ActionDefinition<LifeComplaintStatus, 'provider' | 'resident' | 'staff'> & {
  needs?: 'remedy' | 'satisfaction'
}

const LIFE_COMPLAINT_CASE: CaseKind<LifeComplaintStatus> = { noun: '投诉', statusLabels: LIFE_COMPLAINT_STATUS_LABELS, noteRefusalCode: 'NOTE_REQUIRED' }

export const LIFE_COMPLAINT_ACTIONS = {
  askProvider: { by: 'staff', from: ['received'], to: 'checking', label: '请企业说明', noteRequired: false, noteLabel: '需要企业说明的问题' },
  answer: { by: 'provider', from: ['checking'], to: 'handling', label: '企业说明', noteRequired: true, noteLabel: '情况说明' },
  noAnswer: { by: 'staff', from: ['checking'], to: 'handling', label: '企业未说明，直接处理', noteRequired: true, noteLabel: '核查情况' },
  remedy: { by: 'staff', from: ['handling'], to: 'same', label: '记录处理措施', noteRequired: true, noteLabel: '处理说明', needs: 'remedy' },
  close: { by: 'staff', from: ['handling'], to: 'closed', label: '办结', noteRequired: true, noteLabel: '处理结果（短信告知投诉人）' },
  rate: { by: 'resident', from: ['closed'], to: 'rated', label: '评价处理', noteRequired: false, noteLabel: '评价意见', needs: 'satisfaction' },
} as const satisfies Record<string, LifeComplaintActionDefinition>

export type LifeComplaintAction = keyof typeof LIFE_COMPLAINT_ACTIONS

export const isLifeComplaintAction = (value: unknown): value is LifeComplaintAction => isActionOf(LIFE_COMPLAINT_ACTIONS, value)

/** The actions one side may take on a complaint in `status`, in the table's order. */
export const lifeComplaintActionsFor = (by: LifeComplaintActionDefinition['by'], status: LifeComplaintStatus): LifeComplaintAction[] =>
  actionsOpenTo<LifeComplaintStatus, typeof LIFE_COMPLAINT_ACTIONS>(LIFE_COMPLAINT_ACTIONS, by, status)

/** Refuse an action the table does not allow from `status`, or without its note; answers the note, trimmed. */
export const checkLifeComplaintAction = (action: LifeComplaintAction, status: LifeComplaintStatus, note?: string): string =>
  checkAction(LIFE_COMPLAINT_CASE, LIFE_COMPLAINT_ACTIONS[action], status, note)
