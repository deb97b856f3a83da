import type { CollectionConfig, Field } from 'payload'

import { nobody } from '../access'
import { caseScopeFields } from '../Applications/fields'
import { guideDepartmentEditors } from '../GuideCorrections/access'

/** What residents' feedback on a guide is filed under: the guide and the day (in China), never the person. */
export const guideDayFields: Field[] = [
  { name: 'guide', type: 'relationship', relationTo: 'services', required: true, index: true, label: { zh: '办事指南', en: 'Guide' } },
  { name: 'guideTitle', type: 'text', required: true, label: { zh: '指南名称', en: 'Guide title' } },
  { name: 'day', type: 'text', required: true, index: true, label: { zh: '日期', en: 'Day' } },
]

/**
 * 这个页面对您有帮助吗: how many residents answered yes and no, per guide
 * per day (endpoints/helpful.ts counts; nothing about who). The guide's
 * department editors read the figures; nobody writes them by hand.
 */
export const GuideFeedback: CollectionConfig = {
  slug: 'guide-feedback',
  labels: {
    singular: { zh: '指南有用性反馈', en: 'Guide helpfulness' },
    plural: { zh: '指南有用性反馈', en: 'Guide helpfulness' },
  },
  admin: {
    group: { zh: '服务目录', en: 'Catalogue' },
    useAsTitle: 'guideTitle',
    defaultColumns: ['day', 'guideTitle', 'helpful', 'notHelpful'],
    description: {
      zh: '居民在指南页面回答“这个页面对您有帮助吗？”的次数，每份指南每天一行，不记录回答人的任何信息。',
      en: 'Yes/no answers per guide per day; nothing about who answered.',
    },
  },
  defaultSort: '-day',
  access: { read: guideDepartmentEditors, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['guide', 'day'], unique: true }],
  fields: [
    ...guideDayFields,
    {
      type: 'row',
      fields: [
        { name: 'helpful', type: 'number', required: true, defaultValue: 0, label: { zh: '有帮助', en: 'Helpful' } },
        { name: 'notHelpful', type: 'number', required: true, defaultValue: 0, label: { zh: '没有帮助', en: 'Not helpful' } },
      ],
    },
    ...caseScopeFields,
  ],
}
