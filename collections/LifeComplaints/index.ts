import type { CollectionConfig } from 'payload'

import { nobody } from '../access'
import { RATING_LABELS } from '../casework/satisfaction'
import { divisionScopeFields, setScopeFromDivision } from '../fields/divisionScope'
import { optionalDate } from '../fields/dates'
import { panelField } from '../fields/panel'
import { selectOptions } from '../fields/selectOptions'
import { personalField } from '../privacy/personalField'
import { lifeComplaintCreators, lifeComplaintReaders } from './access'
import { lifeComplaintActionEndpoint } from './endpoints'
import { fillFromOrder, recordReceipt } from './lib/raise'
import { LIFE_COMPLAINT_CHANNEL_LABELS, LIFE_COMPLAINT_STATUS_LABELS, LIFE_COMPLAINTS, REMEDY_KIND_LABELS, SANCTION_LABELS } from './states'

const ratingOptions = Object.entries(RATING_LABELS)
  .reverse()
  .map(([value, label]) => ({ value, label }))

/** Filled by the platform from the order and the workflow, never typed. */
const derived = { readOnly: true } as const

/**
 * 生活服务投诉: a resident's complaint about one order (raised on their
 * order's page, or by a hotline agent for a caller in the admin), with the
 * provider and worker of the order, a five-working-day clock, the
 * provider's answer, the remedies staff record and the resident's rating of
 * the handling. Changed only through the workflow (workflow.ts); every step
 * is in `life-complaint-events`.
 */
export const LifeComplaints: CollectionConfig = {
  slug: LIFE_COMPLAINTS,
  labels: { singular: { zh: '生活服务投诉', en: 'Life service complaint' }, plural: { zh: '生活服务投诉', en: 'Life service complaints' } },
  admin: {
    group: { zh: '生活服务', en: 'Life services' },
    useAsTitle: 'number',
    defaultColumns: ['number', 'status', 'order', 'provider', 'dueDate', 'channel'],
    listSearchableFields: ['number'],
    components: { beforeListTable: ['/collections/LifeComplaints/components/LifeComplaintQueueTabs#LifeComplaintQueueTabs'] },
    description: { zh: '居民对生活服务订单的投诉。热线坐席可以为来电人新建投诉（选择订单、填写投诉内容），其余由系统按订单填写；受理后5个工作日内办结。', en: 'Complaints about orders.' },
  },
  defaultSort: '-createdAt',
  access: { read: lifeComplaintReaders, create: lifeComplaintCreators, update: nobody, delete: nobody },
  hooks: { beforeChange: [fillFromOrder, setScopeFromDivision], afterChange: [recordReceipt] },
  endpoints: [lifeComplaintActionEndpoint],
  fields: [
    panelField('workflow', '/collections/LifeComplaints/components/LifeComplaintWorkflow#LifeComplaintWorkflow'),
    { name: 'number', type: 'text', unique: true, index: true, label: { zh: '投诉编号', en: 'Number' }, admin: derived },
    {
      type: 'row',
      fields: [
        { name: 'status', type: 'select', required: true, defaultValue: 'received', index: true, options: selectOptions(LIFE_COMPLAINT_STATUS_LABELS), label: { zh: '状态', en: 'Status' }, admin: derived },
        { name: 'channel', type: 'select', required: true, defaultValue: 'phone', options: selectOptions(LIFE_COMPLAINT_CHANNEL_LABELS), label: { zh: '投诉渠道', en: 'Channel' }, admin: derived },
      ],
    },
    { name: 'order', type: 'relationship', relationTo: 'life-orders', required: true, index: true, label: { zh: '投诉的订单', en: 'Order' } },
    { name: 'content', type: 'textarea', required: true, maxLength: 1000, label: { zh: '投诉内容', en: 'Complaint' } },
    {
      type: 'row',
      fields: [
        { name: 'provider', type: 'relationship', relationTo: 'providers', index: true, label: { zh: '被投诉企业', en: 'Provider' }, admin: derived },
        { name: 'worker', type: 'relationship', relationTo: 'workers', label: { zh: '服务人员', en: 'Worker' }, admin: derived },
        { name: 'category', type: 'relationship', relationTo: 'life-categories', index: true, label: { zh: '服务类别', en: 'Category' }, admin: derived },
      ],
    },
    { name: 'resident', type: 'relationship', relationTo: 'residents', index: true, label: { zh: '居民账号', en: 'Resident' }, admin: { hidden: true } },
    {
      name: 'complainant',
      type: 'group',
      label: { zh: '投诉人', en: 'Complainant' },
      admin: derived,
      fields: [
        {
          type: 'row',
          fields: [
            personalField({ name: 'name', personal: 'name', maxLength: 50, label: { zh: '姓名', en: 'Name' } }),
            personalField({ name: 'phone', personal: 'phone', maxLength: 11, label: { zh: '手机号码', en: 'Mobile' } }),
          ],
        },
      ],
    },
    ...divisionScopeFields({ label: { zh: '服务地址所在社区', en: 'Community' } }).map((field) => ({ ...field, admin: { ...field.admin, ...derived } }) as typeof field),
    {
      type: 'row',
      fields: [
        { name: 'receivedAt', type: 'date', index: true, label: { zh: '受理时间', en: 'Received' }, admin: { ...derived, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'dueDate', type: 'text', index: true, maxLength: 10, validate: optionalDate, label: { zh: '应办结日期', en: 'Due' }, admin: derived },
        { name: 'dueDateProvisional', type: 'checkbox', label: { zh: '日期暂定', en: 'Provisional' }, admin: derived },
      ],
    },
    {
      name: 'providerAnswer',
      type: 'group',
      label: { zh: '企业说明', en: 'Provider answer' },
      admin: derived,
      fields: [
        { name: 'text', type: 'textarea', label: { zh: '情况说明', en: 'Answer' } },
        { name: 'answeredAt', type: 'date', label: { zh: '说明时间', en: 'Answered' } },
      ],
    },
    {
      name: 'remedies',
      type: 'array',
      label: { zh: '处理措施', en: 'Remedies' },
      admin: derived,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'kind', type: 'select', required: true, options: selectOptions(REMEDY_KIND_LABELS), label: { zh: '措施', en: 'Kind' } },
            { name: 'amount', type: 'number', min: 0, label: { zh: '金额（元）', en: 'Amount' } },
            { name: 'reworkDate', type: 'text', maxLength: 10, validate: optionalDate, label: { zh: '返工日期', en: 'Rework on' } },
            { name: 'sanction', type: 'select', options: selectOptions(SANCTION_LABELS), label: { zh: '处理方式', en: 'Sanction' } },
            { name: 'suspendedUntil', type: 'text', maxLength: 10, validate: optionalDate, label: { zh: '暂停上岗至', en: 'Suspended until' } },
          ],
        },
        { name: 'note', type: 'textarea', required: true, label: { zh: '说明', en: 'Note' } },
        { name: 'recordedAt', type: 'date', label: { zh: '记录时间', en: 'Recorded' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'result', type: 'textarea', label: { zh: '处理结果', en: 'Result' }, admin: derived },
        { name: 'closedAt', type: 'date', index: true, label: { zh: '办结时间', en: 'Closed' }, admin: { ...derived, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'onTime', type: 'checkbox', label: { zh: '按期办结', en: 'On time' }, admin: derived },
      ],
    },
    {
      name: 'rating',
      type: 'group',
      label: { zh: '投诉人对处理的评价', en: 'Rating of the handling' },
      admin: derived,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'level', type: 'select', options: ratingOptions, label: { zh: '满意程度', en: 'Level' } },
            { name: 'ratedAt', type: 'date', label: { zh: '评价时间', en: 'Rated' } },
          ],
        },
        { name: 'comment', type: 'textarea', maxLength: 500, label: { zh: '评价意见', en: 'Comment' } },
      ],
    },
    {
      name: 'history',
      type: 'join',
      collection: 'life-complaint-events',
      on: 'complaint',
      defaultSort: 'createdAt',
      defaultLimit: 50,
      label: { zh: '处理记录', en: 'History' },
      admin: { allowCreate: false, defaultColumns: ['createdAt', 'actionLabel', 'fromStatus', 'toStatus', 'actorName', 'note'] },
    },
  ],
}
