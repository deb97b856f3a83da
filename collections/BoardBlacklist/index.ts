import type { CollectionConfig } from 'payload'

import { nobody } from '../access'
import { communityStaffInScope } from '../community/access'
import { PLATFORM_ONLY } from '../community/postFields'
import { scopeFromBoard } from '../community/scopeFromBoard'
import { scopePathField } from '../fields/divisionScope'

export const BOARD_BLACKLIST = 'board-blacklist'

/**
 * 黑名单 (互联网跟帖评论服务管理规定): a person barred from posting, held by
 * keyed hashes of their phone and ID number rather than by account, so a
 * new account with the same phone or ID number is refused too. Entries are
 * lifted, never deleted. Written by the moderation endpoints, audited.
 */
export const BoardBlacklist: CollectionConfig = {
  slug: BOARD_BLACKLIST,
  labels: { singular: { zh: '黑名单', en: 'Blacklist entry' }, plural: { zh: '论坛黑名单', en: 'Blacklist' } },
  admin: {
    group: { zh: '社区论坛', en: 'Community' },
    useAsTitle: 'nickname',
    defaultColumns: ['nickname', 'board', 'reason', 'until', 'createdAt', 'liftedAt'],
    description: { zh: '被禁止在社区论坛发言的人员。按手机号和身份证号识别，换账号重新注册同样不能发言。', en: 'Barred posters, by phone and ID number.' },
  },
  defaultSort: '-createdAt',
  access: { read: communityStaffInScope, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [scopeFromBoard] },
  fields: [
    { name: 'board', type: 'relationship', relationTo: 'boards', required: true, label: { zh: '列入时所在论坛', en: 'Board' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'member', type: 'relationship', relationTo: 'board-members', label: { zh: '论坛成员', en: 'Member' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'nickname', type: 'text', label: { zh: '列入时的昵称', en: 'Nickname' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'phoneKey', type: 'text', index: true, hidden: true, access: PLATFORM_ONLY },
    { name: 'idKey', type: 'text', index: true, hidden: true, access: PLATFORM_ONLY },
    { name: 'reason', type: 'textarea', required: true, label: { zh: '理由', en: 'Reason' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'until', type: 'date', label: { zh: '期限至（空为长期）', en: 'Until' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'addedBy', type: 'relationship', relationTo: 'users', label: { zh: '列入人', en: 'Added by' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'liftedAt', type: 'date', label: { zh: '解除时间', en: 'Lifted' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'liftedBy', type: 'relationship', relationTo: 'users', label: { zh: '解除人', en: 'Lifted by' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'liftReason', type: 'textarea', label: { zh: '解除理由', en: 'Lift reason' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    scopePathField,
  ],
}
