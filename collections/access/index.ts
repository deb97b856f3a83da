import type { Access, FieldAccess } from 'payload'

import { hasRole, isActiveStaff, type Role } from './roles'
import { scopeWhere } from './scope'

export { hasRole, isActiveClient, isActiveStaff, ROLE_LABELS, ROLES } from './roles'
export type { Role, StaffUser } from './roles'
export { isInUserScope, outOfScopeError, SCOPE_FIELD, scopeWhere, userDivision } from './scope'

/** Public information: residents and other systems may read it without signing in. */
export const anyone: Access = () => true

/** Written only by the platform's own endpoints and workflow, never through the API. */
export const nobody: Access = () => false

/** Any active staff member, whatever their role. */
export const activeStaff: Access = ({ req: { user } }) => isActiveStaff(user)

/**
 * Staff holding one of `roles`, limited to records in their division subtree.
 * Collections whose documents carry a division path use this for read, update
 * and delete; for create, the division-scope hook checks the new record's path.
 */
export const rolesInScope =
  (...roles: Role[]): Access =>
  ({ req: { user } }) =>
    hasRole(user, ...roles) ? scopeWhere(user) : false

/** Field-level: only staff holding one of `roles` may set this field. */
export const fieldRoles =
  (...roles: Role[]): FieldAccess =>
  ({ req: { user } }) =>
    hasRole(user, ...roles)
