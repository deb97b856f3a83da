import type { CollectionConfig, Field, FieldHook, Validate } from 'payload'

import { text, textarea } from 'payload/shared'

import { activeStaff, fieldRoles, hasRole, nobody } from '../access'
import { cityEditors } from '../catalogue/access'
import { isMessageEvent, MESSAGE_EVENT_CODES, MESSAGE_EVENTS } from './events'
import { recordEditAndApproval } from './hooks/approval'
import { templateProblem, withSignature } from './template'

/** Set by the approval hook only. */
const recordedOnly = { create: () => false, update: () => false }

/** Payload's own checks (required, length), then: only the event's variables. */
const checkTemplate =
  (own: Validate): Validate =>
  (value, options) => {
    const event = (options.siblingData as { event?: unknown }).event
    const problem = typeof value === 'string' && isMessageEvent(event) ? templateProblem(event, value) : null
    return problem ?? own(value, options)
  }

const addSignature: FieldHook = ({ value }) => (typeof value === 'string' ? withSignature(value) : value)

/** The event's name in words, stored for the admin's list and title. */
const labelFromEvent: FieldHook = ({ originalDoc, siblingData, value }) => {
  const event: unknown = siblingData.event ?? originalDoc?.event
  return isMessageEvent(event) ? MESSAGE_EVENTS[event].label : value
}

const recorded = (name: string, type: 'date' | 'relationship', label: string): Field =>
  type === 'date'
    ? { name, type, access: recordedOnly, label, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } }
    : { name, type, relationTo: 'users', access: recordedOnly, label, admin: { readOnly: true, position: 'sidebar' } }

/**
 * 短信模板: the wording of every message the platform sends, one document
 * per event (events.ts). City editors and administrators save drafts;
 * another city administrator approves (publishes) them; only the approved version is
 * sent. Every version stays in the history with its author and approver.
 */
export const SmsTemplates: CollectionConfig = {
  slug: 'sms-templates',
  labels: { singular: { zh: '短信模板', en: 'Message template' }, plural: { zh: '短信模板', en: 'Message templates' } },
  admin: {
    group: { zh: '系统', en: 'System' },
    useAsTitle: 'label',
    defaultColumns: ['label', 'text', '_status', 'approvedAt'],
    description: {
      zh: '发给申请人、来电人和居民的短信和邮件的内容。修改后保存为草稿，由另一位系统管理员审核通过后才会使用；变量写成 {变量名}。',
      en: 'The wording of every message. Edits are drafts until another administrator approves them.',
    },
    components: {
      edit: {
        PublishButton: '/collections/SmsTemplates/components/ApproveButton#ApproveButton',
        UnpublishButton: '/collections/SmsTemplates/components/ApproveButton#NoUnpublish',
      },
    },
  },
  versions: { drafts: { validate: true }, maxPerDoc: 0 },
  access: {
    read: activeStaff,
    readVersions: activeStaff,
    create: ({ req: { user } }) => hasRole(user, 'admin'),
    // One wording for the whole city: its editors and administrators keep it.
    update: cityEditors,
    delete: nobody,
  },
  hooks: { beforeChange: [recordEditAndApproval] },
  fields: [
    {
      name: 'event',
      type: 'select',
      required: true,
      unique: true,
      options: MESSAGE_EVENT_CODES.map((code) => ({ value: code, label: MESSAGE_EVENTS[code].label })),
      access: { update: () => false, create: fieldRoles('admin') },
      label: { zh: '发送时机', en: 'Event' },
    },
    { name: 'label', type: 'text', label: { zh: '名称', en: 'Name' }, hooks: { beforeValidate: [labelFromEvent] }, admin: { hidden: true } },
    {
      name: 'subject',
      type: 'text',
      required: true,
      maxLength: 100,
      validate: checkTemplate(text as Validate),
      label: { zh: '标题（邮件标题和通知列表）', en: 'Subject' },
    },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: 500,
      validate: checkTemplate(textarea as Validate),
      hooks: { beforeValidate: [addSignature] },
      label: { zh: '短信内容', en: 'Text' },
      admin: { description: { zh: '以短信签名开头（如【一站通】，没有时自动加上）；变量写成 {变量名}，全角括号｛｝也可以。', en: 'Starts with the signature; variables as {name}.' } },
    },
    { name: 'preview', type: 'ui', admin: { components: { Field: '/collections/SmsTemplates/components/TemplatePreview#TemplatePreview' } } },
    recorded('editedBy', 'relationship', '修改人'),
    recorded('editedAt', 'date', '修改时间'),
    recorded('approvedBy', 'relationship', '审核人'),
    recorded('approvedAt', 'date', '审核时间'),
  ],
}
