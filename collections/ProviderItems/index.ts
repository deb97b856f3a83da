import { type CollectionBeforeChangeHook, type CollectionConfig, ValidationError } from 'payload'

import { anyone, hasRole, nobody } from '../access'
import { selectOptions } from '../fields/selectOptions'
import { accountProviderId, LIFE_MANAGER_ROLES, lifeManagersInScope, providerOwnedOr } from '../lifeServices/access'
import { relationId, type Relation } from '../relations'
import { PRICE_UNIT_LABELS } from './units'
import { portalRebuildHooks } from '../catalogue/hooks/queuePortalRebuild'

export { PRICE_UNIT_LABELS }

/** A provider account writes its own price list (the link is set to its provider); staff in scope may correct it. */
const ownItemsOrStaff = providerOwnedOr(lifeManagersInScope)

/**
 * A provider's account always writes its own provider's list, and only in
 * the categories its provider joined for.
 */
const ownProviderAndCategories: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const own = accountProviderId(req.user)
  if (own === undefined) return data
  const provider = await req.payload.findByID({ collection: 'providers', id: own, depth: 0, select: { categories: true }, overrideAccess: true, req })
  const category = relationId((data.category ?? originalDoc?.category) as Relation)
  if (!(provider.categories ?? []).some((each) => relationId(each) === category)) {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'category', message: '只能为本企业加盟的服务类别设置项目和价格' }], req })
  }
  return { ...data, provider: own }
}

/**
 * 服务项目与价格 (明码标价): what a provider offers in a category, at what
 * price, and what the price includes. A booking copies the item's name and
 * price, so a later change never alters an order already made.
 */
export const ProviderItems: CollectionConfig = {
  slug: 'provider-items',
  labels: { singular: { zh: '服务项目', en: 'Price list item' }, plural: { zh: '服务项目与价格', en: 'Price list' } },
  admin: {
    group: { zh: '生活服务', en: 'Life services' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'provider', 'category', 'price', 'unit', 'active'],
    description: { zh: '加盟企业公开的服务项目和价格。居民预约时看到的价格即本表价格，修改价格不影响已下的订单。', en: "Providers' price lists." },
  },
  defaultSort: 'price',
  access: {
    read: anyone,
    create: ({ req: { user } }) => accountProviderId(user) !== undefined || hasRole(user, ...LIFE_MANAGER_ROLES),
    update: ownItemsOrStaff,
    delete: nobody,
  },
  hooks: {
    ...portalRebuildHooks,
    beforeChange: [ownProviderAndCategories],
  },
  fields: [
    { name: 'provider', type: 'relationship', relationTo: 'providers', required: true, index: true, label: { zh: '加盟企业', en: 'Provider' } },
    { name: 'category', type: 'relationship', relationTo: 'life-categories', required: true, index: true, label: { zh: '服务类别', en: 'Category' } },
    { name: 'name', type: 'text', required: true, maxLength: 60, label: { zh: '项目名称', en: 'Name' } },
    {
      type: 'row',
      fields: [
        { name: 'price', type: 'number', required: true, min: 0, max: 100000, label: { zh: '价格（元）', en: 'Price (yuan)' }, validate: (value: null | number | undefined) => (typeof value === 'number' && value >= 0 && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6) || '价格请填写不小于0的金额，精确到分' },
        { name: 'unit', type: 'select', required: true, defaultValue: 'visit', options: selectOptions(PRICE_UNIT_LABELS), label: { zh: '计价单位', en: 'Unit' } },
        { name: 'durationHours', type: 'number', min: 0.5, max: 24, label: { zh: '约需时长（小时）', en: 'Hours' } },
      ],
    },
    { name: 'included', type: 'textarea', required: true, maxLength: 500, label: { zh: '包含的服务内容', en: 'Included' } },
    { name: 'excluded', type: 'textarea', maxLength: 500, label: { zh: '不包含、需另收费的内容', en: 'Not included' } },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: { zh: '接受预约', en: 'Bookable' } },
  ],
}
