import type { CollectionConfig } from 'payload'

import { nobody } from '../access'
import { communityStaffInScope } from '../community/access'
import { PLATFORM_ONLY } from '../community/postFields'
import { scopeFromBoard } from '../community/scopeFromBoard'
import { REPORT_REASONS, REPORT_STATUSES } from '../community/words'
import { scopePathField } from '../fields/divisionScope'
import { selectOptions } from '../fields/selectOptions'

export const BOARD_REPORTS = 'board-reports'

/**
 * 举报: a signed-in resident's report of a thread or reply, with a reason.
 * The board's staff handle it in the moderation queue; the outcome is told
 * to the reporter (网络信息内容生态治理规定). Written by the community
 * endpoints; staff read those of their subtree.
 */
export const BoardReports: CollectionConfig = {
  slug: BOARD_REPORTS,
  labels: { singular: { zh: '举报', en: 'Report' }, plural: { zh: '举报', en: 'Reports' } },
  admin: {
    group: { zh: '社区论坛', en: 'Community' },
    useAsTitle: 'reasonLabel',
    defaultColumns: ['createdAt', 'reasonLabel', 'thread', 'reply', 'status', 'handledAt'],
    description: { zh: '居民对帖子和回复的举报。处理结果会告知举报人。', en: "Residents' reports of posts." },
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['status', 'createdAt'] }],
  access: { read: communityStaffInScope, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [scopeFromBoard] },
  fields: [
    { name: 'board', type: 'relationship', relationTo: 'boards', required: true, index: true, label: { zh: '社区论坛', en: 'Board' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'thread', type: 'relationship', relationTo: 'board-threads', required: true, index: true, label: { zh: '主题帖', en: 'Thread' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'reply', type: 'relationship', relationTo: 'board-replies', index: true, label: { zh: '被举报的回复', en: 'Reply' }, access: PLATFORM_ONLY, admin: { readOnly: true, condition: (data) => Boolean(data?.reply) } },
    { name: 'reason', type: 'select', required: true, options: selectOptions(REPORT_REASONS), label: { zh: '举报理由', en: 'Reason' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'reasonLabel', type: 'text', label: { zh: '举报理由', en: 'Reason' }, access: PLATFORM_ONLY, admin: { hidden: true } },
    { name: 'details', type: 'textarea', maxLength: 500, label: { zh: '补充说明', en: 'Details' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'reporter', type: 'relationship', relationTo: 'residents', required: true, index: true, label: { zh: '举报人账号', en: 'Reporter' }, access: PLATFORM_ONLY, admin: { hidden: true } },
    { name: 'status', type: 'select', required: true, defaultValue: 'pending', index: true, options: selectOptions(REPORT_STATUSES), label: { zh: '处理状态', en: 'Status' }, access: PLATFORM_ONLY, admin: { position: 'sidebar', readOnly: true } },
    { name: 'outcome', type: 'textarea', label: { zh: '处理结果（告知举报人）', en: 'Outcome' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'handledAt', type: 'date', index: true, label: { zh: '处理时间', en: 'Handled' }, access: PLATFORM_ONLY, admin: { position: 'sidebar', readOnly: true } },
    { name: 'handledBy', type: 'relationship', relationTo: 'users', label: { zh: '处理人', en: 'Handled by' }, access: PLATFORM_ONLY, admin: { position: 'sidebar', readOnly: true } },
    scopePathField,
  ],
}
