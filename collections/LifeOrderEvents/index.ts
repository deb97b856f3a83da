import { caseEventCollection } from '../casework/eventCollection'
import { selectOptions } from '../fields/selectOptions'
import { lifeEventFields } from '../lifeServices/eventFields'
import { lifeOrderEventReaders } from '../LifeOrders/access'
import { LIFE_ORDER_STATUS_LABELS } from '../LifeOrders/states'

/**
 * The append-only history of every life-service order: one entry per step
 * (offered, accepted, declined, worker assigned, done, confirmed, rated…)
 * with who, in words, and the provider the order was with at that step.
 */
export const LifeOrderEvents = caseEventCollection({
  slug: 'life-order-events',
  labels: { singular: { zh: '订单记录', en: 'Order event' }, plural: { zh: '生活服务订单记录', en: 'Order history' } },
  group: { zh: '生活服务', en: 'Life services' },
  description: '每张生活服务订单的每一步操作，只能追加，任何人不能修改或删除。',
  read: lifeOrderEventReaders,
  appendOnlyMessage: '订单记录只能追加，不能修改或删除',
  link: { name: 'order', type: 'relationship', relationTo: 'life-orders', required: true, index: true, label: { zh: '订单', en: 'Order' }, admin: { readOnly: true } },
  statusOptions: selectOptions(LIFE_ORDER_STATUS_LABELS),
  fields: lifeEventFields({ provider: { zh: '当时的承接企业', en: 'Provider' }, resident: { zh: '居民', en: 'Resident' }, system: true }),
})
