import type { Access, CollectionConfig, Field, Where } from 'payload'

import { nobody, scopeWhere } from '../access'
import { caseScopeWhere } from '../Applications/access'
import { isDesk } from '../Tickets/access'
import { applicationLinkField, caseScopeFields } from '../Applications/fields'
import { selectOptions } from '../fields/selectOptions'
import { personalField } from '../privacy/personalField'
import { deliveryReportEndpoint } from './endpoints/deliveryReport'
import { residentLinkField } from '../Residents/fields'

const NOTIFICATION_STATUSES = {
  outbox: { zh: '待短信网关取走', en: 'In the outbox' },
  queued: { zh: '等待发送', en: 'Queued' },
  sent: { zh: '已发送', en: 'Sent' },
  failed: { zh: '发送失败', en: 'Failed' },
  capped: { zh: '超过该号码每日上限，未发送', en: 'Not sent: daily cap for this number' },
} as const

const DELIVERY_STATUSES = {
  delivered: { zh: '送达', en: 'Delivered' },
  failed: { zh: '未送达', en: 'Not delivered' },
} as const

/** Case workers read their applications' messages; the hotline desk the replies about work orders in its division. */
const messageReaders: Access = ({ req: { user } }) => {
  const cases = caseScopeWhere(user)
  const division = isDesk(user) ? scopeWhere(user) : false
  const desk: false | Where = division ? { and: [division, { ticket: { exists: true } }] } : false
  if (cases && desk) return { or: [{ and: [cases, { application: { exists: true } }] }, desk] }
  return cases || desk
}

/**
 * Every message sent to an applicant: one per state change and channel. SMS
 * stays here as an outbox (for a city's SMS gateway to collect) unless an
 * adapter sends it; email goes out through the configured SMTP server.
 * Staff read it to answer "did the resident get told?"; nobody edits it.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: {
    singular: { zh: '通知', en: 'Notification' },
    plural: { zh: '通知发件箱', en: 'Notification outbox' },
  },
  admin: {
    group: { zh: '办件', en: 'Casework' },
    useAsTitle: 'subject',
    defaultColumns: ['createdAt', 'channel', 'subject', 'status', 'deliveryStatus', 'application'],
    description: { zh: '办件状态变化时发给申请人、热线工单受理和答复时发给来电人的短信和邮件。', en: 'Messages to applicants and callers.' },
  },
  defaultSort: '-createdAt',
  access: { read: messageReaders, create: nobody, update: nobody, delete: nobody },
  endpoints: [deliveryReportEndpoint],
  fields: [
    // About an application, a work order, a guide correction, an appointment, a resident's account, a life-service order or complaint, a provider or a community board's thread: at least one of them.
    {
      ...applicationLinkField,
      required: false,
      validate: (value: unknown, { siblingData }: { siblingData: { appointment?: unknown; correction?: unknown; lifeComplaint?: unknown; lifeOrder?: unknown; provider?: unknown; resident?: unknown; ticket?: unknown; boardThread?: unknown } }) =>
        value || siblingData.ticket || siblingData.correction || siblingData.resident || siblingData.appointment || siblingData.lifeOrder || siblingData.lifeComplaint || siblingData.provider || siblingData.boardThread
          ? true
          : '请指明是哪件申请、哪张工单、哪条纠错、哪个预约、哪张生活服务订单、哪件投诉、哪位居民、哪家加盟企业或哪个论坛帖子的通知',
    } as Field,
    { name: 'ticket', type: 'relationship', relationTo: 'tickets', index: true, label: { zh: '工单', en: 'Work order' }, admin: { readOnly: true } },
    { name: 'correction', type: 'relationship', relationTo: 'guide-corrections', index: true, label: { zh: '指南纠错', en: 'Guide correction' }, admin: { readOnly: true } },
    { name: 'appointment', type: 'relationship', relationTo: 'appointments', index: true, label: { zh: '预约', en: 'Appointment' }, admin: { readOnly: true } },
    { name: 'lifeOrder', type: 'relationship', relationTo: 'life-orders', index: true, label: { zh: '生活服务订单', en: 'Life service order' }, admin: { readOnly: true } },
    { name: 'lifeComplaint', type: 'relationship', relationTo: 'life-complaints', index: true, label: { zh: '生活服务投诉', en: 'Life service complaint' }, admin: { readOnly: true } },
    { name: 'provider', type: 'relationship', relationTo: 'providers', index: true, label: { zh: '加盟企业', en: 'Provider' }, admin: { readOnly: true } },
    { name: 'boardThread', type: 'relationship', relationTo: 'board-threads', index: true, label: { zh: '论坛帖子', en: 'Board thread' }, admin: { readOnly: true } },
    residentLinkField,
    {
      type: 'row',
      fields: [
        {
          name: 'channel',
          type: 'select',
          required: true,
          index: true,
          options: [
            { value: 'sms', label: { zh: '短信', en: 'SMS' } },
            { value: 'email', label: { zh: '电子邮件', en: 'Email' } },
          ],
          label: { zh: '渠道', en: 'Channel' },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          index: true,
          options: selectOptions(NOTIFICATION_STATUSES),
          label: { zh: '发送状态', en: 'Status' },
        },
      ],
    },
    // A phone or an email: masked for staff and never queried on, like every personal value.
    personalField({ name: 'recipient', personal: 'contact', required: true, label: { zh: '收件人', en: 'To' } }),
    { name: 'subject', type: 'text', required: true, label: { zh: '标题', en: 'Subject' } },
    { name: 'message', type: 'textarea', required: true, label: { zh: '内容', en: 'Message' } },
    { name: 'attempts', type: 'number', defaultValue: 0, label: { zh: '尝试次数', en: 'Attempts' } },
    { name: 'sentAt', type: 'date', label: { zh: '发送时间', en: 'Sent' } },
    { name: 'error', type: 'text', label: { zh: '失败原因', en: 'Error' } },
    // What the SMS gateway reported back (POST /api/notifications/delivery-report).
    { name: 'gatewayId', type: 'text', index: true, label: { zh: '网关消息编号', en: 'Gateway message id' }, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'deliveryStatus', type: 'select', options: selectOptions(DELIVERY_STATUSES), label: { zh: '送达状态', en: 'Delivery' }, admin: { readOnly: true } },
        { name: 'deliveredAt', type: 'date', label: { zh: '回执时间', en: 'Reported' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'deliveryError', type: 'text', label: { zh: '未送达原因', en: 'Why not delivered' }, admin: { readOnly: true } },
      ],
    },
    ...caseScopeFields,
  ],
}
