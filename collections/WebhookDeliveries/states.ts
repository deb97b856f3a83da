/** What a webhook reports. */
export const WEBHOOK_EVENTS = {
  'application.submitted': '新申请',
  'application.supplemented': '补正材料',
} as const

export type WebhookEvent = keyof typeof WEBHOOK_EVENTS

/** A delivery's state: waiting for its first attempt, received, waiting for a retry, or given up. */
export const DELIVERY_STATUSES = {
  pending: '待发送',
  delivered: '已送达',
  retrying: '重试中',
  failed: '失败',
} as const

export type DeliveryStatus = keyof typeof DELIVERY_STATUSES

/** States a worker may still send from. */
export const SENDABLE: DeliveryStatus[] = ['pending', 'retrying']
