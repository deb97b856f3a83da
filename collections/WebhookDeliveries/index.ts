import type { Access, CollectionConfig } from 'payload'

import { hasRole, nobody } from '../access'
import { caseScopeWhere } from '../Applications/access'
import { applicationLinkField, caseScopeFields } from '../Applications/fields'
import { selectOptions } from '../fields/selectOptions'
import { resendEndpoint } from './resend'
import { DELIVERY_STATUSES, WEBHOOK_EVENTS } from './states'

/**
 * Administrators watching deliveries: a city administrator sees them all, a
 * department's own administrator (an admin account naming the department)
 * its department's, a district administrator those of their district.
 */
export const deliveryWatchers: Access = ({ req: { user } }) => (hasRole(user, 'admin') ? caseScopeWhere(user) : false)

/**
 * One webhook message to a department's own system: a new application or a
 * supplement. Written in the transaction of the change it reports (so a
 * rolled-back application is never announced), then sent by the jobs queue
 * and retried with backoff; its state, attempts and the receiver's last
 * answer are kept here for administrators. No body content is stored or
 * logged: the message is built from the application when it is sent.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: {
    singular: { zh: '推送记录', en: 'Webhook delivery' },
    plural: { zh: '业务系统推送', en: 'Webhook deliveries' },
  },
  admin: {
    group: { zh: '办件', en: 'Casework' },
    useAsTitle: 'event',
    defaultColumns: ['application', 'event', 'status', 'attempts', 'lastStatusCode', 'lastAttemptAt', 'nextAttemptAt'],
    description: {
      zh: '推送给部门业务系统的新申请和补正。失败的可以打开后“重新发送”。',
      en: 'Messages to department systems. Open a failed one to send it again.',
    },
  },
  defaultSort: '-createdAt',
  access: { read: deliveryWatchers, create: nobody, update: nobody, delete: nobody },
  endpoints: [resendEndpoint],
  fields: [
    applicationLinkField,
    { name: 'event', type: 'select', required: true, options: selectOptions(WEBHOOK_EVENTS), label: { zh: '事件', en: 'Event' }, admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: selectOptions(DELIVERY_STATUSES),
      label: { zh: '状态', en: 'State' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'resend', type: 'ui', admin: { position: 'sidebar', components: { Field: '/collections/WebhookDeliveries/components/ResendButton#ResendButton' } } },
    {
      type: 'row',
      fields: [
        { name: 'attempts', type: 'number', required: true, defaultValue: 0, label: { zh: '已尝试次数', en: 'Attempts' }, admin: { readOnly: true } },
        { name: 'lastStatusCode', type: 'number', label: { zh: '最近一次 HTTP 状态', en: 'Last HTTP status' }, admin: { readOnly: true } },
      ],
    },
    { name: 'lastError', type: 'text', label: { zh: '最近一次错误', en: 'Last error' }, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'lastAttemptAt', type: 'date', label: { zh: '最近一次尝试', en: 'Last attempt' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'nextAttemptAt', type: 'date', index: true, label: { zh: '下次尝试', en: 'Next attempt' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'deliveredAt', type: 'date', label: { zh: '送达时间', en: 'Delivered' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    // Held by the worker sending it: another server process leaves it alone until then.
    { name: 'claimedUntil', type: 'date', admin: { hidden: true } },
    ...caseScopeFields,
  ],
}
