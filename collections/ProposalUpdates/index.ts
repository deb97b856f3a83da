import type { Access, CollectionConfig, Where } from 'payload'

import { nobody } from '../access'
import { communityStaffInScope } from '../community/access'
import { PLATFORM_ONLY, PLATFORM_SET_STAFF_READ } from '../community/postFields'
import { scopeFromBoard } from '../community/scopeFromBoard'
import { PROPOSAL_STATUSES } from '../community/words'
import { scopePathField } from '../fields/divisionScope'
import { selectOptions } from '../fields/selectOptions'
import { appendOnlyHooks } from '../hooks/appendOnly'

const appendOnly = appendOnlyHooks('提议进展记录只能新增，不能修改或删除')

/**
 * 提议进展: a proposal's public timeline — supports reaching the threshold,
 * the 居民议事会 agenda, the official answer (采纳/不采纳/研究中) with its
 * reasons, and each step of carrying out an adopted proposal. Append-only,
 * public: residents follow a decision to its result.
 */
/** The timelines of published proposals for everyone (one hidden later takes its timeline along); every entry of their subtree for community staff. */
const timelineReaders: Access = (args) => {
  const published: Where = { 'thread.status': { equals: 'published' } }
  const staff = communityStaffInScope(args)
  return staff ? { or: [published, staff as Where] } : published
}

export const ProposalUpdates: CollectionConfig = {
  slug: 'proposal-updates',
  labels: { singular: { zh: '提议进展', en: 'Proposal update' }, plural: { zh: '提议进展', en: 'Proposal updates' } },
  admin: {
    group: { zh: '社区论坛', en: 'Community' },
    useAsTitle: 'statusLabel',
    defaultColumns: ['createdAt', 'thread', 'statusLabel', 'note', 'actorName'],
    description: { zh: '居民提议从征集支持到答复、落实的每一步，在门户公开，只能新增。', en: 'Append-only, public.' },
  },
  defaultSort: '-createdAt',
  access: { read: timelineReaders, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [...appendOnly.beforeChange, scopeFromBoard], beforeDelete: appendOnly.beforeDelete },
  fields: [
    { name: 'thread', type: 'relationship', relationTo: 'board-threads', required: true, index: true, label: { zh: '提议', en: 'Proposal' }, access: PLATFORM_ONLY },
    { name: 'board', type: 'relationship', relationTo: 'boards', required: true, label: { zh: '社区论坛', en: 'Board' }, access: PLATFORM_ONLY },
    { name: 'status', type: 'select', required: true, options: selectOptions(PROPOSAL_STATUSES), label: { zh: '进展', en: 'Status' }, access: PLATFORM_ONLY },
    { name: 'statusLabel', type: 'text', label: { zh: '进展', en: 'Status' }, access: PLATFORM_ONLY, admin: { hidden: true } },
    { name: 'note', type: 'textarea', maxLength: 2000, label: { zh: '说明', en: 'Note' }, access: PLATFORM_ONLY },
    { name: 'actorName', type: 'text', label: { zh: '记录人', en: 'By' }, access: PLATFORM_ONLY },
    // Public entries are signed by the 居委会; which staff member wrote one is for staff.
    { name: 'actor', type: 'relationship', relationTo: 'users', access: PLATFORM_SET_STAFF_READ, admin: { hidden: true } },
    scopePathField,
  ],
}
