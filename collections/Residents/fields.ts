import type { RelationshipField } from 'payload'

/**
 * The resident account a record belongs to (an application, a work order, a
 * message): set by the platform's endpoints, never through the API, and
 * emptied when the account is closed (the record stays, unlinked).
 */
export const residentLinkField: RelationshipField = {
  name: 'resident',
  type: 'relationship',
  relationTo: 'residents',
  index: true,
  label: { zh: '居民账号', en: 'Resident account' },
  access: { create: () => false, update: () => false },
  admin: { readOnly: true, position: 'sidebar' },
}
