import type { Access, FieldAccess, Where } from 'payload'

import { hasRole, isInUserScope, scopeWhere, type StaffUser } from '../access'

/**
 * Who may do what on the community boards. 社区工作者 (and administrators)
 * run the boards of their division subtree: 居务公开, moderation, proposals,
 * meetings. Residents never use the REST collections: they read and write
 * through the community endpoints (`collections/BoardThreads/endpoints/`),
 * which check membership of the board's community themselves.
 */
export const COMMUNITY_STAFF_ROLES = ['communityWorker', 'admin'] as const

export const isCommunityStaff = (user: null | StaffUser | undefined): boolean => hasRole(user, ...COMMUNITY_STAFF_ROLES)

/** Community staff in their subtree (the record's scope path). */
export const communityStaffInScope: Access = ({ req: { user } }) => (isCommunityStaff(user) ? scopeWhere(user) : false)

/**
 * A field only community staff read, on records of their subtree: who wrote
 * a post or decided on it, who attended. The public reads the nickname or
 * the 居委会's name; nobody else may read, filter or sort by these.
 */
export const staffInScopeReads: FieldAccess = ({ doc, req: { user } }) => isCommunityStaff(user) && (!doc || isInUserScope(user, doc.scope))

/** Posts anyone may read: published ones. */
export const PUBLISHED: Where = { status: { equals: 'published' } }

/** Published posts for everyone; every post of their subtree for community staff. */
export const publishedOrStaffInScope: Access = (args) => {
  const staff = communityStaffInScope(args)
  return staff ? { or: [PUBLISHED, staff as Where] } : PUBLISHED
}
