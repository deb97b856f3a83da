import type { CollectionConfig } from 'payload'

import { optionalDate } from '../fields/dates'
import { divisionScopeFields, setScopeFromDivision } from '../fields/divisionScope'
import { selectOptions } from '../fields/selectOptions'
import { checkPhone } from '../Persons/options'
import { populationAccessRules } from '../population/access'
import { personalRecord } from '../privacy/personalRecord'
import { personalField } from '../privacy/personalField'
import { maskAddress } from '../privacy/mask'

const DWELLING_USE_LABELS = { residential: '住宅', mixed: '商住两用', commercial: '商业', office: '办公', other: '其他' } as const
export const DWELLING_TENURE_LABELS = { ownerOccupied: '自住', rented: '出租', vacant: '空置', other: '其他' } as const


const { audit, endpoints, recordFields } = personalRecord('dwellings', (doc) => maskAddress(String(doc.address ?? '')))

/**
 * A dwelling (房屋): address, community, use and whether it is lived in by
 * its owner or rented out — the rented ones, with their tenants and lease,
 * form the rented-housing register (出租房屋登记).
 */
export const Dwellings: CollectionConfig = {
  slug: 'dwellings',
  labels: {
    singular: { zh: '房屋', en: 'Dwelling' },
    plural: { zh: '房屋', en: 'Dwellings' },
  },
  admin: {
    group: { zh: '人口信息', en: 'Population' },
    useAsTitle: 'address',
    defaultColumns: ['address', 'use', 'tenure', 'division'],
    description: { zh: '辖区房屋及出租房屋登记。', en: 'Dwellings and the rented-housing register.' },
  },
  access: populationAccessRules('dwellings'),
  indexes: [{ fields: ['scope.city', 'tenure', 'scope.district', 'scope.street'] }],
  endpoints,
  hooks: {
    ...audit,
    beforeChange: [setScopeFromDivision, ...audit.beforeChange],
  },
  fields: [
    personalField({ name: 'address', personal: 'address', required: true, maxLength: 200, label: { zh: '房屋地址', en: 'Address' } }),
    ...divisionScopeFields({ label: { zh: '所属社区', en: 'Community' } }),
    {
      type: 'row',
      fields: [
        { name: 'use', type: 'select', required: true, defaultValue: 'residential', options: selectOptions(DWELLING_USE_LABELS), label: { zh: '房屋用途', en: 'Use' } },
        { name: 'tenure', type: 'select', required: true, defaultValue: 'ownerOccupied', index: true, options: selectOptions(DWELLING_TENURE_LABELS), label: { zh: '居住情况', en: 'Tenure' } },
        { name: 'area', type: 'number', min: 0, max: 100000, label: { zh: '建筑面积（平方米）', en: 'Floor area (m²)' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'ownerName', type: 'text', maxLength: 100, label: { zh: '产权人', en: 'Owner' } },
        personalField({
          name: 'ownerPhone',
          personal: 'phone',
          maxLength: 20,
          label: { zh: '产权人电话', en: 'Owner phone' },
          check: checkPhone,
        }),
      ],
    },
    {
      name: 'rental',
      type: 'group',
      label: { zh: '出租登记', en: 'Rental' },
      admin: { condition: (data) => data?.tenure === 'rented' },
      fields: [
        { name: 'tenants', type: 'relationship', relationTo: 'persons', hasMany: true, label: { zh: '承租人', en: 'Tenants' } },
        {
          type: 'row',
          fields: [
            { name: 'leaseStart', type: 'text', label: { zh: '租期开始', en: 'Lease from' }, validate: optionalDate },
            { name: 'leaseEnd', type: 'text', label: { zh: '租期结束', en: 'Lease until' }, validate: optionalDate },
            { name: 'registeredAt', type: 'text', label: { zh: '备案日期', en: 'Registered on' }, validate: optionalDate },
          ],
        },
      ],
    },
    ...recordFields,
  ],
}
