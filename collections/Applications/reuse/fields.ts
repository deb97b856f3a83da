import type { Field, Option } from 'payload'

import { provisionalDueDateField } from '../../CalendarDays/fields'
import { MATERIAL_SOURCE_LABELS, PREFILL_SOURCE_LABELS } from './sources'

const optionsOf = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, zh]) => ({ value, label: { zh, en: value } }))

/** A guide's question: where its answer is filled from, for a real-name resident who consents. */
export const prefillSourceField: Field = {
  name: 'prefill',
  type: 'select',
  options: optionsOf(PREFILL_SOURCE_LABELS),
  label: { zh: '可由平台信息填写', en: 'Prefilled from' },
  admin: { description: { zh: '实名核验的居民同意后，用人口库的信息填写这一项。', en: 'Filled from the population base with consent.' } },
}

/** A guide's material: whether the platform holds it, and whether a signed commitment may replace it. */
export const materialReuseFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'platformSource',
        type: 'select',
        options: optionsOf(MATERIAL_SOURCE_LABELS),
        label: { zh: '平台已有（免提交）', en: 'Held by the platform' },
        admin: { description: { zh: '实名核验的居民同意复用后，网上申请不必上传这份材料。', en: 'Not asked of a verified resident who consents.' } },
      },
      {
        name: 'commitmentAllowed',
        type: 'checkbox',
        label: { zh: '可用告知承诺代替', en: 'A signed commitment may replace it' },
      },
    ],
  },
  {
    name: 'commitmentText',
    type: 'textarea',
    label: { zh: '承诺内容', en: 'Commitment' },
    admin: {
      condition: (_, sibling) => Boolean(sibling?.commitmentAllowed),
      description: { zh: '留空则使用标准承诺：本人承诺……如有不实，愿承担相应法律责任。', en: 'Empty: the standard wording.' },
    },
  },
]

/** What an application reused: the platform's records instead of uploads, and commitments instead of materials. */
export const applicationReuseField: Field = {
  name: 'reuse',
  type: 'group',
  label: { zh: '信息复用和告知承诺', en: 'Reuse and commitments' },
  admin: { readOnly: true, condition: (data) => Boolean(data?.reuse?.materials?.length || data?.reuse?.commitments?.length) },
  fields: [
    {
      name: 'materials',
      type: 'array',
      label: { zh: '免提交（平台已有）的材料', en: 'Materials the platform holds' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'material', type: 'text', required: true, label: { zh: '材料', en: 'Material' } },
            { name: 'source', type: 'select', required: true, options: optionsOf(MATERIAL_SOURCE_LABELS), label: { zh: '来自', en: 'From' } },
            { name: 'record', type: 'text', label: { zh: '平台记录', en: 'Record' } },
          ],
        },
      ],
    },
    // The person's id as text, not a relationship: a record of what was read, which must not hold up merging or removing the person.
    { name: 'person', type: 'text', label: { zh: '人口库人员编号', en: 'Person id' } },
    { name: 'consentAt', type: 'date', label: { zh: '同意复用的时间', en: 'Consent given' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'commitments',
      type: 'array',
      label: { zh: '告知承诺', en: 'Commitments' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'material', type: 'text', required: true, label: { zh: '代替的材料', en: 'Material' } },
            { name: 'signedAt', type: 'date', required: true, label: { zh: '承诺时间', en: 'Signed' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
          ],
        },
        { name: 'text', type: 'textarea', required: true, label: { zh: '承诺内容', en: 'Text' } },
      ],
    },
  ],
}

export const COMMITMENT_CHECK_LABELS = { pending: '待核查', confirmed: '核查属实', refuted: '核查不属实' } as const
export type CommitmentCheckStatus = keyof typeof COMMITMENT_CHECK_LABELS

/** The later check of an application's commitments: due on the calendar, closed by 属实 or 不属实 with a note. */
export const commitmentCheckField: Field = {
  name: 'commitmentCheck',
  type: 'group',
  label: { zh: '告知承诺核查', en: 'Commitment check' },
  admin: { readOnly: true, condition: (data) => Boolean(data?.commitmentCheck?.status) },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'status', type: 'select', index: true, options: optionsOf(COMMITMENT_CHECK_LABELS), label: { zh: '核查状态', en: 'Status' } },
        // A calendar date in China (YYYY-MM-DD text), like the case's own due date.
        { name: 'dueDate', type: 'text', index: true, label: { zh: '核查期限', en: 'Due' } },
        provisionalDueDateField(),
        { name: 'checkedAt', type: 'date', label: { zh: '核查时间', en: 'Checked' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: 'note', type: 'textarea', label: { zh: '核查情况', en: 'Findings' } },
  ],
}
