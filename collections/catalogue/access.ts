import type { Access, CollectionConfig, FieldAccess } from 'payload'

import { hasRole, isActiveStaff, scopeWhere, userDivision } from '../access'

/**
 * Catalogue read rule: staff see drafts too; everyone else, residents and
 * other systems, sees published documents only.
 */
const publishedOrStaff: Access = ({ req: { user } }) =>
  isActiveStaff(user) ? true : { _status: { equals: 'published' } }

/** Version history is editorial material: staff only. */
const staffOnly: Access = ({ req: { user } }) => isActiveStaff(user)

/** Field-level: staff-only fields (editorial notes, review dates) stay private. */
export const staffOnlyField: FieldAccess = ({ req: { user } }) => isActiveStaff(user)

/**
 * The city-wide structure of the catalogue (life stages, topics, bundles) is
 * kept by city-level editors, so that districts cannot reshape it alone.
 */
export const cityEditors: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor') && userDivision(user)?.level === 'city'

/**
 * Guides and service centres are kept by editors whose division contains the
 * document's scope: a district editor maintains the guides of the district's
 * departments, a city editor all of them.
 */
export const editorsInScope: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor') ? scopeWhere(user) : false

/** Any editor, whatever their division: for shared files such as blank forms. */
export const anyEditor: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

/**
 * The access rules every catalogue collection shares: published documents
 * for everyone, drafts and history for staff, changes for `editors`.
 */
export const catalogueAccess = (editors: Access): CollectionConfig['access'] => ({
  read: publishedOrStaff,
  readVersions: staffOnly,
  create: editors,
  update: editors,
  delete: editors,
})
