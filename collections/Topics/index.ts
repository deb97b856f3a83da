import type { CollectionConfig } from 'payload'

import { catalogueAccess, cityEditors } from '../catalogue/access'
import { codeField, orderField, seedHashField, summaryField, titleField } from '../catalogue/fields'
import { PORTAL_PATHS } from '../catalogue/portalPaths'
import { portalUrl } from '../catalogue/portalUrl'
import { catalogueVersions } from '../catalogue/versions'
import { TOPIC_CODE } from '../Services/options'
import { portalRebuildHooks } from '../catalogue/hooks/queuePortalRebuild'

/** The 100 topics (subcategories), each inside one life stage. */
export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: {
    singular: { zh: '主题', en: 'Topic' },
    plural: { zh: '主题', en: 'Topics' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'code', 'stage', '_status'],
    listSearchableFields: ['title', 'code'],
    group: { zh: '服务目录', en: 'Catalogue' },
    description: { zh: '人生阶段下的小类，每个主题属于一个人生阶段。', en: 'Subcategories, each in one life stage.' },
    preview: (doc) => portalUrl(PORTAL_PATHS.topic(String(doc.code))),
  },
  defaultSort: 'code',
  versions: catalogueVersions,
  hooks: portalRebuildHooks,
  access: catalogueAccess(cityEditors),
  fields: [
    codeField(
      TOPIC_CODE,
      { zh: '4位数字：人生阶段编码加2位序号，例如 0103。', en: 'Stage code plus two digits, e.g. 0103.' },
      '主题编码应为4位数字',
    ),
    titleField(),
    {
      name: 'stage',
      type: 'relationship',
      relationTo: 'life-stages',
      required: true,
      index: true,
      label: { zh: '人生阶段', en: 'Life stage' },
    },
    summaryField,
    orderField,
    seedHashField,
  ],
}
