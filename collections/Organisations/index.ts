import type { CollectionConfig } from 'payload'

import { creditCodeField } from '../fields/creditCode'
import { divisionScopeFields, setScopeFromDivision } from '../fields/divisionScope'
import { selectOptions } from '../fields/selectOptions'
import { checkPhone } from '../Persons/options'
import { populationAccessRules } from '../population/access'
import { personalRecord } from '../privacy/personalRecord'
import { personalField } from '../privacy/personalField'

const ORGANISATION_KIND_LABELS = {
  enterprise: '企业',
  individual: '个体工商户',
  government: '机关',
  institution: '事业单位',
  social: '社会组织',
  other: '其他',
} as const

const { audit, endpoints, recordFields } = personalRecord('organisations', (doc) => `${String(doc.name ?? '')}（${String(doc.creditCode ?? '')}）`)

/** A legal person or other organisation (法人) in the division, by its unified social credit code. */
export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: {
    singular: { zh: '单位', en: 'Organisation' },
    plural: { zh: '法人单位', en: 'Organisations' },
  },
  admin: {
    group: { zh: '人口信息', en: 'Population' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'creditCode', 'kind', 'division'],
    listSearchableFields: ['name', 'creditCode'],
  },
  defaultSort: 'name',
  access: populationAccessRules('organisations'),
  endpoints,
  hooks: {
    ...audit,
    beforeChange: [setScopeFromDivision, ...audit.beforeChange],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, index: true, label: { zh: '单位名称', en: 'Name' } },
    creditCodeField(),
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, defaultValue: 'enterprise', options: selectOptions(ORGANISATION_KIND_LABELS), label: { zh: '单位类型', en: 'Kind' } },
        { name: 'legalRepresentative', type: 'text', maxLength: 50, label: { zh: '法定代表人', en: 'Legal representative' } },
        personalField({
          name: 'phone',
          personal: 'phone',
          maxLength: 20,
          label: { zh: '联系电话', en: 'Phone' },
          check: checkPhone,
        }),
      ],
    },
    { name: 'address', type: 'text', maxLength: 200, label: { zh: '经营地址', en: 'Address' } },
    ...divisionScopeFields({ label: { zh: '所属社区', en: 'Community' } }),
    {
      name: 'status',
      type: 'select',
      defaultValue: 'active',
      options: selectOptions({ active: '存续', closed: '注销' }),
      label: { zh: '状态', en: 'Status' },
    },
    ...recordFields,
  ],
}
