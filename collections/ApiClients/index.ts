import type { CollectionConfig } from 'payload'

import { rolesInScope } from '../access'
import { divisionScopeFields, setScopeFromDivision } from '../fields/divisionScope'
import { selectOptions } from '../fields/selectOptions'

/** The population collections another system reads and writes through their REST endpoints (described in the OpenAPI document). */
export const REST_COLLECTIONS = {
  persons: '人员',
  households: '户籍与家庭',
  dwellings: '房屋',
  organisations: '法人单位',
  registers: '业务登记',
} as const

/** Everything another system may be granted, in the words admins read: the REST collections, and creating hotline work orders (SMS and email gateways, Open311), reporting SMS delivery. */
const GRANTABLE_COLLECTIONS = {
  ...REST_COLLECTIONS,
  tickets: '热线工单（短信、邮件网关，开放接口）',
  notifications: '短信送达回执（短信网关）',
  applications: '本部门的网上申请（部门业务系统：读取、办理、上传结果）',
} as const

/**
 * Another government system that reads or writes the population base
 * through the open interface with an API key (Payload's API-key auth:
 * `Authorization: api-clients API-Key <key>`). Each client is limited to a
 * division subtree, the collections it was granted, reading or reading and
 * writing, masked or full personal values, and a number of requests per
 * minute; every read and write it makes is in the audit log.
 */
export const ApiClients: CollectionConfig = {
  slug: 'api-clients',
  labels: {
    singular: { zh: '接口调用方', en: 'API client' },
    plural: { zh: '开放接口', en: 'API clients' },
  },
  auth: { useAPIKey: true, disableLocalStrategy: true },
  admin: {
    group: { zh: '组织与人员', en: 'Organisation' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'division', 'collections', 'mode', 'active'],
    description: {
      zh: '其他政府系统通过 API 密钥调用人口信息接口。勾选“启用 API 密钥”生成密钥；每次读取和写入都记入审计日志。接口说明见 /api/openapi.json。',
      en: 'Other systems using the population API with a key. Every call is audited. See /api/openapi.json.',
    },
  },
  access: {
    read: rolesInScope('admin'),
    create: rolesInScope('admin'),
    update: rolesInScope('admin'),
    delete: rolesInScope('admin'),
  },
  hooks: { beforeChange: [setScopeFromDivision] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 100, label: { zh: '系统名称', en: 'System' } },
    ...divisionScopeFields({
      label: { zh: '数据范围', en: 'Division' },
      description: { zh: '只能读写该区划及其下级区划的记录。', en: 'Records in this division and below only.' },
    }),
    {
      name: 'collections',
      type: 'select',
      hasMany: true,
      required: true,
      options: selectOptions(GRANTABLE_COLLECTIONS),
      label: { zh: '可访问的数据', en: 'Collections' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'mode',
          type: 'select',
          required: true,
          defaultValue: 'read',
          options: selectOptions({ read: '只读', readWrite: '读写' }),
          label: { zh: '权限', en: 'Access' },
        },
        {
          name: 'personalData',
          type: 'select',
          required: true,
          defaultValue: 'masked',
          options: selectOptions({ masked: '打码', full: '完整' }),
          label: { zh: '身份证号、电话、地址', en: 'Personal values' },
        },
        {
          name: 'rateLimitPerMinute',
          type: 'number',
          required: true,
          defaultValue: 600,
          min: 1,
          max: 100000,
          label: { zh: '每分钟请求上限', en: 'Requests per minute' },
        },
      ],
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      index: true,
      label: { zh: '所属部门（部门业务系统）', en: 'Department (department system)' },
      admin: {
        description: {
          zh: '授权“本部门的网上申请”时必填：只能读取和办理该部门的申请，其他部门的申请一律视为不存在。',
          en: "Required with the applications grant: only this department's applications exist for the client.",
        },
      },
      validate: (value: unknown, { siblingData }: { siblingData: { collections?: string[] } }) =>
        Boolean(value) || !siblingData.collections?.includes('applications') || '授权“本部门的网上申请”时必须选择所属部门',
    },
    {
      name: 'open311CreatedStatus',
      type: 'select',
      required: true,
      defaultValue: '201',
      options: selectOptions({ '201': '201（标准）', '200': '200（兼容只认 200 的旧客户端）' }),
      label: { zh: 'Open311 提交成功时的状态码', en: 'Open311 status on a created request' },
      admin: { condition: (data) => Boolean(data?.collections?.includes('tickets')) },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { zh: '启用', en: 'Active' }, admin: { position: 'sidebar' } },
    { name: 'contact', type: 'text', maxLength: 200, label: { zh: '对接人及电话', en: 'Contact' } },
    { name: 'notes', type: 'textarea', maxLength: 2000, label: { zh: '备注', en: 'Notes' } },
  ],
}
