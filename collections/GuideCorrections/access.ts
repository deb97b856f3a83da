import type { Access } from 'payload'

import { hasRole, scopeWhere, type StaffUser } from '../access'
import { relationId } from '../relations'

/**
 * Who reads and answers a guide's corrections: the guide's department
 * editors. An editor who works for a department (users.department) sees the
 * corrections of that department's guides within their division; an editor
 * who works for none keeps every guide in their division (as they may edit
 * them all), so a city editor sees all. Administrators see their division's.
 * Nobody else: not other departments' editors, not case workers or agents.
 */
export const guideDepartmentEditors: Access = ({ req: { user } }) => {
  const scope = hasRole(user, 'admin', 'editor') ? scopeWhere(user) : false
  if (!scope || hasRole(user, 'admin')) return scope
  const department = relationId((user as StaffUser).department)
  return department === undefined ? scope : { and: [scope, { department: { equals: department } }] }
}
