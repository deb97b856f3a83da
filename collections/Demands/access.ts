import type { Access, Where } from 'payload'

import { hasRole, scopeWhere, userDivision } from '../access'
import { notFoundForResidents } from '../Residents/access'

/** Who works with demands: the hotline, the catalogue's editors and administrators. */
export const DEMAND_ROLES = ['admin', 'agent', 'editor'] as const

/** Who may merge groups and split demands out of them. */
export const GROUPING_ROLES = ['admin', 'agent'] as const

/** Demands within the reader's division subtree; residents never. */
export const demandReaders: Access = notFoundForResidents(({ req: { user } }) => (hasRole(user, ...DEMAND_ROLES) ? scopeWhere(user) : false))

/**
 * Groups are district-wide (grouping.ts): city and district staff read those
 * in their subtree, street and community staff those of their district, as
 * their own demands are counted among the district's.
 */
export function districtWideWhere(user: Parameters<typeof userDivision>[0]): false | Where {
  const division = userDivision(user)
  if (!division) return false
  if (division.level === 'city' || division.level === 'district') return scopeWhere(user)
  const district = user?.scope?.district
  return district ? { 'scope.district': { equals: district } } : false
}

export const demandGroupReaders: Access = notFoundForResidents(({ req: { user } }) =>
  hasRole(user, ...DEMAND_ROLES) ? districtWideWhere(user) : false,
)
