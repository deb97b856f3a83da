import type { CollectionConfig } from 'payload'

import { nobody } from '../access'
import { communityStaffInScope } from '../community/access'
import { PLATFORM_ONLY } from '../community/postFields'
import { scopeFromBoard } from '../community/scopeFromBoard'
import { scopePathField } from '../fields/divisionScope'

/**
 * 短信订阅: a signed-in resident's wish to get their community's 居务公开
 * notices by SMS (to the account's phone, from the `community.notice`
 * template). The resident starts and ends it; staff see how many subscribe.
 */
export const BoardSubscriptions: CollectionConfig = {
  slug: 'board-subscriptions',
  labels: { singular: { zh: '居务公开短信订阅', en: 'Notice subscription' }, plural: { zh: '居务公开短信订阅', en: 'Notice subscriptions' } },
  admin: {
    group: { zh: '社区论坛', en: 'Community' },
    defaultColumns: ['board', 'createdAt'],
    description: { zh: '订阅了本社区居务公开短信的居民账号。发布居务公开时向订阅的居民发送短信。', en: 'Residents subscribed to notices by SMS.' },
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['board', 'resident'], unique: true }],
  access: { read: communityStaffInScope, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [scopeFromBoard] },
  fields: [
    { name: 'board', type: 'relationship', relationTo: 'boards', required: true, index: true, label: { zh: '社区论坛', en: 'Board' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'resident', type: 'relationship', relationTo: 'residents', required: true, index: true, label: { zh: '居民账号', en: 'Resident' }, access: PLATFORM_ONLY, admin: { hidden: true } },
    scopePathField,
  ],
}
