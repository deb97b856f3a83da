import type { CollectionConfig, Field } from 'payload'

import { scopeWhere } from '../access'
import { reviewDueField } from '../catalogue/fields'
import { catalogueVersions } from '../catalogue/versions'
import { scopePathField } from '../fields/divisionScope'
import { selectOptions } from '../fields/selectOptions'
import { workflowOnly } from '../Tickets/fields'
import { knowledgeEditors, knowledgeReaders, knowledgeVersionReaders } from './access'
import { knowledgeEndpoints } from './endpoints'
import { checkValidity, deriveAreasAndKey, keepUseCount } from './hooks'
import { KNOWLEDGE_KIND_LABELS } from './kinds'

/** How long a new entry stands before an editor must check it again. */
const REVIEW_AFTER_DAYS = 180

/** Kept by the hooks from the areas and the text, for the desk's search and area rule; never typed. */
const derived = { access: workflowOnly, admin: { hidden: true } }

/**
 * 热线知识库: what agents answer from besides the guides — notices (停水停电)
 * for an area and a period, policy answers, local facts. Staff-only: never
 * in the portal or its search index. Drafts and history as the catalogue
 * keeps them; found at the desk by the portal's Chinese search rules
 * (search.ts) for the desk's own area (access.ts).
 */
export const KnowledgeEntries: CollectionConfig = {
  slug: 'knowledge-entries',
  labels: {
    singular: { zh: '知识条目', en: 'Knowledge entry' },
    plural: { zh: '热线知识库', en: 'Hotline knowledge base' },
  },
  admin: {
    useAsTitle: 'title',
    group: { zh: '热线', en: 'Hotline' },
    defaultColumns: ['title', 'kind', 'validTo', 'useCount', 'reviewDue', '_status'],
    listSearchableFields: ['title', 'questions', 'keywords'],
    description: {
      zh: '坐席在坐席台与办事指南一起查到的通知公告、政策解答和本地信息。只供工作人员使用，不在门户公开。过了有效期的条目坐席台不再显示。',
      en: 'Notices, policy answers and local facts the hotline desk finds beside the guides. Staff only.',
    },
    components: { beforeListTable: ['/collections/KnowledgeEntries/components/ReviewDueNotice#ReviewDueNotice'] },
  },
  defaultSort: '-useCount',
  versions: catalogueVersions,
  access: { read: knowledgeReaders, readVersions: knowledgeVersionReaders, create: knowledgeEditors, update: knowledgeEditors, delete: knowledgeEditors },
  endpoints: knowledgeEndpoints,
  hooks: { beforeChange: [checkValidity, deriveAreasAndKey, keepUseCount] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, defaultValue: 'policy', index: true, options: selectOptions(KNOWLEDGE_KIND_LABELS), label: { zh: '类别', en: 'Kind' } },
        {
          name: 'topic',
          type: 'relationship',
          relationTo: 'topics',
          index: true,
          label: { zh: '所属主题', en: 'Topic' },
        },
      ],
    },
    { name: 'title', type: 'text', required: true, maxLength: 100, label: { zh: '标题', en: 'Title' } },
    {
      name: 'questions',
      type: 'text',
      hasMany: true,
      maxLength: 100,
      label: { zh: '来电人常见问法', en: 'How callers ask' },
      admin: { description: { zh: '来电人怎么问这件事，例如“什么时候来水”。每个问法输入后按回车。', en: 'The ways callers ask, one per entry.' } },
    },
    { name: 'answer', type: 'textarea', required: true, maxLength: 4000, label: { zh: '答复口径', en: 'Answer' } },
    {
      type: 'row',
      fields: [
        { name: 'source', type: 'text', maxLength: 200, label: { zh: '信息来源', en: 'Source' }, admin: { description: { zh: '例如：市自来水公司停水公告', en: 'Where the information comes from.' } } },
        { name: 'department', type: 'relationship', relationTo: 'departments', label: { zh: '负责部门', en: 'Department' } },
      ],
    },
    {
      name: 'keywords',
      type: 'text',
      hasMany: true,
      maxLength: 50,
      label: { zh: '关键词', en: 'Keywords' },
      admin: { description: { zh: '坐席可能搜索的词，例如“停水”。拼音和首字母会自动加上。', en: 'Words agents may search by; pinyin is added.' } },
    },
    {
      name: 'areas',
      type: 'relationship',
      relationTo: 'divisions',
      hasMany: true,
      required: true,
      label: { zh: '适用区域', en: 'Areas' },
      filterOptions: ({ user }) => (user ? scopeWhere(user) : true),
      admin: {
        description: {
          zh: '这条信息适用的区划。选某个街道，只有覆盖这个街道的坐席能看到；选全市，所有坐席都能看到。',
          en: 'The divisions it applies to: desks covering them see it; the city for everyone.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'validFrom', type: 'date', index: true, label: { zh: '有效期自', en: 'Valid from' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        {
          name: 'validTo',
          type: 'date',
          index: true,
          label: { zh: '有效期至', en: 'Valid to' },
          admin: {
            date: { pickerAppearance: 'dayAndTime' },
            description: { zh: '过了这个时间，坐席台不再显示这条信息。停水停电等通知请务必填写。', en: 'After this the desk no longer shows it.' },
          },
        },
      ],
    },
    { ...reviewDueField, defaultValue: () => new Date(Date.now() + REVIEW_AFTER_DAYS * 86_400_000).toISOString() } as Field,
    {
      name: 'useCount',
      type: 'number',
      defaultValue: 0,
      index: true,
      access: workflowOnly,
      label: { zh: '使用次数', en: 'Times used' },
      admin: { readOnly: true, position: 'sidebar', description: { zh: '坐席在坐席台点“用此条答复”的次数。', en: 'How often agents answered with it.' } },
    },
    {
      name: 'fromTicket',
      type: 'relationship',
      relationTo: 'tickets',
      access: workflowOnly,
      label: { zh: '来自工单的答复', en: 'From the reply of' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    scopePathField,
    { name: 'areaKey', type: 'text', ...derived },
    { name: 'searchKey', type: 'textarea', ...derived },
  ],
}
