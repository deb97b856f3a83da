import type { Where } from 'payload'

import { DIVISION_LEVELS, type DivisionLevel, type DivisionPath } from '../Divisions/code'
import { RequestError } from '../errors'
import { isActiveClient, isActiveStaff, type StaffUser } from './roles'

/** The name of the group field that holds a document's division path. */
export const SCOPE_FIELD = 'scope'

/** The level and code of the division a user (or API client) works in: the deepest set level of their path. */
export function userDivision(
  user: null | StaffUser | undefined,
): null | { code: string; level: DivisionLevel } {
  if (!(isActiveStaff(user) || isActiveClient(user)) || !user.scope) return null
  for (const level of [...DIVISION_LEVELS].reverse()) {
    const code = user.scope[level]
    if (code) return { code, level }
  }
  return null
}

/**
 * The row filter for "records in this user's subtree": a community worker sees
 * their community, street staff their street, and so on up to the city. A user
 * without a division sees nothing. Pair it with a role check in access rules.
 */
export function scopeWhere(user: null | StaffUser | undefined): false | Where {
  const division = userDivision(user)
  if (!division) return false
  return { [`${SCOPE_FIELD}.${division.level}`]: { equals: division.code } }
}

/** Whether a document with this division path lies in the user's subtree. */
export function isInUserScope(
  user: null | StaffUser | undefined,
  path: null | Partial<DivisionPath> | undefined,
): boolean {
  const division = userDivision(user)
  return Boolean(division && path && path[division.level] === division.code)
}

export const outOfScopeError = (): RequestError =>
  new RequestError('OUT_OF_SCOPE', '不能在您负责的辖区以外创建或修改记录', 403)
