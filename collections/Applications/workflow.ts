import { type ActionDefinition as CaseActionDefinition, actionsOpenTo, canTakeFrom, type CaseKind, checkAction, isActionOf } from '../casework/workflow'
import { type ApplicationStatus, STATUS_LABELS } from './states'

/**
 * The application workflow as data for the casework engine
 * (casework/workflow.ts): which action moves an application from which
 * states to which, who may take it, and whether it needs a note. The
 * endpoints and the admin's buttons both read this table.
 */

/** Who takes an action: a case worker in the admin, or the resident on the portal. `resume` returns to the state before 需补正. */
export type ActionDefinition = CaseActionDefinition<ApplicationStatus, 'resident' | 'staff'>

/** How refusals name an application. */
const APPLICATION_CASE: CaseKind<ApplicationStatus> = { noun: '申请', statusLabels: STATUS_LABELS, noteRefusalCode: 'NOTE_REQUIRED' }

export const ACTIONS = {
  accept: { by: 'staff', from: ['submitted'], to: 'accepted', label: '受理', noteRequired: false },
  reject: {
    by: 'staff',
    from: ['submitted'],
    to: 'rejected',
    label: '不予受理',
    noteRequired: true,
    noteLabel: '不予受理的理由（申请人可以看到）',
  },
  startProcessing: { by: 'staff', from: ['accepted'], to: 'processing', label: '开始办理', noteRequired: false },
  requestSupplement: {
    by: 'staff',
    from: ['accepted', 'processing'],
    to: 'supplement',
    label: '要求补正材料',
    noteRequired: true,
    noteLabel: '需要补正的内容（申请人可以看到）',
  },
  approve: {
    by: 'staff',
    from: ['processing'],
    to: 'completed',
    label: '办结：准予办理',
    noteRequired: true,
    noteLabel: '办理结果（申请人可以看到）',
  },
  deny: {
    by: 'staff',
    from: ['processing'],
    to: 'completed',
    label: '办结：不予办理',
    noteRequired: true,
    noteLabel: '不予办理的理由和依据（申请人可以看到）',
  },
  closeFollowUp: {
    by: 'staff',
    from: ['completed'],
    to: 'completed',
    label: '差评整改完成',
    noteRequired: true,
    noteLabel: '整改措施和回访结果',
  },
  supplement: { by: 'resident', from: ['supplement'], to: 'resume', label: '补正材料', noteRequired: false },
  withdraw: { by: 'resident', from: ['submitted'], to: 'withdrawn', label: '撤回申请', noteRequired: false },
} as const satisfies Record<string, ActionDefinition>

export type ApplicationAction = keyof typeof ACTIONS

export const isApplicationAction = (value: unknown): value is ApplicationAction => isActionOf(ACTIONS, value)

/** What decides which actions an application offers. */
type ActionContext = { followUp?: null | { status?: null | string }; status: ApplicationStatus }

/** The application's own condition besides its state: a follow-up is closed only while one is open. */
const conditionHolds = (action: ApplicationAction, application: ActionContext): boolean =>
  action !== 'closeFollowUp' || application.followUp?.status === 'open'

/** Whether `action` is open to this application: the right state, and a follow-up to close. */
export const isOpenTo = (action: ApplicationAction, application: ActionContext): boolean =>
  canTakeFrom<ApplicationStatus>(ACTIONS[action], application.status) && conditionHolds(action, application)

/** The staff actions open to an application, in the order the admin shows them. */
export const staffActionsFor = (application: ActionContext): ApplicationAction[] =>
  actionsOpenTo(ACTIONS, 'staff', application.status, (action) => conditionHolds(action, application))

/** Refuse `action` on this application unless the table and its condition allow it and its note is there; answers the note, trimmed. */
export const checkApplicationAction = (action: ApplicationAction, application: ActionContext, note?: string): string =>
  checkAction(APPLICATION_CASE, ACTIONS[action], application.status, note, conditionHolds(action, application))
