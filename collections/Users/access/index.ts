import type { Access } from 'payload'

import { hasRole, isActiveStaff, scopeWhere } from '../../access'

/** Admins see the staff in their subtree; everyone else sees only their own account. */
export const adminInScopeOrSelf: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return scopeWhere(user)
  return isActiveStaff(user) ? { id: { equals: user.id } } : false
}

/** Admins remove accounts in their subtree, never their own. */
export const adminInScopeNotSelf: Access = ({ req: { user } }) => {
  const inScope = hasRole(user, 'admin') && scopeWhere(user)
  if (!inScope || !user) return false
  return { and: [inScope, { id: { not_equals: user.id } }] }
}

/** The admin panel is for active staff who hold at least one role. */
export const canUseAdminPanel = ({ req: { user } }: Parameters<Access>[0]): boolean =>
  isActiveStaff(user) && Boolean(user.roles?.length)
