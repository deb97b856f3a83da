import type { CaseNumbering } from '../casework/numbers'

/**
 * The words for a life-service complaint's states and remedies. Pure data:
 * pages and the server both import it.
 */

export const LIFE_COMPLAINTS = 'life-complaints'

/** A complaint's number: TS, the date raised (YYMMDD) and 8 digits. */
export const LIFE_COMPLAINT_NUMBERING = { collection: LIFE_COMPLAINTS, field: 'number', prefix: 'TS' } as const satisfies CaseNumbering

/** Working days from a complaint's receipt to its due date. */
export const COMPLAINT_WORKING_DAYS = 5

/** 受理 → 核查 (the provider answers) → 处理 (remedies) → 办结 → rated by the resident. */
export const LIFE_COMPLAINT_STATUS_LABELS = {
  received: '已受理',
  checking: '核查中',
  handling: '处理中',
  closed: '已办结',
  rated: '已评价',
} as const
export type LifeComplaintStatus = keyof typeof LIFE_COMPLAINT_STATUS_LABELS

/** States in which the working-day clock runs. */
export const OPEN_COMPLAINT_STATUSES: LifeComplaintStatus[] = ['received', 'checking', 'handling']

export const LIFE_COMPLAINT_CHANNEL_LABELS = { portal: '网上投诉', phone: '电话投诉' } as const
export type LifeComplaintChannel = keyof typeof LIFE_COMPLAINT_CHANNEL_LABELS

/** What life-services staff may do about a founded complaint. */
export const REMEDY_KIND_LABELS = {
  rework: '返工',
  refund: '退款',
  compensation: '赔偿',
  sanction: '对企业处理',
} as const
export type RemedyKind = keyof typeof REMEDY_KIND_LABELS

/** A sanction: on the provider's standing (providers' warn/suspend) or on the worker (suspended until a date). */
export const SANCTION_LABELS = {
  warn: '警告企业',
  suspend: '暂停企业接单',
  suspendWorker: '暂停服务人员上岗',
} as const
export type Sanction = keyof typeof SANCTION_LABELS
