import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { resolveDataDir } from '../../cms/config/paths'
import { anyone } from '../access'
import { anyEditor } from '../catalogue/access'
import { seedHashField } from '../catalogue/fields'
import { portalRebuildHooks } from '../catalogue/hooks/queuePortalRebuild'
import { guardFileChange, guardFileDelete } from './hooks/guardSharedFiles'

/**
 * Files attached to guides: blank forms, filled-in samples and pictures. All
 * of them are public, so nothing personal belongs here; applicants' uploads
 * live in a private collection of their own.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { zh: '附件', en: 'Media' },
    plural: { zh: '附件', en: 'Media' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['filename', 'title', 'purpose'],
    group: { zh: '服务目录', en: 'Catalogue' },
    description: {
      zh: '办事指南用到的空白表格、示例样表和图片，对外公开，不得包含个人信息。',
      en: 'Blank forms, samples and pictures used by guides; public, never personal.',
    },
  },
  hooks: { ...portalRebuildHooks, beforeChange: [guardFileChange], beforeDelete: [guardFileDelete] },
  access: {
    read: anyone,
    // Any editor may upload; changing or deleting a file also needs every guide using it in the editor's scope (the hooks).
    create: anyEditor,
    update: anyEditor,
    delete: anyEditor,
  },
  upload: {
    staticDir: path.join(resolveDataDir(), 'media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'],
    // Pictures are re-encoded without their metadata (no EXIF or GPS).
    withMetadata: false,
    resizeOptions: { width: 2400, height: 2400, fit: 'inside', withoutEnlargement: true },
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, fit: 'inside', withoutEnlargement: true },
      { name: 'page', width: 1200, fit: 'inside', withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { zh: '标题', en: 'Title' } },
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: { zh: '替代文字', en: 'Alternative text' },
      admin: {
        description: {
          zh: '给看不见图片的居民读的说明，例如“出生登记申请表空白表格”。',
          en: 'Read aloud to residents who cannot see the picture.',
        },
      },
    },
    {
      name: 'purpose',
      type: 'select',
      required: true,
      label: { zh: '用途', en: 'Purpose' },
      options: [
        { value: 'blank-form', label: { zh: '空白表格', en: 'Blank form' } },
        { value: 'sample', label: { zh: '示例样表', en: 'Filled-in sample' } },
        { value: 'picture', label: { zh: '图片', en: 'Picture' } },
      ],
    },
    seedHashField,
  ],
}
