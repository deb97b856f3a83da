import type { CollectionConfig } from 'payload'

import { nobody } from '../access'
import { optionalDate } from '../fields/dates'
import { panelField } from '../fields/panel'
import { secretText } from '../fields/secretText'
import { divisionScopeFields, setScopeFromDivision } from '../fields/divisionScope'
import { selectOptions } from '../fields/selectOptions'
import { RATING_LABELS } from '../casework/satisfaction'
import { SUBSIDY_REGISTER_LABELS } from '../lifeServices/subsidyRegisters'
import { personalField } from '../privacy/personalField'
import { PRICE_UNIT_LABELS } from '../ProviderItems'
import { lifeOrderReaders } from './access'
import { lifeOrderEndpoints } from './endpoints'
import { LIFE_ORDER_CHANNEL_LABELS, LIFE_ORDER_STATUS_LABELS, LIFE_ORDERS, OFFER_OUTCOME_LABELS, TIME_PERIODS } from './states'

const ratingOptions = Object.entries(RATING_LABELS)
  .reverse()
  .map(([value, label]) => ({ value, label }))

const periodOptions = Object.entries(TIME_PERIODS).map(([value, { label }]) => ({ value, label }))

/**
 * 生活服务订单: a booking by a resident on the portal or by a hotline agent
 * for a caller, and the provider loop it goes through (workflow.ts). Written
 * only by the platform's endpoints and workflow; every step is in
 * `life-order-events`. The item's name and price are copied at booking
 * (明码标价: a later price change never alters an order).
 */
export const LifeOrders: CollectionConfig = {
  slug: LIFE_ORDERS,
  labels: { singular: { zh: '生活服务订单', en: 'Life service order' }, plural: { zh: '生活服务订单', en: 'Life service orders' } },
  admin: {
    group: { zh: '生活服务', en: 'Life services' },
    useAsTitle: 'number',
    defaultColumns: ['number', 'status', 'itemName', 'provider', 'date', 'period', 'channel'],
    listSearchableFields: ['number'],
    components: { beforeListTable: ['/collections/LifeOrders/components/LifeOrderQueueTabs#LifeOrderQueueTabs'] },
    description: { zh: '居民网上预约和热线代为预约的生活服务订单。订单只能通过派单、接单、完成、评价等操作改变，每一步都有记录。', en: 'Bookings and their provider loop.' },
  },
  defaultSort: '-createdAt',
  access: { read: lifeOrderReaders, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [setScopeFromDivision] },
  endpoints: lifeOrderEndpoints,
  fields: [
    panelField('workflow', '/collections/LifeOrders/components/LifeOrderWorkflow#LifeOrderWorkflow'),
    { name: 'number', type: 'text', required: true, unique: true, index: true, label: { zh: '订单编号', en: 'Number' }, admin: { readOnly: true } },
    // A repeated booking (its Idempotency-Key, or the same plain form posted again that day) answers this order.
    secretText('idempotencyKey', { unique: true, index: true }),
    secretText('requestHash'),
    {
      type: 'row',
      fields: [
        { name: 'status', type: 'select', required: true, defaultValue: 'waiting', index: true, options: selectOptions(LIFE_ORDER_STATUS_LABELS), label: { zh: '状态', en: 'Status' } },
        { name: 'channel', type: 'select', required: true, options: selectOptions(LIFE_ORDER_CHANNEL_LABELS), label: { zh: '预约渠道', en: 'Channel' } },
      ],
    },
    { name: 'resident', type: 'relationship', relationTo: 'residents', index: true, label: { zh: '居民账号', en: 'Resident' }, admin: { hidden: true } },
    {
      name: 'customer',
      type: 'group',
      label: { zh: '预约人', en: 'Customer' },
      fields: [
        {
          type: 'row',
          fields: [
            personalField({ name: 'name', personal: 'name', required: true, maxLength: 50, label: { zh: '姓名', en: 'Name' } }),
            personalField({ name: 'phone', personal: 'phone', required: true, maxLength: 11, label: { zh: '手机号码', en: 'Mobile' } }),
          ],
        },
        personalField({ name: 'address', personal: 'address', required: true, maxLength: 200, label: { zh: '服务地址', en: 'Address' } }),
      ],
    },
    ...divisionScopeFields({ label: { zh: '服务地址所在社区', en: 'Community' } }),
    { name: 'category', type: 'relationship', relationTo: 'life-categories', required: true, index: true, label: { zh: '服务类别', en: 'Category' } },
    // Empty until a provider is offered the order when the platform chooses it (the item and price are then that provider's).
    { name: 'item', type: 'relationship', relationTo: 'provider-items', label: { zh: '服务项目', en: 'Item' } },
    {
      type: 'row',
      fields: [
        { name: 'itemName', type: 'text', required: true, label: { zh: '项目名称', en: 'Item name' } },
        { name: 'unitPrice', type: 'number', min: 0, label: { zh: '单价（元）', en: 'Unit price' } },
        { name: 'unit', type: 'select', options: selectOptions(PRICE_UNIT_LABELS), label: { zh: '计价单位', en: 'Unit' } },
        { name: 'quantity', type: 'number', required: true, defaultValue: 1, min: 1, max: 100, label: { zh: '数量', en: 'Quantity' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'amount', type: 'number', min: 0, label: { zh: '金额（元）', en: 'Amount' } },
        { name: 'payable', type: 'number', min: 0, label: { zh: '居民应付（元）', en: 'Payable' } },
      ],
    },
    {
      name: 'subsidy',
      type: 'group',
      label: { zh: '补贴', en: 'Subsidy' },
      admin: { condition: (data) => Boolean(data?.subsidy?.amount) },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'register', type: 'select', options: selectOptions(SUBSIDY_REGISTER_LABELS), label: { zh: '补贴对象类别', en: 'Register' } },
            { name: 'percent', type: 'number', label: { zh: '补贴比例（%）', en: 'Percent' } },
            { name: 'amount', type: 'number', min: 0, index: true, label: { zh: '补贴金额（元）', en: 'Amount' } },
          ],
        },
        { name: 'consentAt', type: 'date', label: { zh: '同意核验登记信息的时间', en: 'Consent' } },
        { name: 'person', type: 'relationship', relationTo: 'persons', label: { zh: '人口库人员', en: 'Person' }, admin: { hidden: true } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'date', type: 'text', required: true, index: true, maxLength: 10, validate: optionalDate, label: { zh: '上门日期', en: 'Date' } },
        { name: 'period', type: 'select', required: true, options: periodOptions, label: { zh: '时段', en: 'Period' } },
      ],
    },
    // The seat the order holds in its provider's time slot (appointment-slots), given back when the order leaves the provider.
    { name: 'slotKey', type: 'text', admin: { hidden: true } },
    { name: 'notes', type: 'textarea', maxLength: 500, label: { zh: '备注', en: 'Notes' } },
    { name: 'provider', type: 'relationship', relationTo: 'providers', index: true, label: { zh: '承接企业', en: 'Provider' } },
    { name: 'providerChosen', type: 'checkbox', defaultValue: false, label: { zh: '居民指定企业', en: 'Chosen by resident' } },
    { name: 'offerExpiresAt', type: 'date', index: true, label: { zh: '接单截止时间', en: 'Offer expires' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'offers',
      type: 'array',
      label: { zh: '派单记录', en: 'Offers' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'provider', type: 'relationship', relationTo: 'providers', required: true, label: { zh: '企业', en: 'Provider' } },
            { name: 'offeredAt', type: 'date', required: true, label: { zh: '派单时间', en: 'Offered' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'outcome', type: 'select', required: true, defaultValue: 'pending', options: selectOptions(OFFER_OUTCOME_LABELS), label: { zh: '结果', en: 'Outcome' } },
          ],
        },
      ],
    },
    { name: 'worker', type: 'relationship', relationTo: 'workers', label: { zh: '服务人员', en: 'Worker' } },
    {
      type: 'row',
      fields: [
        { name: 'acceptedAt', type: 'date', label: { zh: '接单时间', en: 'Accepted' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'doneAt', type: 'date', index: true, label: { zh: '完成时间', en: 'Done' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'confirmedAt', type: 'date', index: true, label: { zh: '确认时间', en: 'Confirmed' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    // Stored when the step is taken, so the statistics count them in the database.
    {
      type: 'row',
      fields: [
        { name: 'acceptedOnTime', type: 'checkbox', index: true, label: { zh: '首次派单按时接单', en: 'Accepted on time' }, admin: { readOnly: true } },
        { name: 'doneOnTime', type: 'checkbox', index: true, label: { zh: '在预约时段内完成', en: 'Done on time' }, admin: { readOnly: true } },
      ],
    },
    {
      name: 'rating',
      type: 'group',
      label: { zh: '评价', en: 'Rating' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'level', type: 'select', options: ratingOptions, label: { zh: '对服务的评价', en: 'Service' } },
            { name: 'workerLevel', type: 'select', options: ratingOptions, label: { zh: '对服务人员的评价', en: 'Worker' } },
            { name: 'ratedAt', type: 'date', label: { zh: '评价时间', en: 'Rated' } },
          ],
        },
        { name: 'comment', type: 'textarea', maxLength: 500, label: { zh: '评价意见', en: 'Comment' } },
      ],
    },
    {
      name: 'history',
      type: 'join',
      collection: 'life-order-events',
      on: 'order',
      defaultSort: 'createdAt',
      defaultLimit: 50,
      label: { zh: '订单记录', en: 'History' },
      admin: { allowCreate: false, defaultColumns: ['createdAt', 'actionLabel', 'fromStatus', 'toStatus', 'by', 'actorName', 'note'] },
    },
  ],
}
