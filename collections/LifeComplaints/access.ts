import type { Access } from 'payload'

import { hasRole, rolesInScope, type StaffUser } from '../access'
import { LIFE_MANAGER_ROLES, providerOwnedOr } from '../lifeServices/access'
import { notFoundForResidents } from '../Residents/access'

/** Staff who raise complaints for callers (hotline agents) and who handle them (life-services staff). */
export const COMPLAINT_STAFF_ROLES = ['agent', ...LIFE_MANAGER_ROLES] as const

/** Whether the user handles complaints (the staff side of the loop). */
export const handlesComplaints = (user: null | StaffUser | undefined): boolean => hasRole(user, ...LIFE_MANAGER_ROLES)

/**
 * Complaints and their histories over Payload's routes: a provider's
 * accounts those about their provider, staff those in their subtree (by the
 * order's community); a resident finds none there (their own come through
 * their order's page).
 */
export const lifeComplaintReaders: Access = notFoundForResidents(providerOwnedOr(rolesInScope(...COMPLAINT_STAFF_ROLES)))

/** Hotline agents and life-services staff raise a complaint for a caller in the admin; the order decides its scope. */
export const lifeComplaintCreators: Access = ({ req: { user } }) => hasRole(user, ...COMPLAINT_STAFF_ROLES)
