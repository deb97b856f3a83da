import path from 'node:path'
import type { CollectionConfig, Where } from 'payload'

import { resolveDataDir } from '../../cms/config/paths'
import { nobody } from '../access'
import { communityStaffInScope } from '../community/access'
import { PLATFORM_ONLY } from '../community/postFields'
import { scopeFromBoard } from '../community/scopeFromBoard'
import { scopePathField } from '../fields/divisionScope'
import { PHOTO_TYPES } from '../Tickets/web/rules'

/** Photos of published posts for everyone; every photo of their subtree for community staff. */
const photoReaders: NonNullable<CollectionConfig['access']>['read'] = (args) => {
  const shown: Where = { shown: { equals: true } }
  const staff = communityStaffInScope(args)
  return staff ? { or: [shown, staff as Where] } : shown
}

/**
 * Photos residents attach to posts and replies (up to nine), through the
 * same pipeline as work-order photos: the type checked on the bytes, the
 * picture re-encoded without metadata (location, camera). Public while the
 * post they belong to is shown (`shown`, kept in step by moderation), served
 * through Payload's file route, never from the portal's folder.
 */
export const BoardPhotos: CollectionConfig = {
  slug: 'board-photos',
  labels: { singular: { zh: '论坛照片', en: 'Board photo' }, plural: { zh: '论坛照片', en: 'Board photos' } },
  admin: {
    group: { zh: '社区论坛', en: 'Community' },
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'board', 'shown', 'createdAt'],
    description: { zh: '居民发帖、回复时上传的照片。帖子屏蔽后照片随之不再公开。', en: 'Photos attached to posts.' },
  },
  access: { read: photoReaders, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [scopeFromBoard] },
  upload: {
    staticDir: path.join(resolveDataDir(), 'uploads', 'board'),
    mimeTypes: [...PHOTO_TYPES.types],
    withMetadata: false,
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Cache-Control', 'no-cache')
      return headers
    },
  },
  fields: [
    { name: 'board', type: 'relationship', relationTo: 'boards', required: true, index: true, label: { zh: '社区论坛', en: 'Board' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'shown', type: 'checkbox', defaultValue: false, index: true, label: { zh: '公开显示', en: 'Public' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    scopePathField,
  ],
}
