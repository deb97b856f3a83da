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

/** A commitment is checked while the case is open or after it is finished, never once it was withdrawn or refused. */
const COMMITMENT_CHECK_STATUSES: ApplicationStatus[] = ['submitted', 'accepted', 'processing', 'supplement', 'completed']

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
  // 告知承诺: the later check of what the applicant promised instead of a material; the case stays where it is.
  confirmCommitment: {
    by: 'staff',
    from: COMMITMENT_CHECK_STATUSES,
    to: 'same',
    label: '告知承诺核查属实',
    noteRequired: false,
  },
  refuteCommitment: {
    by: 'staff',
    from: COMMITMENT_CHECK_STATUSES,
    to: 'same',
    label: '告知承诺核查不属实',
    noteRequired: true,
    noteLabel: '核查发现的不实情况和处理意见（申请人可以看到）',
  },
  supplement: { by: 'resident', from: ['supplement'], to: 'resume', label: '补正材料', noteRequired: false },
  withdraw: { by: 'resident', from: ['submitted'], to: 'withdrawn', label: '撤回申请', noteRequired: false },
} as const satisfies Record<string, ActionDefinition>

export type ApplicationAction = keyof typeof ACTIONS

export const isApplicationAction = (value: unknown): value is ApplicationAction => isActionOf(ACTIONS, value)

/** What decides which actions an application offers. */
type ActionContext = {
  commitmentCheck?: null | { status?: null | string }
  followUp?: null | { status?: null | string }
  status: ApplicationStatus
}

/** The application's own condition besides its state: a follow-up is closed only while one is open, a commitment checked only while due. */
function conditionHolds(action: ApplicationAction, application: ActionContext): boolean {
  if (action === 'closeFollowUp') return application.followUp?.status === 'open'
  if (action === 'confirmCommitment' || action === 'refuteCommitment') return application.commitmentCheck?.status === 'pending'
  return true
}

/** Whether `action` is open to this application: the right state, and a follow-up to close. */
export const isOpenTo = (action: ApplicationAction, application: ActionContext): boolean =>
  canTakeFrom<ApplicationStatus>(ACTIONS[action], application.status) && conditionHolds(action, application)

/** The staff actions open to an application, in the order the admin shows them. */
export const staffActionsFor = (application: ActionContext): ApplicationAction[] =>
  actionsOpenTo(ACTIONS, 'staff', application.status, (action) => conditionHolds(action, application))

/** Refuse `action` on this application unless the table and its condition allow it and its note is there; answers the note, trimmed. */
export const checkApplicationAction = (action: ApplicationAction, application: ActionContext, note?: string): string =>
  checkAction(APPLICATION_CASE, ACTIONS[action], application.status, note, conditionHolds(action, application))
