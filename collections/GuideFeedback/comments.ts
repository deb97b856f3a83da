import type { CollectionConfig } from 'payload'

import { nobody } from '../access'
import { caseScopeFields } from '../Applications/fields'
import { registerGuideCommentDemandHook } from '../Demands/hooks'
import { guideDepartmentEditors } from '../GuideCorrections/access'
import { guideDayFields } from './index'

/** The most a comment may hold: a hint for the editors, not a letter. */
export const COMMENT_MAX_LENGTH = 200

/**
 * What residents who found a guide unhelpful said was missing (optional,
 * with 没有帮助): the guide, the day and the words, nothing about who. Read
 * by the guide's department editors, like the figures; each comment is also
 * registered as a demand (诉求登记) in the same transaction.
 */
export const GuideComments: CollectionConfig = {
  slug: 'guide-comments',
  labels: {
    singular: { zh: '指南意见', en: 'Guide comment' },
    plural: { zh: '指南意见', en: 'Guide comments' },
  },
  admin: {
    group: { zh: '服务目录', en: 'Catalogue' },
    useAsTitle: 'guideTitle',
    defaultColumns: ['day', 'guideTitle', 'comment'],
    description: { zh: '居民认为指南“没有帮助”时留下的意见，不记录留言人的任何信息。', en: 'What residents said was missing; nothing about who.' },
  },
  defaultSort: '-day',
  timestamps: false,
  access: { read: guideDepartmentEditors, create: nobody, update: nobody, delete: nobody },
  hooks: { afterChange: [registerGuideCommentDemandHook] },
  fields: [
    ...guideDayFields,
    { name: 'comment', type: 'textarea', required: true, maxLength: COMMENT_MAX_LENGTH, label: { zh: '意见', en: 'Comment' } },
    ...caseScopeFields,
  ],
}
