import { hasRole, rolesInScope, type StaffUser } from '../access'

/** Staff who keep the population base: registrars, and administrators for oversight. */
export const POPULATION_ROLES = ['registrar', 'admin'] as const

/** Read, change and remove population records in one's own division subtree. */
export const registrarsInScope = rolesInScope(...POPULATION_ROLES)

/** Whether this staff member may ask to see a full ID number, phone or address (each view is logged). */
export const mayViewFull = (user: null | StaffUser | undefined): boolean =>
  hasRole(user, ...POPULATION_ROLES) && user?.canViewFullPersonalData === true
