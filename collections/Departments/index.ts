import type { CollectionConfig } from 'payload'

import { anyone, rolesInScope } from '../access'
import { portalRebuildHooks } from '../catalogue/hooks/queuePortalRebuild'
import { divisionScopeFields, setScopeFromDivision } from '../fields/divisionScope'

/**
 * Government departments that handle services. A department belongs to the
 * division of the government it serves (city or district), which scopes who
 * may maintain it.
 */
export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: {
    singular: { zh: '部门', en: 'Department' },
    plural: { zh: '部门', en: 'Departments' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'division', 'phone'],
    listSearchableFields: ['name', 'shortName', 'code'],
    group: { zh: '组织与人员', en: 'Organisation' },
    description: {
      zh: '办理事项的政府部门及其对外联系方式。',
      en: 'Government departments that handle services, with public contacts.',
    },
  },
  defaultSort: 'code',
  access: {
    read: anyone,
    create: rolesInScope('admin'),
    // Editors keep the public contact details current alongside the guides.
    update: rolesInScope('admin', 'editor'),
    delete: rolesInScope('admin'),
  },
  hooks: {
    beforeChange: [setScopeFromDivision],
    ...portalRebuildHooks,
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          unique: true,
          label: { zh: '部门名称', en: 'Name' },
          admin: { width: '60%' },
        },
        {
          name: 'shortName',
          type: 'text',
          label: { zh: '简称', en: 'Short name' },
          admin: { width: '40%' },
        },
      ],
    },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '部门代码', en: 'Code' },
      admin: {
        description: {
          zh: '内部代码，由小写字母、数字和连字符组成，例如 city-civil-affairs。',
          en: 'Internal code: lower-case letters, digits and hyphens.',
        },
      },
      validate: (value: null | string | undefined) =>
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value ?? '') ||
        '部门代码只能包含小写字母、数字和连字符',
    },
    ...divisionScopeFields({
      label: { zh: '所属政府', en: 'Government level' },
      description: {
        zh: '市级部门选择市，区级部门选择所在区。',
        en: 'The city for city departments, the district for district ones.',
      },
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'phone',
          type: 'text',
          label: { zh: '咨询电话', en: 'Enquiry phone' },
        },
        {
          name: 'complaintPhone',
          type: 'text',
          label: { zh: '监督投诉电话', en: 'Complaint phone' },
        },
      ],
    },
    {
      name: 'address',
      type: 'text',
      label: { zh: '办公地址', en: 'Address' },
    },
    {
      name: 'officeHours',
      type: 'text',
      label: { zh: '办公时间', en: 'Office hours' },
    },
    {
      name: 'website',
      type: 'text',
      label: { zh: '网站', en: 'Website' },
      validate: (value: null | string | undefined) =>
        !value || /^https?:\/\/\S+$/.test(value) || '网站地址应以 http:// 或 https:// 开头',
    },
    {
      name: 'description',
      type: 'textarea',
      label: { zh: '职责简介', en: 'Responsibilities' },
    },
  ],
}
