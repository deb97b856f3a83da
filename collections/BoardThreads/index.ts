import type { CollectionConfig, Where } from 'payload'

import { nobody } from '../access'
import { communityStaffInScope, publishedOrStaffInScope, staffInScopeReads } from '../community/access'
import { PLATFORM_ONLY, postFields } from '../community/postFields'
import { scopeFromBoard } from '../community/scopeFromBoard'
import { OFFICIAL_KINDS, PROPOSAL_STATUSES, THREAD_CATEGORIES, THREAD_KINDS } from '../community/words'
import { scopePathField } from '../fields/divisionScope'
import { panelField } from '../fields/panel'
import { selectOptions } from '../fields/selectOptions'
import { boardById } from '../Boards/lookup'
import { sendNotice, stampNotice } from '../BoardSubscriptions/notice'
import { portalUrl } from '../catalogue/portalUrl'
import { PORTAL_PATHS } from '../catalogue/portalPaths'
import { threadConversionEndpoints } from '../community/demands/endpoints'
import { relationId } from '../relations'
import { asOfficialPost } from './hooks/asOfficialPost'

export const BOARD_THREADS = 'board-threads'

/** Longest title, in characters. */
export const TITLE_MAX_LENGTH = 50

/** Staff write 居务公开 in the admin; residents' posts change only through moderation (the community endpoints). */
const officialPostsInScope: NonNullable<CollectionConfig['access']>['update'] = (args) => {
  const scope = communityStaffInScope(args)
  return scope ? ({ and: [scope as Where, { kind: { equals: 'official' } }] } satisfies Where) : false
}

/**
 * 主题帖: a board's threads — residents' posts in six categories, the
 * 居委会's 居务公开 (labelled, pinnable, written here in the admin), and
 * residents' proposals gathering supports towards the 居民议事会. Anyone
 * reads the published ones; community staff read every thread of their
 * subtree. Nothing is deleted: moderation hides a post with its reason.
 */
export const BoardThreads: CollectionConfig = {
  slug: BOARD_THREADS,
  labels: { singular: { zh: '主题帖', en: 'Thread' }, plural: { zh: '主题帖与居务公开', en: 'Threads' } },
  admin: {
    group: { zh: '社区论坛', en: 'Community' },
    useAsTitle: 'title',
    defaultColumns: ['title', 'board', 'kind', 'officialKind', 'pinned', 'status', 'authorName', 'lastActivityAt'],
    // 预览 opens the saved thread on the portal: a proposal on its own page.
    preview: async (doc, { req }) => {
      const board = await boardById(req, relationId(doc.board as Parameters<typeof relationId>[0])!)
      if (!board?.code || !doc.id) return null
      return portalUrl(doc.kind === 'proposal' ? PORTAL_PATHS.communityProposal(board.code, String(doc.id)) : PORTAL_PATHS.communityThread(board.code, String(doc.id)))
    },
    description: {
      zh: '居民在社区论坛发的主题帖、居民提议，以及居委会发布的居务公开。在这里新建的是居务公开（通知、财务、会议结果、公示），可以置顶；居民的帖子只能通过审核操作屏蔽或恢复，不能删除。',
      en: "Residents' threads and proposals, and the committee's official posts.",
    },
  },
  defaultSort: '-lastActivityAt',
  indexes: [{ fields: ['board', 'status', 'pinned', 'lastActivityAt'] }, { fields: ['board', 'status', 'category', 'lastActivityAt'] }, { fields: ['board', 'kind', 'status', 'lastActivityAt'] }],
  access: { read: publishedOrStaffInScope, create: communityStaffInScope, update: officialPostsInScope, delete: nobody },
  hooks: { beforeValidate: [asOfficialPost], beforeChange: [scopeFromBoard, stampNotice], afterChange: [sendNotice] },
  endpoints: threadConversionEndpoints,
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: TITLE_MAX_LENGTH, label: { zh: '标题', en: 'Title' } },
    { name: 'board', type: 'relationship', relationTo: 'boards', required: true, index: true, label: { zh: '社区论坛', en: 'Board' } },
    { name: 'kind', type: 'select', index: true, options: selectOptions(THREAD_KINDS), label: { zh: '类型', en: 'Kind' }, access: PLATFORM_ONLY, admin: { position: 'sidebar', readOnly: true } },
    { name: 'category', type: 'select', index: true, options: selectOptions(THREAD_CATEGORIES), label: { zh: '栏目', en: 'Category' }, access: PLATFORM_ONLY, admin: { readOnly: true, condition: (data) => data?.kind !== 'official' } },
    {
      name: 'officialKind',
      type: 'select',
      options: selectOptions(OFFICIAL_KINDS),
      defaultValue: 'notice',
      label: { zh: '公开类别', en: 'Official kind' },
      validate: (value: unknown, { siblingData }: { siblingData: { kind?: string } }) => (siblingData.kind === 'official' && !value ? '请选择居务公开的类别' : true),
      admin: { condition: (data) => !data?.kind || data.kind === 'official' },
    },
    ...postFields,
    { name: 'pinned', type: 'checkbox', defaultValue: false, index: true, label: { zh: '置顶', en: 'Pinned' }, admin: { position: 'sidebar', condition: (data) => !data?.kind || data.kind === 'official' } },
    { name: 'noticeSentAt', type: 'date', label: { zh: '短信通知订阅居民时间', en: 'Subscribers told' }, access: PLATFORM_ONLY, admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.noticeSentAt) } },
    { name: 'replyCount', type: 'number', defaultValue: 0, min: 0, label: { zh: '回复数', en: 'Replies' }, access: PLATFORM_ONLY, admin: { position: 'sidebar', readOnly: true } },
    { name: 'lastActivityAt', type: 'date', index: true, label: { zh: '最后回复时间', en: 'Last activity' }, access: PLATFORM_ONLY, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'proposal',
      type: 'group',
      label: { zh: '提议', en: 'Proposal' },
      access: PLATFORM_ONLY,
      admin: { readOnly: true, condition: (data) => data?.kind === 'proposal' },
      fields: [
        { name: 'status', type: 'select', index: true, options: selectOptions(PROPOSAL_STATUSES), label: { zh: '进展', en: 'Status' } },
        { name: 'supports', type: 'number', defaultValue: 0, min: 0, label: { zh: '支持人数', en: 'Supports' } },
        { name: 'threshold', type: 'number', label: { zh: '上会所需支持人数', en: 'Threshold' } },
        { name: 'reachedAt', type: 'date', label: { zh: '达到人数时间', en: 'Threshold reached' } },
        { name: 'meeting', type: 'relationship', relationTo: 'council-meetings', label: { zh: '列入的议事会', en: 'Meeting' } },
        { name: 'answer', type: 'textarea', label: { zh: '答复', en: 'Answer' } },
        { name: 'answeredAt', type: 'date', label: { zh: '答复时间', en: 'Answered' } },
        { name: 'answeredBy', type: 'relationship', relationTo: 'users', label: { zh: '答复人', en: 'Answered by' }, access: { read: staffInScopeReads } },
      ],
    },
    panelField('proposalActions', '/collections/BoardThreads/components/ProposalActions#ProposalActions'),
    panelField('convert', '/collections/community/demands/components/ConvertThread#ConvertThread', 'sidebar'),
    { name: 'ticket', type: 'relationship', relationTo: 'tickets', label: { zh: '转办的12345工单', en: 'Work order' }, access: PLATFORM_ONLY, admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.ticket) } },
    { name: 'demand', type: 'relationship', relationTo: 'demands', label: { zh: '登记的诉求', en: 'Demand' }, access: PLATFORM_ONLY, admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.demand) } },
    scopePathField,
  ],
}
