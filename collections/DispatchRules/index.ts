import type { CollectionBeforeChangeHook, CollectionConfig, FieldAccess } from 'payload'

import { ValidationError } from 'payload'

import { hasRole, rolesInScope, userDivision } from '../access'
import { parseDivisionCode } from '../Divisions/code'
import { divisionScopeFields, setScopeFromDivision } from '../fields/divisionScope'
import { workflowOnly } from '../Tickets/fields'
import { parseKeywords } from './match'
import { dispatchSuggestEndpoint } from './suggest'

/** Only the city decides which rules dispatch by themselves: a wrong automatic rule sends orders astray unseen. */
const cityEditors: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor') && userDivision(user)?.level === 'city'

/** The return rate in words, for the list: how often handlers sent a rule's orders back. */
export function returnRateText(dispatched: null | number | undefined, returned: null | number | undefined): string {
  if (!dispatched) return '—'
  return `${Math.round(((returned ?? 0) / dispatched) * 1000) / 10}%`
}

/**
 * A rule names at least one criterion and exactly one handler; its division
 * code (the deepest level of its path) is kept for the look-up by the order's
 * ancestors.
 */
const checkRule: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const errors: { message: string; path: string }[] = []
  if (!merged.service && !merged.topic && !parseKeywords(merged.keywords).length) {
    errors.push({ path: 'keywords', message: '请至少填写事项、主题或关键词中的一项' })
  }
  if (Boolean(merged.department) === Boolean(merged.handlerDivision)) {
    errors.push({ path: 'department', message: '请选择一个承办部门，或一个承办街道、社区（二者选一）' })
  }
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req })
  const path = data.scope ?? originalDoc?.scope
  const code = path.community ?? path.street ?? path.district ?? path.city
  return { ...data, divisionCode: code, divisionLevel: parseDivisionCode(code).level }
}

/**
 * 派单目录: which department, street or community handles which orders, and
 * in how many working days. Editors and administrators keep the rules of
 * their division; the desk and the web channel read the suggestion through
 * `suggest.ts`; handlers' returns count against the rule that sent the order.
 */
export const DispatchRules: CollectionConfig = {
  slug: 'dispatch-rules',
  labels: {
    singular: { zh: '派单规则', en: 'Dispatch rule' },
    plural: { zh: '派单目录', en: 'Dispatch catalogue' },
  },
  admin: {
    group: { zh: '热线', en: 'Hotline' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'division', 'department', 'handlerDivision', 'timeLimitDays', 'automatic', 'dispatched', 'returned', 'returnRate'],
    description: {
      zh: '按事项、主题、关键词和区划建议承办单位和办理时限。规则越具体越优先：事项优先于主题，主题优先于关键词；同类规则中区划越小越优先；再相同时先建的规则优先。退回率高的规则请及时修正。',
      en: 'Suggests the handler and time limit; the most specific rule wins.',
    },
  },
  defaultSort: 'name',
  access: {
    // Not personal: every desk, editor and administrator may read the whole catalogue (city rules apply to their districts too).
    read: ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'agent'),
    create: rolesInScope('admin', 'editor'),
    update: rolesInScope('admin', 'editor'),
    delete: rolesInScope('admin', 'editor'),
  },
  endpoints: [dispatchSuggestEndpoint],
  hooks: { beforeChange: [setScopeFromDivision, checkRule] },
  indexes: [{ fields: ['active', 'divisionCode'] }],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 100, label: { zh: '规则名称', en: 'Name' } },
    {
      type: 'row',
      fields: [
        { name: 'service', type: 'relationship', relationTo: 'services', label: { zh: '事项', en: 'Service' } },
        { name: 'topic', type: 'relationship', relationTo: 'topics', label: { zh: '主题', en: 'Topic' } },
      ],
    },
    {
      name: 'keywords',
      type: 'text',
      maxLength: 200,
      label: { zh: '关键词', en: 'Keywords' },
      admin: { description: { zh: '诉求摘要或内容含其中任一个词即符合，用顿号、逗号或空格分隔，例如：路灯、井盖。', en: 'Any of them in the summary or content.' } },
    },
    ...divisionScopeFields({
      label: { zh: '适用区划', en: 'Applies in' },
      description: { zh: '该区划及其下级区划的工单适用本规则。', en: 'Orders in this division and below.' },
    }),
    { name: 'divisionCode', type: 'text', index: true, access: workflowOnly, admin: { hidden: true } },
    { name: 'divisionLevel', type: 'text', access: workflowOnly, admin: { hidden: true } },
    {
      type: 'row',
      fields: [
        { name: 'department', type: 'relationship', relationTo: 'departments', label: { zh: '承办部门', en: 'Department' } },
        {
          name: 'handlerDivision',
          type: 'relationship',
          relationTo: 'divisions',
          label: { zh: '或承办街道、社区', en: 'Or street or community' },
          filterOptions: { level: { in: ['street', 'community'] } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'timeLimitDays',
          type: 'number',
          min: 1,
          max: 60,
          label: { zh: '办理时限（工作日）', en: 'Time limit (working days)' },
          admin: { description: { zh: '按本规则派单时代替诉求类型的办理时限；不填则按热线设置。', en: 'Overrides the kind’s deadline.' } },
        },
        { name: 'active', type: 'checkbox', defaultValue: true, label: { zh: '启用', en: 'Active' } },
        {
          name: 'automatic',
          type: 'checkbox',
          defaultValue: false,
          access: { create: cityEditors, update: cityEditors },
          label: { zh: '受理后自动派单', en: 'Dispatch automatically' },
          admin: { description: { zh: '只有市级编辑和管理员可以开启。开启后，符合本规则的工单受理时即由平台派出（坐席当场答复或派单的除外）。', en: 'Set by the city only.' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'dispatched', type: 'number', defaultValue: 0, access: workflowOnly, label: { zh: '按规则派单数', en: 'Dispatched' }, admin: { readOnly: true } },
        { name: 'returned', type: 'number', defaultValue: 0, access: workflowOnly, label: { zh: '被退回数', en: 'Returned' }, admin: { readOnly: true } },
        {
          name: 'returnRate',
          type: 'text',
          virtual: true,
          label: { zh: '退回率', en: 'Return rate' },
          admin: { readOnly: true },
          hooks: { afterRead: [({ siblingData }) => returnRateText(siblingData?.dispatched, siblingData?.returned)] },
        },
      ],
    },
  ],
}
