import type { CollectionConfig } from 'payload'

import { activeStaff, nobody } from '../access'
import { secretText } from '../fields/secretText'
import { residentLinkField } from '../Residents/fields'

/**
 * Joint cases (一件事 办件): one per bundle a resident applied for as one.
 * It holds its own number (YJ…) and query code hash, the bundle, and the
 * member applications — one per service, each in its own department's
 * queue; nothing personal (the applicant is on the members, under their own
 * access). Written only by the submit endpoint, in the members' transaction.
 */
export const BundleCases: CollectionConfig = {
  slug: 'bundle-cases',
  labels: {
    singular: { zh: '一件事办件', en: 'Joint case' },
    plural: { zh: '一件事办件', en: 'Joint cases' },
  },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'bundleTitle', 'submittedAt'],
    group: { zh: '办件', en: 'Casework' },
    description: {
      zh: '居民把一件事一次申请后形成的联办件。每个事项是一件单独的申请，由各自部门办理；这里只记录它们属于同一件事。',
      en: 'A bundle applied for as one: the member applications, each handled by its own department.',
    },
  },
  access: { read: activeStaff, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-submittedAt',
  fields: [
    {
      name: 'number',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '联办编号', en: 'Joint number' },
      admin: { readOnly: true },
    },
    {
      name: 'bundle',
      type: 'relationship',
      relationTo: 'bundles',
      required: true,
      label: { zh: '一件事', en: 'Bundle' },
      admin: { readOnly: true },
    },
    { name: 'bundleCode', type: 'text', required: true, admin: { hidden: true } },
    { name: 'bundleTitle', type: 'text', required: true, label: { zh: '一件事名称', en: 'Bundle title' }, admin: { readOnly: true } },
    {
      name: 'applications',
      type: 'relationship',
      relationTo: 'applications',
      hasMany: true,
      required: true,
      label: { zh: '各事项的申请', en: 'Member applications' },
      admin: { readOnly: true },
    },
    { name: 'submittedAt', type: 'date', required: true, index: true, label: { zh: '提交时间', en: 'Submitted' }, admin: { readOnly: true } },
    secretText('queryCodeHash'),
    secretText('idempotencyKey', { unique: true, index: true }),
    secretText('requestHash'),
    residentLinkField,
  ],
}
