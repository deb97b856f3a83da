import type { CollectionConfig } from 'payload'

import { nobody } from '../access'
import { communityStaffInScope } from '../community/access'
import { PLATFORM_ONLY } from '../community/postFields'
import { scopeFromBoard } from '../community/scopeFromBoard'
import { SUPPORT_CHANNELS } from '../community/words'
import { scopePathField } from '../fields/divisionScope'
import { selectOptions } from '../fields/selectOptions'

export const PROPOSAL_SUPPORTS = 'proposal-supports'

/**
 * 支持: one verified resident's support of a proposal — one per person,
 * whether given online or entered by staff from a paper signature or a
 * call (recorded as such), so residents without smartphones count. The
 * person is held by a keyed hash of the ID number (unique per proposal).
 */
export const ProposalSupports: CollectionConfig = {
  slug: PROPOSAL_SUPPORTS,
  labels: { singular: { zh: '提议支持', en: 'Support' }, plural: { zh: '提议支持', en: 'Supports' } },
  admin: {
    group: { zh: '社区论坛', en: 'Community' },
    useAsTitle: 'channel',
    defaultColumns: ['thread', 'channel', 'createdAt'],
    description: { zh: '居民对提议的支持，每人每个提议一次。线下签名和电话表示的支持由社区工作者录入并注明。', en: 'One support per resident per proposal.' },
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['thread', 'personKey'], unique: true }],
  access: { read: communityStaffInScope, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [scopeFromBoard] },
  fields: [
    { name: 'thread', type: 'relationship', relationTo: 'board-threads', required: true, index: true, label: { zh: '提议', en: 'Proposal' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'board', type: 'relationship', relationTo: 'boards', required: true, label: { zh: '社区论坛', en: 'Board' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'channel', type: 'select', required: true, options: selectOptions(SUPPORT_CHANNELS), label: { zh: '方式', en: 'Channel' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'member', type: 'relationship', relationTo: 'board-members', label: { zh: '论坛成员', en: 'Member' }, access: PLATFORM_ONLY, admin: { readOnly: true, condition: (data) => Boolean(data?.member) } },
    { name: 'person', type: 'relationship', relationTo: 'persons', label: { zh: '人口库人员', en: 'Person' }, access: PLATFORM_ONLY, admin: { readOnly: true, condition: (data) => Boolean(data?.person) } },
    { name: 'personKey', type: 'text', required: true, hidden: true, access: PLATFORM_ONLY },
    { name: 'recordedBy', type: 'relationship', relationTo: 'users', label: { zh: '录入人', en: 'Recorded by' }, access: PLATFORM_ONLY, admin: { readOnly: true, condition: (data) => Boolean(data?.recordedBy) } },
    scopePathField,
  ],
}
