import type { CollectionConfig } from 'payload'

import { catalogueAccess, editorsInScope } from '../catalogue/access'
import { codeField, seedHashField } from '../catalogue/fields'
import { PORTAL_PATHS } from '../catalogue/portalPaths'
import { portalUrl } from '../catalogue/portalUrl'
import { portalRebuildHooks } from '../catalogue/hooks/queuePortalRebuild'
import { catalogueVersions } from '../catalogue/versions'
import { divisionScopeFields, setScopeFromDivision } from '../fields/divisionScope'
import { SERVICE_CODE } from '../Services/options'
import { keepListedServices } from './hooks/keepListedServices'

/** The service halls where residents go in person: district centres and street centres. */
export const ServiceCentres: CollectionConfig = {
  slug: 'service-centres',
  labels: {
    singular: { zh: '服务中心', en: 'Service centre' },
    plural: { zh: '服务中心', en: 'Service centres' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'division', 'phone', '_status'],
    listSearchableFields: ['name', 'address', 'code'],
    group: { zh: '服务目录', en: 'Catalogue' },
    description: { zh: '居民现场办事的政务服务中心和街道便民服务中心。', en: 'Where residents go in person.' },
    preview: (doc) => portalUrl(PORTAL_PATHS.centre(String(doc.code))),
  },
  defaultSort: 'code',
  versions: catalogueVersions,
  access: catalogueAccess(editorsInScope),
  hooks: { beforeChange: [setScopeFromDivision, keepListedServices], ...portalRebuildHooks },
  fields: [
    codeField(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      { zh: '小写字母、数字和连字符，例如 jinshui-district。', en: 'Lower-case letters, digits and hyphens.' },
      '编码只能包含小写字母、数字和连字符',
    ),
    { name: 'name', type: 'text', required: true, label: { zh: '名称', en: 'Name' } },
    ...divisionScopeFields({
      label: { zh: '所在区划', en: 'Division' },
      description: { zh: '区级中心选择所在区，街道中心选择所在街道。', en: 'The district or street the centre serves.' },
    }),
    { name: 'address', type: 'text', required: true, label: { zh: '地址', en: 'Address' } },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', required: true, label: { zh: '咨询电话', en: 'Phone' } },
        { name: 'hours', type: 'text', required: true, label: { zh: '办公时间', en: 'Opening hours' } },
      ],
    },
    { name: 'transport', type: 'textarea', required: true, label: { zh: '交通指引', en: 'Getting there' } },
    {
      name: 'accessibility',
      type: 'textarea',
      required: true,
      label: { zh: '无障碍和适老服务', en: 'Accessibility' },
    },
    {
      type: 'row',
      fields: [
        { name: 'latitude', type: 'number', required: true, min: -90, max: 90, label: { zh: '纬度', en: 'Latitude' } },
        { name: 'longitude', type: 'number', required: true, min: -180, max: 180, label: { zh: '经度', en: 'Longitude' } },
      ],
    },
    {
      name: 'services',
      type: 'text',
      hasMany: true,
      label: { zh: '可办理的事项', en: 'Services handled' },
      admin: {
        description: {
          zh: '本中心实际受理的事项编码。办事指南只能把办理这件事的中心列为办理地点，发布时会核对。',
          en: 'Codes of the services this centre handles; a guide may list only centres that handle it.',
        },
      },
      validate: (value: null | string[] | undefined) =>
        (value ?? []).every((code) => SERVICE_CODE.test(code)) || '可办理的事项应为6位事项编码',
    },
    seedHashField,
  ],
}
