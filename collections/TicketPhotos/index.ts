import path from 'node:path'
import type { Access, CollectionConfig } from 'payload'

import { resolveDataDir } from '../../cms/config/paths'
import { nobody } from '../access'
import { scopePathField } from '../fields/divisionScope'
import { ticketReadWhere } from '../Tickets/access'
import { PHOTO_TYPES } from '../Tickets/web/rules'

/** Whoever reads an order reads its photos: the desk by the photo's own path, handlers through the order. */
const photoReaders: Access = ({ req: { user } }) => ticketReadWhere(user, 'ticket.')

/**
 * Photos a resident sends with a web request (网上12345), up to nine per
 * order. Private like application materials: stored outside the portal,
 * served only through Payload's file route under the order's own row filter,
 * written only by the web endpoint after the type is checked on the bytes
 * and the picture re-encoded without metadata (Applications/lib/attachments.ts).
 */
export const TicketPhotos: CollectionConfig = {
  slug: 'ticket-photos',
  labels: {
    singular: { zh: '工单照片', en: 'Work order photo' },
    plural: { zh: '工单照片', en: 'Work order photos' },
  },
  admin: {
    group: { zh: '热线', en: 'Hotline' },
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'ticket', 'createdAt'],
    description: { zh: '居民网上留言时上传的现场照片，只有能看到该工单的工作人员能看到。', en: 'Private uploads with web requests.' },
  },
  access: { read: photoReaders, create: nobody, update: nobody, delete: nobody },
  upload: {
    staticDir: path.join(resolveDataDir(), 'uploads', 'tickets'),
    mimeTypes: [...PHOTO_TYPES.types],
    withMetadata: false,
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Cache-Control', 'private, no-store')
      return headers
    },
  },
  fields: [
    { name: 'ticket', type: 'relationship', relationTo: 'tickets', required: true, index: true, label: { zh: '工单', en: 'Work order' }, admin: { readOnly: true } },
    scopePathField,
  ],
}
