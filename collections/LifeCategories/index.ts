import type { CollectionConfig } from 'payload'

import { anyone, hasRole } from '../access'
import { portalRebuildHooks } from '../catalogue/hooks/queuePortalRebuild'
import { selectOptions } from '../fields/selectOptions'
import { SUBSIDY_REGISTER_LABELS } from '../lifeServices/subsidyRegisters'

/** Addresses under /life/ that are pages of their own, not categories. */
const RESERVED_LIFE_PATHS = ['join', 'provider', 'providers', 'workers']

/** Categories are the city's: its life-services staff and editors keep them. */
const cityEditors: NonNullable<CollectionConfig['access']>['update'] = ({ req: { user } }) => hasRole(user, 'lifeManager', 'admin', 'editor')

/**
 * 生活服务类别 (家政保洁, 养老护理, 维修, 开锁…): what residents choose first on
 * /life/, with the service standard providers accept, and an optional
 * subsidy for residents on a register (老年人, 低保, 残疾).
 */
export const LifeCategories: CollectionConfig = {
  slug: 'life-categories',
  labels: { singular: { zh: '生活服务类别', en: 'Life service category' }, plural: { zh: '生活服务类别', en: 'Life service categories' } },
  admin: {
    group: { zh: '生活服务', en: 'Life services' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'active', 'order'],
    description: { zh: '门户“生活服务”栏目的类别。每个类别写明服务标准；可为登记在册的老年人、低保对象、残疾人设补贴。', en: 'Categories of commercial life services.' },
  },
  defaultSort: 'order',
  hooks: portalRebuildHooks,
  access: { read: anyone, create: cityEditors, update: cityEditors, delete: ({ req: { user } }) => hasRole(user, 'admin') },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, maxLength: 20, label: { zh: '类别名称', en: 'Name' } },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 40,
      label: { zh: '网址代码', en: 'Code' },
      admin: { description: { zh: '门户网址中的小写英文，如 cleaning 对应 /life/cleaning/。', en: 'Lower-case letters in the portal address.' } },
      validate: (value: null | string | undefined) => {
        if (!value || !/^[a-z][a-z0-9-]{1,39}$/.test(value)) return '请填写2至40个小写英文字母、数字或短横线，以字母开头'
        return RESERVED_LIFE_PATHS.includes(value) ? `“${value}”是门户生活服务栏目已用的网址，请换一个` : true
      },
    },
    { name: 'summary', type: 'text', required: true, maxLength: 80, label: { zh: '一句话说明', en: 'Summary' } },
    { name: 'standard', type: 'textarea', required: true, maxLength: 2000, label: { zh: '服务标准', en: 'Service standard' }, admin: { description: { zh: '加盟企业承诺遵守的服务标准，在门户公开。', en: 'The standard providers accept, public.' } } },
    {
      type: 'row',
      fields: [
        { name: 'order', type: 'number', required: true, defaultValue: 100, min: 0, label: { zh: '排序', en: 'Order' } },
        { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: { zh: '在门户显示、接受预约', en: 'Open for booking' } },
        { name: 'responseHours', type: 'number', required: true, defaultValue: 2, min: 1, max: 72, label: { zh: '接单时限（小时）', en: 'Hours to accept' } },
      ],
    },
    {
      name: 'subsidy',
      type: 'group',
      label: { zh: '补贴', en: 'Subsidy' },
      fields: [
        { name: 'enabled', type: 'checkbox', defaultValue: false, label: { zh: '本类别有补贴', en: 'Subsidised' } },
        {
          name: 'registers',
          type: 'select',
          hasMany: true,
          options: selectOptions(SUBSIDY_REGISTER_LABELS),
          label: { zh: '享受补贴的对象', en: 'Who is entitled' },
          admin: { condition: (_, sibling) => Boolean(sibling?.enabled) },
        },
        {
          name: 'percent',
          type: 'number',
          min: 1,
          max: 100,
          label: { zh: '补贴比例（%）', en: 'Percent' },
          admin: { condition: (_, sibling) => Boolean(sibling?.enabled) },
        },
        {
          name: 'capPerOrder',
          type: 'number',
          min: 0,
          label: { zh: '每单补贴上限（元）', en: 'Cap per order (yuan)' },
          admin: { condition: (_, sibling) => Boolean(sibling?.enabled) },
        },
        { name: 'note', type: 'textarea', maxLength: 500, label: { zh: '补贴说明（公开）', en: 'Note (public)' }, admin: { condition: (_, sibling) => Boolean(sibling?.enabled) } },
      ],
    },
  ],
}
