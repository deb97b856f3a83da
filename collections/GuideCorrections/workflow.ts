import type { CaseKind, WorkflowTable } from '../casework/workflow'

/**
 * A correction (纠错) is a small case: received, then answered or declined
 * by the guide's department editors within CORRECTION_WORKING_DAYS.
 */
export const CORRECTION_STATUS_LABELS = {
  pending: '待处理',
  answered: '已答复',
  rejected: '不采纳',
} as const
export type CorrectionStatus = keyof typeof CORRECTION_STATUS_LABELS

/** Government websites answer 纠错 within 3 working days. */
export const CORRECTION_WORKING_DAYS = 3

export const CORRECTION_WORKFLOW = {
  answer: { by: 'editor', from: ['pending'], to: 'answered', label: '答复', noteRequired: true, noteLabel: '答复内容' },
  reject: { by: 'editor', from: ['pending'], to: 'rejected', label: '不采纳', noteRequired: true, noteLabel: '不采纳的理由' },
} as const satisfies WorkflowTable<CorrectionStatus, 'editor'>

export const CORRECTION_KIND: CaseKind<CorrectionStatus> = {
  noun: '纠错',
  statusLabels: CORRECTION_STATUS_LABELS,
  noteRefusalCode: 'NOTE_REQUIRED',
}

/** The action that moves a correction to `status`. */
export const actionLeadingTo = (status: CorrectionStatus): keyof typeof CORRECTION_WORKFLOW | undefined =>
  (Object.keys(CORRECTION_WORKFLOW) as (keyof typeof CORRECTION_WORKFLOW)[]).find((action) => CORRECTION_WORKFLOW[action].to === status)
