import type { Access, Where } from 'payload'

import { hasRole, scopeWhere, type StaffUser, userDivision } from '../access'
import { type DivisionPath, parseDivisionCode } from '../Divisions/code'
import { DESK_ROLES } from '../Tickets/access'

/** The codes of a division path from the city down, as far as it is set. */
const pathCodes = (path: Partial<DivisionPath>): string[] => Object.values(path).filter((code): code is string => Boolean(code))

/**
 * The area key an entry is found by (kept by a hook from its areas): each
 * area as `A:<code>`, and the area and every division above it as
 * `R:<code>`. One text column on the entry's own row, so the desk's rule
 * below costs a few LIKEs, not joins.
 */
export const areaKeyOf = (paths: Partial<DivisionPath>[]): string =>
  [...new Set(paths.flatMap((path) => [`A:${pathCodes(path).at(-1)}`, ...pathCodes(path).map((code) => `R:${code}`)]))].join(' ')

/**
 * The entries that concern a desk covering the user's division: those for a
 * division inside it (a street's notice, for the district's desk too) and
 * those for a division containing it (the city's, the district's). Entries
 * for a neighbouring street are not shown.
 */
export function areaWhere(user: null | StaffUser | undefined): false | Where {
  const division = userDivision(user)
  if (!division) return false
  const containing = pathCodes(parseDivisionCode(division.code).path).map((code) => ({ areaKey: { contains: `A:${code}` } }))
  return { or: [{ areaKey: { contains: `R:${division.code}` } }, ...containing] }
}

/** Editors and admins keep the entries whose areas lie in their subtree. */
export const knowledgeEditors: Access = ({ req: { user } }) => (hasRole(user, 'admin', 'editor') ? scopeWhere(user) : false)

/**
 * Staff-only: desk staff read the entries for their area, editors those they
 * keep. Residents, other systems and anonymous callers read nothing.
 */
export const knowledgeReaders: Access = ({ req: { user } }) => {
  const rules = [hasRole(user, ...DESK_ROLES) && areaWhere(user), hasRole(user, 'admin', 'editor') && scopeWhere(user)].filter(
    (rule): rule is Where => Boolean(rule),
  )
  if (rules.length === 0) return false
  return rules.length === 1 ? rules[0]! : { or: rules }
}

/** Version history: the editors' material, read by those who keep the entries (their scope, as saved in each version). */
export const knowledgeVersionReaders: Access = ({ req: { user } }) => {
  const rule = hasRole(user, 'admin', 'editor') && scopeWhere(user)
  return rule ? Object.fromEntries(Object.entries(rule).map(([path, condition]) => [`version.${path}`, condition])) : false
}
