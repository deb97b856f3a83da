import type { CollectionConfig } from 'payload'

import { nobody } from '../access'
import { publishedOrStaffInScope } from '../community/access'
import { PLATFORM_ONLY, postFields } from '../community/postFields'
import { scopeFromBoard } from '../community/scopeFromBoard'
import { scopePathField } from '../fields/divisionScope'

export const BOARD_REPLIES = 'board-replies'

/**
 * 回复: the replies under a thread, numbered by floor (楼层) as residents
 * quote them. Written by the community endpoints (residents, and staff
 * answering as the 居委会); anyone reads the published ones; nothing is
 * deleted.
 */
export const BoardReplies: CollectionConfig = {
  slug: BOARD_REPLIES,
  labels: { singular: { zh: '回复', en: 'Reply' }, plural: { zh: '回复', en: 'Replies' } },
  admin: {
    group: { zh: '社区论坛', en: 'Community' },
    useAsTitle: 'body',
    defaultColumns: ['thread', 'floor', 'authorName', 'status', 'createdAt'],
    description: { zh: '主题帖下的回复，按楼层编号。只能通过审核操作屏蔽或恢复，不能删除。', en: 'Replies under threads.' },
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['thread', 'status', 'floor'] }, { fields: ['thread', 'floor'], unique: true }],
  access: { read: publishedOrStaffInScope, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [scopeFromBoard] },
  fields: [
    { name: 'thread', type: 'relationship', relationTo: 'board-threads', required: true, index: true, label: { zh: '主题帖', en: 'Thread' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'board', type: 'relationship', relationTo: 'boards', required: true, label: { zh: '社区论坛', en: 'Board' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'floor', type: 'number', required: true, min: 1, label: { zh: '楼层', en: 'Floor' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    ...postFields,
    scopePathField,
  ],
}
