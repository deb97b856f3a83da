/**
 * The words for an application's states and outcomes (ratings: casework/satisfaction.ts), and the shape
 * of the answer residents get when they look one up. Pure data: the portal's
 * browser script and the server both import it.
 */

import type { RatingLevel } from '../casework/satisfaction'
import type { HeldDocument, ResultSummary } from '../ResultDocuments/states'

export const STATUS_LABELS = {
  submitted: '已提交',
  accepted: '已受理',
  rejected: '不予受理',
  processing: '办理中',
  supplement: '需补正',
  completed: '已办结',
  withdrawn: '已撤回',
} as const
export type ApplicationStatus = keyof typeof STATUS_LABELS
export const APPLICATION_STATUSES = Object.keys(STATUS_LABELS) as ApplicationStatus[]

/** States in which the office still owes the resident something. */
export const OPEN_STATUSES: ApplicationStatus[] = ['submitted', 'accepted', 'processing', 'supplement']

/** States in which the working-day clock runs: accepted and not finished, not waiting for the resident's supplement. */
export const CLOCK_RUNNING_STATUSES: ApplicationStatus[] = ['accepted', 'processing']

export const OUTCOME_LABELS = { approved: '准予办理', denied: '不予办理' } as const
type ApplicationOutcome = keyof typeof OUTCOME_LABELS

export const CHANNEL_LABELS = {
  web: '网上申请',
  phone: '电话代办',
  counter: '窗口代录',
  open311: '开放接口',
} as const

/** What `GET /api/applications/status` answers: enough to follow the case, nothing more. */
export type StatusAnswer = {
  trackingNumber: string
  service: { code: string; title: string }
  applicantName: string
  /** The person concerned (当事人), masked, with the service's word for them: 王**（老人）. */
  partyName: null | string
  /** Whose community decides where the case is handled, in words (按老人户籍所在地办理); nothing from the population base. */
  handledWhere: null | string
  status: ApplicationStatus
  statusLabel: string
  submittedAt: string
  acceptedAt: null | string
  /** YYYY-MM-DD, the last working day for a decision; null before acceptance. */
  dueDate: null | string
  /** The due date was counted into a year whose holidays are not entered yet: it may move later. */
  dueDateProvisional: boolean
  completedAt: null | string
  outcome: ApplicationOutcome | null
  outcomeLabel: null | string
  resultNote: null | string
  /** The result document issued at 办结 with 准予, if the service has one: downloadable while it is valid. */
  result: null | ResultSummary
  /** The notices addressed to the applicant and the result files a department's system attached, downloadable like the result. */
  documents: HeldDocument[]
  /** What the office asked for when the status is 需补正. */
  supplementRequest: null | { note: string; requestedAt: string }
  timeline: { at: string; status: ApplicationStatus; statusLabel: string; note: null | string }[]
  rating: null | { comment: null | string; label: string; level: RatingLevel; ratedAt: string }
  can: { rate: boolean; supplement: boolean; withdraw: boolean }
}

/** What a successful submit answers (again, unchanged, on an idempotent retry). */
export type SubmitAnswer = {
  trackingNumber: string
  queryCode: string
  status: ApplicationStatus
  statusLabel: string
  submittedAt: string
  service: { code: string; title: string }
}
