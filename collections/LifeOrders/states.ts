import type { CaseNumbering } from '../casework/numbers'

/**
 * The words for a life-service order's states, channels and time slots.
 * Pure data: the portal's scripts and the server both import it.
 */

export const LIFE_ORDERS = 'life-orders'

/** An order's number: SH, the date booked (YYMMDD) and 8 digits. */
export const LIFE_ORDER_NUMBERING = { collection: LIFE_ORDERS, field: 'number', prefix: 'SH' } as const satisfies CaseNumbering
export const LIFE_ORDER_NUMBER = /^SH\d{14}$/

/** The provider loop: offered to a provider → accepted → a worker assigned → done → confirmed by the resident → rated. */
export const LIFE_ORDER_STATUS_LABELS = {
  waiting: '待派单',
  offered: '待接单',
  accepted: '已接单',
  scheduled: '已派服务人员',
  done: '待确认',
  confirmed: '已确认完成',
  rated: '已评价',
  cancelled: '已取消',
  unserved: '无企业接单',
} as const
export type LifeOrderStatus = keyof typeof LIFE_ORDER_STATUS_LABELS

/** States in which the order still holds its time slot. */
export const SLOT_HOLDING_STATUSES: LifeOrderStatus[] = ['waiting', 'offered', 'accepted', 'scheduled']

/** States in which the resident may complain about the service from the order's page: the work is done. */
export const COMPLAINABLE_STATUSES: LifeOrderStatus[] = ['done', 'confirmed', 'rated']

export const LIFE_ORDER_CHANNEL_LABELS = { portal: '网上预约', phone: '电话预约' } as const
export type LifeOrderChannel = keyof typeof LIFE_ORDER_CHANNEL_LABELS

/** The parts of a day a resident books. */
export const TIME_PERIODS = {
  morning: { label: '上午（8:00—12:00）', start: '08:00', end: '12:00' },
  afternoon: { label: '下午（13:00—17:00）', start: '13:00', end: '17:00' },
  evening: { label: '晚上（18:00—21:00）', start: '18:00', end: '21:00' },
} as const
export type TimePeriod = keyof typeof TIME_PERIODS

/** How an offer to one provider ended. */
export const OFFER_OUTCOME_LABELS = { pending: '待答复', accepted: '已接单', declined: '已拒单', timedOut: '超时未答复', released: '接单后退回', withdrawn: '订单已取消' } as const
