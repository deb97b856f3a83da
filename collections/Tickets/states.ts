import type { CaseNumbering } from '../casework/numbers'

/**
 * The words for a work order's states, kinds and channels. Pure data: the
 * admin's desk (a browser component) and the server both import it.
 */

/** The longest description an order takes (Open311's limit too). */
export const MAX_TICKET_CONTENT = 4000

/** A work order's number: GD, the date received (YYMMDD) and 8 digits. */
export const TICKET_NUMBER = /^GD\d{14}$/
/** How work orders are numbered: GD…, in `number` (casework/numbers.ts). */
export const TICKET_NUMBERING = { collection: 'tickets', field: 'number', prefix: 'GD' } as const satisfies CaseNumbering

/** The closed loop 受理 → 派单 → 办理 → 回复 → 办结 → 回访（评价）, and a merged duplicate. */
export const TICKET_STATUS_LABELS = {
  received: '已受理',
  dispatched: '已派单',
  processing: '办理中',
  replied: '已回复',
  closed: '已办结',
  evaluated: '已回访',
  merged: '已合并',
} as const
export type TicketStatus = keyof typeof TICKET_STATUS_LABELS

/** States in which someone still owes the caller an answer: these have a deadline, and the working-day clock runs in all of them. */
export const OPEN_TICKET_STATUSES: TicketStatus[] = ['received', 'dispatched', 'processing', 'replied']

/** States in which the reply, the closing and the call-back rest on what the order says: it no longer changes. */
export const isFinishedTicket = (status: TicketStatus): boolean => !OPEN_TICKET_STATUSES.includes(status)

export const TICKET_KIND_LABELS = {
  consultation: '咨询',
  helpRequest: '求助',
  complaint: '投诉',
  suggestion: '建议',
  onBehalf: '代办申请',
} as const
export type TicketKind = keyof typeof TICKET_KIND_LABELS

/**
 * Working days to close an order of each kind unless the hotline's settings
 * say otherwise (typical local rules: consultations 3, complaints 13).
 */
export const DEFAULT_DEADLINE_DAYS: Record<TicketKind, number> = {
  consultation: 3,
  helpRequest: 5,
  complaint: 13,
  suggestion: 13,
  onBehalf: 3,
}

export const TICKET_CHANNEL_LABELS = {
  phone: '电话',
  sms: '短信',
  fax: '传真',
  email: '电子邮件',
  web: '网站',
  walkIn: '来访',
  open311: '开放接口',
  board: '社区论坛',
} as const

/** Satisfaction at the call-back, GB/T 39734-2020's five levels (5 the best), as for applications. */
export { RATING_LABELS as SATISFACTION_LABELS } from '../casework/satisfaction'

/** Working days before the deadline from which an open order counts as due soon. */
export const DUE_SOON_WORKING_DAYS = 1
