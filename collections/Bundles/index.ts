import type { CollectionConfig } from 'payload'

import { catalogueAccess, cityEditors } from '../catalogue/access'
import {
  codeField,
  reviewDueField,
  seedHashField,
  sentencesField,
  summaryField,
  titleField,
} from '../catalogue/fields'
import { PORTAL_PATHS } from '../catalogue/portalPaths'
import { portalUrl } from '../catalogue/portalUrl'
import { catalogueVersions } from '../catalogue/versions'
import { portalRebuildHooks } from '../catalogue/hooks/queuePortalRebuild'
import { applicabilityText } from './form/applicability'
import { applicabilityOf } from './lib/members'

/** "One thing" bundles (一件事): services a resident usually needs together, applied for at once. */
export const Bundles: CollectionConfig = {
  slug: 'bundles',
  labels: {
    singular: { zh: '一件事', en: 'Bundle' },
    plural: { zh: '一件事', en: 'Bundles' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'stage', 'applyAsOneStatus', 'reviewDue', '_status'],
    group: { zh: '服务目录', en: 'Catalogue' },
    description: { zh: '把一个人生节点要办的多个事项组合成“一件事”。', en: 'Services grouped into one life event.' },
    preview: (doc) => portalUrl(PORTAL_PATHS.bundle(String(doc.code))),
  },
  defaultSort: 'code',
  versions: catalogueVersions,
  hooks: portalRebuildHooks,
  access: catalogueAccess(cityEditors),
  fields: [
    codeField(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      { zh: '小写字母、数字和连字符，例如 birth。', en: 'Lower-case letters, digits and hyphens.' },
      '编码只能包含小写字母、数字和连字符',
    ),
    titleField(),
    summaryField,
    {
      name: 'stage',
      type: 'relationship',
      relationTo: 'life-stages',
      required: true,
      label: { zh: '人生阶段', en: 'Life stage' },
    },
    sentencesField('benefits', { zh: '合并办理的好处', en: 'What the resident saves' }, { zh: '好处', en: 'Benefit' }),
    {
      name: 'services',
      type: 'relationship',
      relationTo: 'services',
      hasMany: true,
      required: true,
      minRows: 2,
      label: { zh: '包含的事项', en: 'Services' },
      admin: { description: { zh: '按办理顺序排列。', en: 'In the order they are handled.' } },
    },
    {
      name: 'applyAsOne',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '开通一次申请', en: 'Apply as one' },
      admin: {
        description: {
          zh: '开通后，居民可以在一张表上一次申请全部事项（每个事项仍由各自部门办理）。只有全部事项都在本平台网上申请时才生效。',
          en: 'One form for all its services; only when every service is applied for online here.',
        },
      },
    },
    {
      name: 'applyAsOneStatus',
      type: 'text',
      virtual: true,
      label: { zh: '能否一次申请', en: 'Can be applied for as one' },
      admin: { readOnly: true, description: { zh: '按已发布的办事指南计算，保存后更新。', en: 'From the published guides.' } },
      hooks: {
        afterRead: [
          async ({ req, siblingData }) =>
            siblingData?.services ? applicabilityText(await applicabilityOf(req, { applyAsOne: siblingData.applyAsOne, services: siblingData.services })) : undefined,
        ],
      },
    },
    reviewDueField,
    seedHashField,
  ],
}
