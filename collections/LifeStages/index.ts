import type { CollectionConfig } from 'payload'

import { catalogueAccess, cityEditors } from '../catalogue/access'
import { codeField, orderField, seedHashField, summaryField, titleField } from '../catalogue/fields'
import { PORTAL_PATHS } from '../catalogue/portalPaths'
import { portalUrl } from '../catalogue/portalUrl'
import { catalogueVersions } from '../catalogue/versions'
import { STAGE_CODE } from '../Services/options'
import { portalRebuildHooks } from '../catalogue/hooks/queuePortalRebuild'

/** The 16 life stages residents browse by: the top of the catalogue. */
export const LifeStages: CollectionConfig = {
  slug: 'life-stages',
  labels: {
    singular: { zh: '人生阶段', en: 'Life stage' },
    plural: { zh: '人生阶段', en: 'Life stages' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'code', 'order', '_status'],
    group: { zh: '服务目录', en: 'Catalogue' },
    description: { zh: '按居民的人生阶段组织服务目录的16个大类。', en: 'The 16 life stages of the catalogue.' },
    preview: (doc) => portalUrl(PORTAL_PATHS.stage(String(doc.slug))),
  },
  defaultSort: 'order',
  versions: catalogueVersions,
  hooks: portalRebuildHooks,
  access: catalogueAccess(cityEditors),
  fields: [
    codeField(STAGE_CODE, { zh: '2位数字，例如 01。', en: 'Two digits, e.g. 01.' }, '人生阶段编码应为2位数字'),
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      label: { zh: '网址名', en: 'URL slug' },
      admin: { description: { zh: '门户网址中使用，例如 birth。', en: 'Used in the portal URL, e.g. birth.' } },
      validate: (value: null | string | undefined) =>
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value ?? '') || '网址名只能包含小写字母、数字和连字符',
    },
    titleField(),
    summaryField,
    {
      name: 'icon',
      type: 'text',
      required: true,
      label: { zh: '图标', en: 'Icon' },
      admin: { description: { zh: '门户使用的图标名称。', en: 'Icon name used by the portal.' } },
    },
    orderField,
    seedHashField,
  ],
}
