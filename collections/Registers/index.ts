import type { CollectionConfig } from 'payload'

import { DATE_FORMAT_MESSAGE, isIsoDate } from '../fields/dates'
import { scopePathField } from '../fields/divisionScope'
import { selectOptions } from '../fields/selectOptions'
import { populationAccessRules } from '../population/access'
import { auditHooks } from '../privacy/auditHooks'
import { copyPersonScope } from './hooks/copyPersonScope'
import { REGISTER_KIND_LABELS } from './kinds'

const dateField = (name: string, label: { en: string; zh: string }, required = false) => ({
  name,
  type: 'text' as const,
  required,
  label,
  admin: { placeholder: '2026-01-31' },
  validate: (value: null | string | undefined, { siblingData }: { siblingData: Record<string, unknown> }) => {
    if (!value) return required ? '请填写日期' : true
    if (!isIsoDate(value)) return DATE_FORMAT_MESSAGE
    if (name === 'endDate' && typeof siblingData.startDate === 'string' && value < siblingData.startDate) return '结束日期不能早于开始日期'
    return true
  },
})

const audit = auditHooks((doc) => `${REGISTER_KIND_LABELS[doc.kind as keyof typeof REGISTER_KIND_LABELS] ?? ''}登记 ${String(doc.id ?? '')}`)

/**
 * A person's place on a business register (失业、退休、低保、残疾、退役军人)
 * with dates and notes, in the person's division. The elderly and women of
 * childbearing age are derived from birth dates instead (derived.ts).
 */
export const Registers: CollectionConfig = {
  slug: 'registers',
  labels: {
    singular: { zh: '登记', en: 'Register entry' },
    plural: { zh: '业务登记', en: 'Registers' },
  },
  admin: {
    group: { zh: '人口信息', en: 'Population' },
    defaultColumns: ['person', 'kind', 'startDate', 'endDate'],
    description: {
      zh: '失业、退休、低保、残疾、退役军人等业务登记。老年人和育龄妇女按出生日期自动统计，无需登记。',
      en: 'Business registers. The elderly and women of childbearing age are derived from birth dates.',
    },
  },
  defaultSort: '-startDate',
  access: populationAccessRules('registers'),
  indexes: [{ fields: ['scope.city', 'kind', 'scope.district', 'scope.street', 'startDate'] }],
  hooks: {
    ...audit,
    beforeChange: [copyPersonScope, ...audit.beforeChange],
  },
  fields: [
    { name: 'person', type: 'relationship', relationTo: 'persons', required: true, index: true, label: { zh: '人员', en: 'Person' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: selectOptions(REGISTER_KIND_LABELS),
      label: { zh: '登记类别', en: 'Register' },
    },
    {
      type: 'row',
      fields: [dateField('startDate', { zh: '开始日期', en: 'From' }, true), dateField('endDate', { zh: '结束日期', en: 'Until' })],
    },
    { name: 'notes', type: 'textarea', maxLength: 2000, label: { zh: '备注', en: 'Notes' } },
    scopePathField,
  ],
}
