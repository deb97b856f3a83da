import type { CollectionConfig } from 'payload'

import { divisionScopeFields, setScopeFromDivision } from '../fields/divisionScope'
import { selectOptions } from '../fields/selectOptions'
import { populationAccessRules } from '../population/access'
import { personalRecord } from '../privacy/personalRecord'
import { personalField } from '../privacy/personalField'
import { checkMembers } from './hooks/checkMembers'
import { HOUSEHOLD_RELATION_LABELS } from './relations'

const { audit, endpoints, recordFields } = personalRecord('households', (doc) => `户号 ${String(doc.householdNumber ?? doc.id ?? '')}`)

/**
 * A household (户): its members and their relation to the head, the address
 * and the dwelling it lives in. One head per household; nobody is in two.
 */
export const Households: CollectionConfig = {
  slug: 'households',
  labels: {
    singular: { zh: '户', en: 'Household' },
    plural: { zh: '户籍与家庭', en: 'Households' },
  },
  admin: {
    group: { zh: '人口信息', en: 'Population' },
    useAsTitle: 'householdNumber',
    defaultColumns: ['householdNumber', 'head', 'address', 'division'],
    description: {
      zh: '每户的成员及与户主关系。一户只有一名户主，一个人只能登记在一户中。',
      en: 'Members and their relation to the head. One head; nobody in two households.',
    },
  },
  defaultSort: 'householdNumber',
  // Households by size within the viewer's division (人口统计), from the index alone.
  indexes: [{ fields: ['scope.city', 'memberCount', 'scope.district', 'scope.street'] }],
  access: populationAccessRules('households'),
  endpoints,
  hooks: {
    ...audit,
    beforeChange: [setScopeFromDivision, checkMembers, ...audit.beforeChange],
  },
  fields: [
    {
      name: 'householdNumber',
      type: 'text',
      unique: true,
      index: true,
      maxLength: 30,
      label: { zh: '户号', en: 'Household number' },
    },
    personalField({ name: 'address', personal: 'address', maxLength: 200, label: { zh: '住址', en: 'Address' } }),
    { name: 'dwelling', type: 'relationship', relationTo: 'dwellings', index: true, label: { zh: '所住房屋', en: 'Dwelling' } },
    ...divisionScopeFields({ label: { zh: '所属社区', en: 'Community' } }),
    {
      name: 'members',
      type: 'array',
      label: { zh: '户内成员', en: 'Members' },
      labels: { singular: { zh: '成员', en: 'Member' }, plural: { zh: '成员', en: 'Members' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'person', type: 'relationship', relationTo: 'persons', required: true, label: { zh: '人员', en: 'Person' } },
            {
              name: 'relation',
              type: 'select',
              required: true,
              options: selectOptions(HOUSEHOLD_RELATION_LABELS),
              label: { zh: '与户主关系', en: 'Relation to head' },
            },
          ],
        },
      ],
    },
    {
      name: 'memberCount',
      type: 'number',
      label: { zh: '户内人数', en: 'Members' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'head',
      type: 'relationship',
      relationTo: 'persons',
      unique: true,
      index: true,
      label: { zh: '户主', en: 'Head' },
      admin: { readOnly: true, position: 'sidebar', description: { zh: '由成员中的户主自动得出', en: 'From the members' } },
    },
    ...recordFields,
  ],
}
