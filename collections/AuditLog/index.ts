import type { CollectionConfig } from 'payload'

import { nobody, rolesInScope } from '../access'
import { scopePathField } from '../fields/divisionScope'
import { appendOnlyHooks } from '../hooks/appendOnly'
import { AUDIT_ACTION_LABELS } from './actions'
import { selectOptions } from '../fields/selectOptions'

/**
 * The append-only record of who did what to personal data: every create,
 * update (the fields, old and new values, personal values masked), delete,
 * move between divisions, full-value view, export, import and read through
 * the open interface — who, when, from which client. Nobody can change or
 * remove an entry, administrators included. Staff read the entries about
 * records in their own subtree.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: {
    singular: { zh: '审计日志', en: 'Audit entry' },
    plural: { zh: '审计日志', en: 'Audit log' },
  },
  admin: {
    group: { zh: '人口信息', en: 'Population' },
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'actionLabel', 'targetCollection', 'summary', 'actorName', 'clientAddress'],
    description: {
      zh: '对个人信息的每一次新建、修改、删除、查看完整信息、导出、导入和接口读取，只能追加，任何人不能修改或删除。',
      en: 'Every change, full view, export, import and API read of personal data. Append-only.',
    },
  },
  defaultSort: '-createdAt',
  access: { read: rolesInScope('admin', 'registrar'), create: nobody, update: nobody, delete: nobody },
  hooks: appendOnlyHooks('审计日志只能追加，不能修改或删除'),
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: selectOptions(AUDIT_ACTION_LABELS),
      label: { zh: '操作', en: 'Action' },
    },
    { name: 'actionLabel', type: 'text', label: { zh: '操作', en: 'Action' } },
    { name: 'targetCollection', type: 'text', index: true, label: { zh: '数据类别', en: 'Collection' } },
    { name: 'targetId', type: 'text', index: true, label: { zh: '记录编号', en: 'Record' } },
    { name: 'summary', type: 'text', label: { zh: '记录', en: 'Record' } },
    { name: 'detail', type: 'textarea', label: { zh: '说明', en: 'Detail' } },
    {
      name: 'changes',
      type: 'json',
      label: { zh: '变更内容', en: 'Changes' },
      // A table of our own: Payload's JSON editor loads its code editor from a public CDN.
      admin: { components: { Field: '/collections/AuditLog/components/ChangesTable#ChangesTable' } },
    },
    { name: 'actor', type: 'relationship', relationTo: 'users', index: true, label: { zh: '操作人', en: 'By' } },
    { name: 'actorName', type: 'text', label: { zh: '操作人', en: 'By' } },
    {
      name: 'by',
      type: 'select',
      required: true,
      options: [
        { value: 'staff', label: { zh: '工作人员', en: 'Staff' } },
        { value: 'api', label: { zh: '外部系统', en: 'Other system' } },
        { value: 'resident', label: { zh: '居民', en: 'Resident' } },
        { value: 'provider', label: { zh: '加盟企业', en: 'Provider' } },
        { value: 'system', label: { zh: '系统', en: 'System' } },
      ],
      label: { zh: '来源', en: 'Source' },
    },
    { name: 'clientAddress', type: 'text', label: { zh: '客户端地址', en: 'Client address' } },
    { name: 'userAgent', type: 'text', label: { zh: '客户端', en: 'Client' } },
    scopePathField,
  ],
}
