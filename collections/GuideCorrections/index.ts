import type { CollectionConfig, Field } from 'payload'

import { nobody } from '../access'
import { caseScopeFields } from '../Applications/fields'
import { selectOptions } from '../fields/selectOptions'
import { personalField } from '../privacy/personalField'
import { workflowOnly } from '../Tickets/fields'
import { guideDepartmentEditors } from './access'
import { recordCorrectionStep } from './hooks/recordCorrectionStep'
import { registerCorrectionDemandHook } from '../Demands/hooks'
import { takeCorrectionAction } from './hooks/takeCorrectionAction'
import { GUIDE_SECTIONS } from './sections'
import { CORRECTION_STATUS_LABELS } from './workflow'

/** What the resident sent: shown, never changed. */
const fixed = workflowOnly

const receivedFields: Field[] = [
  { name: 'guide', type: 'relationship', relationTo: 'services', required: true, index: true, access: fixed, label: { zh: '办事指南', en: 'Guide' }, admin: { readOnly: true } },
  { name: 'guideTitle', type: 'text', required: true, access: fixed, label: { zh: '指南名称', en: 'Guide title' }, admin: { readOnly: true } },
  {
    name: 'section',
    type: 'select',
    required: true,
    options: selectOptions(GUIDE_SECTIONS),
    access: fixed,
    label: { zh: '哪部分有误', en: 'Section' },
    admin: { readOnly: true },
  },
  { name: 'description', type: 'textarea', required: true, access: fixed, label: { zh: '问题描述', en: 'What is wrong' }, admin: { readOnly: true } },
  personalField({
    name: 'phone',
    personal: 'contact',
    access: fixed,
    label: { zh: '联系电话', en: 'Phone' },
    admin: { readOnly: true, description: { zh: '留了电话的，答复后系统会发短信告诉居民。', en: 'Texted the answer when given.' } },
  }),
]

/**
 * 指南纠错: a resident's report that a guide is wrong, a small case for the
 * guide's department editors (access.ts) to answer within 3 working days.
 * Created only by the portal's endpoint; editors choose 已答复 or 不采纳 with
 * the answer or the reason, and the history (correction-events) and the
 * resident's SMS follow (hooks/).
 */
export const GuideCorrections: CollectionConfig = {
  slug: 'guide-corrections',
  labels: {
    singular: { zh: '指南纠错', en: 'Guide correction' },
    plural: { zh: '指南纠错', en: 'Guide corrections' },
  },
  admin: {
    group: { zh: '服务目录', en: 'Catalogue' },
    useAsTitle: 'guideTitle',
    defaultColumns: ['createdAt', 'guideTitle', 'section', 'status', 'dueDate'],
    description: {
      zh: '居民在办事指南页面提交的纠错，请在3个工作日内答复或说明不采纳的理由。',
      en: 'Corrections residents sent from guide pages: answer within 3 working days.',
    },
  },
  defaultSort: 'dueDate',
  access: { read: guideDepartmentEditors, update: guideDepartmentEditors, create: nobody, delete: nobody },
  hooks: { beforeChange: [takeCorrectionAction], afterChange: [recordCorrectionStep, registerCorrectionDemandHook] },
  fields: [
    ...receivedFields,
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'pending',
      options: selectOptions(CORRECTION_STATUS_LABELS),
      label: { zh: '处理状态', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'reply',
      type: 'textarea',
      maxLength: 500,
      label: { zh: '答复内容或不采纳的理由', en: 'Answer or reason' },
      admin: { description: { zh: '选择“已答复”或“不采纳”时必填，会发给留了电话的居民。', en: 'Required to answer or decline.' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'dueDate', type: 'text', index: true, access: fixed, label: { zh: '答复期限', en: 'Due' }, admin: { readOnly: true } },
        { name: 'dueDateProvisional', type: 'checkbox', access: fixed, label: { zh: '期限为暂定', en: 'Provisional' }, admin: { readOnly: true } },
        { name: 'answeredAt', type: 'date', access: fixed, label: { zh: '答复时间', en: 'Answered' }, admin: { readOnly: true } },
      ],
    },
    ...caseScopeFields,
  ],
}
