import type { CollectionConfig } from 'payload'

import { anyone, rolesInScope } from '../access'
import { openBoardForDivision, removeUnusedBoard } from '../Boards/hooks/followDivision'
import { portalRebuildHooks } from '../catalogue/hooks/queuePortalRebuild'
import { scopePathField } from '../fields/divisionScope'
import { DIVISION_LEVEL_LABELS, DIVISION_LEVELS, isDivisionCode } from './code'
import { deriveFromCode } from './hooks/deriveFromCode'
import { forgetCachedDivisions } from './lookup'
import { preventDeleteWhileInUse } from './hooks/preventDeleteWhileInUse'
import { renameDescendants } from './hooks/renameDescendants'

/**
 * The city → district → street → community tree. Each division's 12-digit
 * statistical code determines its level, its parent and its scope path; the
 * hooks keep those derived fields right so editors only enter code and name.
 */
export const Divisions: CollectionConfig = {
  slug: 'divisions',
  labels: {
    singular: { zh: '行政区划', en: 'Division' },
    plural: { zh: '行政区划', en: 'Divisions' },
  },
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'code', 'level'],
    listSearchableFields: ['name', 'fullName', 'code'],
    group: { zh: '组织与人员', en: 'Organisation' },
    description: {
      zh: '市、区、街道、社区四级区划，代码采用12位统计用区划代码。',
      en: 'The four-level division tree, keyed by 12-digit statistical codes.',
    },
  },
  defaultSort: 'code',
  access: {
    // Residents pick their community when applying, so the tree is public.
    read: anyone,
    create: rolesInScope('admin'),
    update: rolesInScope('admin'),
    delete: rolesInScope('admin'),
  },
  hooks: {
    beforeChange: [deriveFromCode],
    // The portal's application form lists the districts, streets and communities.
    afterChange: [forgetCachedDivisions, renameDescendants, openBoardForDivision, ...portalRebuildHooks.afterChange],
    beforeDelete: [removeUnusedBoard, preventDeleteWhileInUse],
    afterDelete: [forgetCachedDivisions, ...portalRebuildHooks.afterDelete],
  },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '区划代码', en: 'Code' },
      admin: {
        description: {
          zh: '12位统计用区划代码，例如 410105001001。创建后不能修改。',
          en: '12-digit statistical code, e.g. 410105001001. Fixed once created.',
        },
      },
      validate: (value: null | string | undefined) =>
        (value && isDivisionCode(value)) || '区划代码应为12位数字，并且各级代码完整',
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { zh: '名称', en: 'Name' },
      admin: { description: { zh: '例如：金水区、经八路街道', en: 'e.g. 金水区' } },
    },
    {
      name: 'fullName',
      type: 'text',
      index: true,
      label: { zh: '全称', en: 'Full name' },
      admin: { readOnly: true },
      access: { create: () => false, update: () => false },
    },
    {
      name: 'level',
      type: 'select',
      index: true,
      label: { zh: '层级', en: 'Level' },
      options: DIVISION_LEVELS.map((level) => ({
        value: level,
        label: DIVISION_LEVEL_LABELS[level],
      })),
      admin: { readOnly: true, position: 'sidebar' },
      access: { create: () => false, update: () => false },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'divisions',
      index: true,
      label: { zh: '上级区划', en: 'Parent' },
      admin: { readOnly: true, position: 'sidebar' },
      access: { create: () => false, update: () => false },
    },
    scopePathField,
  ],
}
