import type { Field, FieldAccess } from 'payload'

import { selectOptions } from '../fields/selectOptions'
import { staffInScopeReads } from './access'
import { POST_STATUSES } from './words'

/** Set by the platform (the community endpoints, moderation), never through the API. */
const refused: FieldAccess = () => false
export const PLATFORM_ONLY = { create: refused, update: refused }

/** Set by the platform, and read only by the community's staff. */
export const PLATFORM_SET_STAFF_READ = { ...PLATFORM_ONLY, read: staffInScopeReads }

/** Most photos one post or reply carries. */
export const PHOTOS_PER_POST = 9

/** Longest body of a post or reply, in characters. */
export const BODY_MAX_LENGTH = 5000

/**
 * What threads and replies both carry: the text as shown (sensitive words
 * masked), photos, who wrote it in front (a nickname, or the 居委会 for
 * staff), the IP province the law asks to show, where it stands, and the
 * last moderation decision with its reason (told to the author). Which
 * member or staff member wrote it, and who decided, only the community's
 * staff read.
 */
export const postFields: Field[] = [
  { name: 'body', type: 'textarea', required: true, maxLength: BODY_MAX_LENGTH, label: { zh: '内容', en: 'Text' } },
  { name: 'photos', type: 'relationship', relationTo: 'board-photos', hasMany: true, maxRows: PHOTOS_PER_POST, label: { zh: '照片', en: 'Photos' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
  { name: 'author', type: 'relationship', relationTo: 'board-members', index: true, label: { zh: '发帖居民', en: 'Member' }, access: PLATFORM_SET_STAFF_READ, admin: { readOnly: true, condition: (data) => Boolean(data?.author) } },
  { name: 'staffAuthor', type: 'relationship', relationTo: 'users', label: { zh: '发布的工作人员', en: 'Staff author' }, access: PLATFORM_SET_STAFF_READ, admin: { readOnly: true, condition: (data) => Boolean(data?.staffAuthor) } },
  { name: 'authorName', type: 'text', label: { zh: '署名', en: 'Shown as' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
  { name: 'ipProvince', type: 'text', label: { zh: 'IP属地', en: 'IP location' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
  { name: 'status', type: 'select', defaultValue: 'published', index: true, options: selectOptions(POST_STATUSES), label: { zh: '状态', en: 'Status' }, access: PLATFORM_ONLY, admin: { position: 'sidebar', readOnly: true } },
  {
    name: 'moderation',
    type: 'group',
    label: { zh: '最近一次审核', en: 'Last moderation' },
    access: PLATFORM_SET_STAFF_READ,
    admin: { readOnly: true, condition: (data) => Boolean(data?.moderation?.decidedAt) },
    fields: [
      { name: 'reason', type: 'textarea', label: { zh: '理由', en: 'Reason' } },
      { name: 'decidedAt', type: 'date', label: { zh: '时间', en: 'At' } },
      { name: 'decidedBy', type: 'relationship', relationTo: 'users', label: { zh: '审核人', en: 'By' } },
    ],
  },
  { name: 'reportCount', type: 'number', defaultValue: 0, min: 0, label: { zh: '被举报次数', en: 'Reports' }, access: PLATFORM_ONLY, admin: { position: 'sidebar', readOnly: true } },
]
