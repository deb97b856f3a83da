import type { ApplicationStatus } from './states'

/**
 * The application workflow as data: which action moves an application from
 * which states to which, who may take it, and whether it needs a note. The
 * endpoints and the admin's buttons both read this table, so a transition
 * that is not listed here cannot happen anywhere.
 */

export type ActionDefinition = {
  /** Who takes the action: a case worker in the admin, or the resident on the portal. */
  by: 'resident' | 'staff'
  from: readonly ApplicationStatus[]
  label: string
  /** What the note is called in the admin, when a note is required. */
  noteLabel?: string
  noteRequired: boolean
  /** `resume` returns to the state the application was in before 需补正. */
  to: 'resume' | ApplicationStatus
}

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
const STAFF_ACTIONS = (Object.keys(ACTIONS) as ApplicationAction[]).filter(
  (action) => ACTIONS[action].by === 'staff',
)

export const isApplicationAction = (value: unknown): value is ApplicationAction =>
  typeof value === 'string' && Object.hasOwn(ACTIONS, value)

/** Whether `action` may be taken on an application in `status`. */
const canTake = (action: ApplicationAction, status: ApplicationStatus): boolean =>
  (ACTIONS[action].from as readonly ApplicationStatus[]).includes(status)

/** What decides which actions an application offers. */
type ActionContext = { followUp?: null | { status?: null | string }; status: ApplicationStatus }

/** Whether `action` is open to this application: the right state, and a follow-up to close. */
export const isOpenTo = (action: ApplicationAction, application: ActionContext): boolean =>
  canTake(action, application.status) &&
  (action !== 'closeFollowUp' || application.followUp?.status === 'open')

/** The staff actions open to an application, in the order the admin shows them. */
export const staffActionsFor = (application: ActionContext): ApplicationAction[] =>
  STAFF_ACTIONS.filter((action) => isOpenTo(action, application))
