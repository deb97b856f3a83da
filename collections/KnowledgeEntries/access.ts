import type { Access, Where } from 'payload'

import { hasRole, scopeWhere, type StaffUser, userDivision } from '../access'
import { type DivisionPath, parseDivisionCode } from '../Divisions/code'
import { DESK_ROLES } from '../Tickets/access'

/** The codes of a division path from the city down, as far as it is set. */
export const pathCodes = (path: Partial<DivisionPath>): string[] => Object.values(path).filter((code): code is string => Boolean(code))

/**
 * The entries that concern a desk covering the user's division: those for a
 * division inside it (a street's notice, for the district's desk too) and
 * those for a division containing it (the city's, the district's). Entries
 * for a neighbouring street are not shown. Reads the `areaCodes` (the areas
 * themselves) and `areaReach` (the areas and every division above them)
 * that a hook keeps.
 */
export function areaWhere(user: null | StaffUser | undefined): false | Where {
  const division = userDivision(user)
  if (!division) return false
  return {
    or: [{ areaReach: { in: [division.code] } }, { areaCodes: { in: pathCodes(parseDivisionCode(division.code).path) } }],
  }
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
