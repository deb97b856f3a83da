import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { resolveDataDir } from '../../cms/config/paths'
import { nobody } from '../access'
import { caseWorkersInScope } from '../Applications/access'
import { applicationLinkField, caseScopeFields } from '../Applications/fields'

/**
 * The files residents upload with an application or a supplement. Private:
 * stored outside the portal, served only through Payload's file route, which
 * applies the same row filter as the applications themselves, so a reviewer
 * can open exactly the files of the applications they can see. Written only
 * by the application endpoints, after the type is checked on the bytes and
 * pictures are re-encoded without metadata (lib/attachments.ts).
 */
export const ApplicationFiles: CollectionConfig = {
  slug: 'application-files',
  labels: {
    singular: { zh: '申请材料', en: 'Application file' },
    plural: { zh: '申请材料', en: 'Application files' },
  },
  admin: {
    group: { zh: '办件', en: 'Casework' },
    useAsTitle: 'material',
    defaultColumns: ['filename', 'material', 'stage', 'application', 'createdAt'],
    description: { zh: '居民随申请上传的材料，只有负责该申请的工作人员能看到。', en: 'Private uploads.' },
  },
  access: { read: caseWorkersInScope, create: nobody, update: nobody, delete: nobody },
  upload: {
    staticDir: path.join(resolveDataDir(), 'uploads', 'applications'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
    withMetadata: false,
    // Never cached by a shared proxy: these are personal documents.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Cache-Control', 'private, no-store')
      return headers
    },
  },
  fields: [
    applicationLinkField,
    { name: 'material', type: 'text', required: true, label: { zh: '材料名称', en: 'Material' } },
    {
      name: 'stage',
      type: 'select',
      required: true,
      defaultValue: 'initial',
      options: [
        { value: 'initial', label: { zh: '申请时上传', en: 'With the application' } },
        { value: 'supplement', label: { zh: '补正时上传', en: 'Supplement' } },
        { value: 'result', label: { zh: '办理结果', en: 'Result' } },
      ],
      label: { zh: '上传时机', en: 'Stage' },
    },
    ...caseScopeFields,
  ],
}
