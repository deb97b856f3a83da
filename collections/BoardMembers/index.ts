import type { CollectionConfig, Field } from 'payload'

import { nobody } from '../access'
import { communityStaffInScope } from '../community/access'
import { PLATFORM_ONLY } from '../community/postFields'
import { scopeFromBoard } from '../community/scopeFromBoard'
import { MEMBER_STATUSES, MEMBER_VERIFICATIONS } from '../community/words'
import { scopePathField } from '../fields/divisionScope'
import { panelField } from '../fields/panel'
import { selectOptions } from '../fields/selectOptions'

export const BOARD_MEMBERS = 'board-members'

/** A nickname as shown on posts: 2 to 16 characters. */
export const NICKNAME_LENGTH = { min: 2, max: 16 } as const

const hiddenKey = (name: string): Field => ({ name, type: 'text', index: true, hidden: true, access: PLATFORM_ONLY })

/**
 * 论坛成员: a resident's standing on their community's board (后台实名、前台自愿).
 * The identity stays behind: the resident's real name was checked against the
 * population base (or confirmed by the 居委会), and the public sees only the
 * nickname. Keyed hashes of the account's phone and ID number let the
 * blacklist (board-blacklist) refuse the same person under a new account.
 * Written by the community endpoints; staff read the members of their subtree.
 */
export const BoardMembers: CollectionConfig = {
  slug: BOARD_MEMBERS,
  labels: { singular: { zh: '论坛成员', en: 'Board member' }, plural: { zh: '论坛成员', en: 'Board members' } },
  admin: {
    group: { zh: '社区论坛', en: 'Community' },
    useAsTitle: 'nickname',
    defaultColumns: ['nickname', 'board', 'verification', 'status', 'credit.score', 'createdAt'],
    description: {
      zh: '在社区论坛发言的居民：后台实名、前台显示昵称。实名经人口库核验或由居委会确认；发言前须同意论坛公约。',
      en: 'Residents who may post, by nickname; identity checked behind the scenes.',
    },
  },
  defaultSort: '-createdAt',
  access: { read: communityStaffInScope, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [scopeFromBoard] },
  fields: [
    { name: 'nickname', type: 'text', required: true, unique: true, minLength: NICKNAME_LENGTH.min, maxLength: NICKNAME_LENGTH.max, label: { zh: '昵称', en: 'Nickname' } },
    { name: 'resident', type: 'relationship', relationTo: 'residents', required: true, unique: true, index: true, label: { zh: '居民账号', en: 'Resident account' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'board', type: 'relationship', relationTo: 'boards', required: true, index: true, label: { zh: '所在社区论坛', en: 'Community board' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'verification', type: 'select', required: true, options: selectOptions(MEMBER_VERIFICATIONS), label: { zh: '实名与居住核验', en: 'Verified by' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'confirmedBy', type: 'relationship', relationTo: 'users', label: { zh: '确认的工作人员', en: 'Confirmed by' }, access: PLATFORM_ONLY, admin: { readOnly: true, condition: (data) => data?.verification === 'committee' } },
    {
      name: 'pledge',
      type: 'group',
      label: { zh: '论坛公约', en: 'Pledge' },
      access: PLATFORM_ONLY,
      admin: { readOnly: true },
      fields: [
        { name: 'acceptedAt', type: 'date', label: { zh: '同意时间', en: 'Accepted' } },
        { name: 'version', type: 'text', label: { zh: '公约版本', en: 'Version' } },
      ],
    },
    {
      name: 'credit',
      type: 'group',
      label: { zh: '信用', en: 'Credit' },
      access: PLATFORM_ONLY,
      admin: { readOnly: true },
      fields: [{ name: 'score', type: 'number', defaultValue: 100, min: 0, max: 100, label: { zh: '信用分', en: 'Score' } }],
    },
    { name: 'status', type: 'select', defaultValue: 'active', index: true, options: selectOptions(MEMBER_STATUSES), label: { zh: '状态', en: 'Status' }, access: PLATFORM_ONLY, admin: { position: 'sidebar', readOnly: true } },
    panelField('decision', '/collections/BoardMembers/components/MemberDecision#MemberDecision', 'sidebar'),
    { name: 'mutedUntil', type: 'date', label: { zh: '禁言至', en: 'Muted until' }, access: PLATFORM_ONLY, admin: { position: 'sidebar', readOnly: true, condition: (data) => data?.status === 'muted' } },
    hiddenKey('phoneKey'),
    hiddenKey('idKey'),
    scopePathField,
  ],
}
