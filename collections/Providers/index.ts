import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { nobody } from '../access'
import { creditCodeField } from '../fields/creditCode'
import { optionalDate } from '../fields/dates'
import { panelField } from '../fields/panel'
import { divisionScopeFields, setScopeFromDivision } from '../fields/divisionScope'
import { selectOptions } from '../fields/selectOptions'
import { divisionById } from '../Divisions/lookup'
import { lifeManagersInScope } from '../lifeServices/access'
import { checkPhone } from '../Persons/options'
import { personalField } from '../privacy/personalField'
import { relationId, type Relation } from '../relations'
import { refreshWorkers } from '../Workers/refresh'
import { providerReaders } from './access'
import { portalRebuildHooks } from '../catalogue/hooks/queuePortalRebuild'
import { providerActionEndpoint } from './endpoints/actions'
import { LICENCE_KIND_LABELS, PROVIDER_STATUS_LABELS, PROVIDERS, serviceKey } from './states'

/**
 * The 12-digit codes of the areas served, and a key per category and area
 * (`serviceKey`), kept beside the links so the live search for a category in
 * a community is one indexed filter.
 */
const deriveAreaCodes: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const areas = (data.areas ?? originalDoc?.areas ?? []) as Relation[]
  const categories = (data.categories ?? originalDoc?.categories ?? []) as Relation[]
  const codes = (await Promise.all(areas.map(async (area) => (await divisionById(req, relationId(area)!))?.code))).filter((code): code is string => Boolean(code))
  return { ...data, areaCodes: codes, serviceKeys: categories.flatMap((category) => codes.map((code) => serviceKey(relationId(category)!, code))) }
}

/**
 * Every offer stamps the rotation time and every rating recounts the
 * average: a portal rebuild for each would keep the builder busy all day.
 * Those reach the provider's page with the next rebuild; the live search
 * shows them at once.
 */
const BOOKKEEPING_FIELDS = new Set(['lastOfferedAt', 'rating', 'updatedAt'])

const rebuildUnlessBookkeeping: CollectionAfterChangeHook = async (args) => {
  const { doc, operation, previousDoc } = args
  const changed = Object.keys(doc).filter((key) => !BOOKKEEPING_FIELDS.has(key) && JSON.stringify(doc[key]) !== JSON.stringify(previousDoc?.[key]))
  if (operation === 'update' && changed.length === 0) return doc
  for (const hook of portalRebuildHooks.afterChange) await hook(args)
  return doc
}

const readOnlyToEveryone = { create: () => false, update: () => false }

/** A provider leaving or re-entering the register recolours its workers' cards at once. */
const recolourWorkersOnStatus: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (previousDoc?.status && previousDoc.status !== doc.status) await refreshWorkers(req, { provider: { equals: doc.id } })
  return doc
}

/**
 * 加盟企业: a firm that applied to serve residents through the platform,
 * accepted the city's service standards and was vetted by life-services
 * staff. Its standing (申请中 → 在册 → 暂停 → 退出) changes only through the
 * actions in workflow.ts, each recorded in `provider-events`.
 */
export const Providers: CollectionConfig = {
  slug: PROVIDERS,
  labels: { singular: { zh: '加盟企业', en: 'Provider' }, plural: { zh: '加盟企业', en: 'Providers' } },
  admin: {
    group: { zh: '生活服务', en: 'Life services' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'creditCode', 'status', 'categories', 'rating.average'],
    listSearchableFields: ['name', 'creditCode'],
    components: { beforeListTable: ['/collections/Providers/components/StandingTabs#StandingTabs'] },
    description: { zh: '向居民提供家政、养老护理、维修等生活服务的加盟企业。审核、暂停、清退在企业页面上操作，每一步都有记录。', en: 'Vetted commercial providers.' },
  },
  defaultSort: 'name',
  access: { read: providerReaders, create: lifeManagersInScope, update: lifeManagersInScope, delete: nobody },
  hooks: { beforeChange: [setScopeFromDivision, deriveAreaCodes], afterChange: [recolourWorkersOnStatus, rebuildUnlessBookkeeping], afterDelete: portalRebuildHooks.afterDelete },
  endpoints: [providerActionEndpoint],
  fields: [
    panelField('standing', '/collections/Providers/components/ProviderStanding#ProviderStanding'),
    { name: 'name', type: 'text', required: true, maxLength: 100, index: true, label: { zh: '企业名称', en: 'Name' } },
    creditCodeField(),
    {
      type: 'row',
      fields: [
        { name: 'legalRepresentative', type: 'text', required: true, maxLength: 50, label: { zh: '法定代表人', en: 'Legal representative' } },
        { name: 'servicePhone', type: 'text', required: true, maxLength: 20, label: { zh: '服务电话（公开）', en: 'Service phone' }, validate: (value: null | string | undefined) => (value ? checkPhone(value) : '请填写服务电话') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'contactName', type: 'text', required: true, maxLength: 50, label: { zh: '联系人', en: 'Contact' } },
        personalField({ name: 'contactPhone', personal: 'phone', required: true, maxLength: 11, label: { zh: '联系人手机（接收派单短信）', en: 'Contact mobile' }, check: checkPhone }),
      ],
    },
    { name: 'address', type: 'text', required: true, maxLength: 200, label: { zh: '经营地址', en: 'Address' } },
    ...divisionScopeFields({ label: { zh: '注册所在社区', en: 'Registered in' } }),
    { name: 'introduction', type: 'textarea', maxLength: 1000, label: { zh: '企业简介（公开）', en: 'Introduction' } },
    { name: 'categories', type: 'relationship', relationTo: 'life-categories', hasMany: true, required: true, index: true, label: { zh: '服务类别', en: 'Categories' } },
    {
      name: 'areas',
      type: 'relationship',
      relationTo: 'divisions',
      hasMany: true,
      required: true,
      label: { zh: '服务区域', en: 'Areas served' },
      admin: { description: { zh: '可选区、街道或社区；选了区或街道即服务其下所有社区。', en: 'Districts, streets or communities.' } },
    },
    { name: 'areaCodes', type: 'text', hasMany: true, index: true, access: readOnlyToEveryone, admin: { hidden: true } },
    { name: 'serviceKeys', type: 'text', hasMany: true, index: true, access: readOnlyToEveryone, admin: { hidden: true } },
    {
      name: 'licences',
      type: 'array',
      label: { zh: '证照与保险', en: 'Licences and insurance' },
      labels: { singular: { zh: '证照', en: 'Licence' }, plural: { zh: '证照', en: 'Licences' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'kind', type: 'select', required: true, options: selectOptions(LICENCE_KIND_LABELS), label: { zh: '种类', en: 'Kind' } },
            { name: 'number', type: 'text', required: true, maxLength: 60, label: { zh: '证号或保单号', en: 'Number' } },
            { name: 'validUntil', type: 'text', maxLength: 10, label: { zh: '有效期至', en: 'Valid until' }, validate: optionalDate, admin: { placeholder: '长期有效可不填' } },
          ],
        },
      ],
    },
    {
      name: 'standards',
      type: 'group',
      label: { zh: '服务标准承诺', en: 'Standards accepted' },
      fields: [
        { name: 'accepted', type: 'checkbox', required: true, label: { zh: '已承诺遵守所选类别的服务标准和平台服务规范', en: 'Accepted' } },
        { name: 'acceptedAt', type: 'date', label: { zh: '承诺时间', en: 'Accepted at' }, admin: { readOnly: true } },
      ],
    },
    {
      name: 'contract',
      type: 'group',
      label: { zh: '加盟协议', en: 'Contract' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'number', type: 'text', maxLength: 40, label: { zh: '协议编号', en: 'Number' } },
            { name: 'signedOn', type: 'text', maxLength: 10, label: { zh: '签订日期', en: 'Signed' }, validate: optionalDate },
            { name: 'validUntil', type: 'text', maxLength: 10, label: { zh: '有效期至', en: 'Valid until' }, validate: optionalDate },
          ],
        },
      ],
    },
    {
      name: 'capacity',
      type: 'number',
      required: true,
      defaultValue: 5,
      min: 1,
      max: 500,
      label: { zh: '每个时段最多接单数', en: 'Orders per time slot' },
      admin: { position: 'sidebar', description: { zh: '同一天同一时段（上午、下午、晚上）最多接受的预约数，约满后居民不能再选。', en: 'Bookings per slot.' } },
    },
    { name: 'status', type: 'select', required: true, defaultValue: 'applying', index: true, options: selectOptions(PROVIDER_STATUS_LABELS), label: { zh: '状态', en: 'Status' }, access: readOnlyToEveryone, admin: { position: 'sidebar', readOnly: true } },
    { name: 'statusNote', type: 'textarea', label: { zh: '最近一次处理的说明', en: 'Last note' }, access: readOnlyToEveryone, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'rating',
      type: 'group',
      label: { zh: '居民评价', en: 'Rating' },
      access: readOnlyToEveryone,
      admin: { position: 'sidebar', readOnly: true },
      fields: [
        { name: 'average', type: 'number', index: true, label: { zh: '平均满意度（5分制）', en: 'Average (of 5)' } },
        { name: 'count', type: 'number', defaultValue: 0, label: { zh: '评价数', en: 'Ratings' } },
      ],
    },
    {
      name: 'history',
      type: 'join',
      collection: 'provider-events',
      on: 'provider',
      defaultSort: 'createdAt',
      defaultLimit: 50,
      label: { zh: '审核和处理记录', en: 'History' },
      admin: { allowCreate: false, defaultColumns: ['createdAt', 'actionLabel', 'fromStatus', 'toStatus', 'public', 'actorName', 'note'] },
    },
    // Rotation among providers of equal rating: the one offered longest ago goes first.
    { name: 'lastOfferedAt', type: 'date', index: true, access: readOnlyToEveryone, admin: { hidden: true } },
  ],
}
