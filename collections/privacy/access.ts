import { isActiveClient, isActiveStaff, type StaffUser } from '../access'

/* Who sees personal values in full; everyone else sees them masked (see personalField.ts). */

/**
 * Whether this staff member may ask to see a full ID number, phone or
 * address (each view is logged): an admin grants it per account, to
 * registrars for the population base and reviewers for applications.
 */
export const mayViewFull = (user: null | StaffUser | undefined): boolean => isActiveStaff(user) && user.canViewFullPersonalData === true

/** API clients whose key was granted full personal values see them unmasked (each read is logged). */
export const seesFullValues = (user: null | StaffUser | undefined): boolean => isActiveClient(user) && user.personalData === 'full'
