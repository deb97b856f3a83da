import type { Access } from 'payload'

import { rolesInScope } from '../access'
import { providerOwnedOr } from '../lifeServices/access'
import { notFoundForResidents } from '../Residents/access'

/** Staff who see life-service orders in their subtree: hotline agents (booking for callers, call-backs) and life-services staff. */
export const LIFE_ORDER_STAFF_ROLES = ['agent', 'lifeManager', 'admin'] as const

/**
 * Orders over Payload's routes: a provider's accounts those now with their
 * provider, staff those in their subtree (by the service address's
 * community); a resident finds none there (their own come through their
 * pages), anyone else is refused.
 */
export const lifeOrderReaders: Access = notFoundForResidents(providerOwnedOr(rolesInScope(...LIFE_ORDER_STAFF_ROLES)))

/** Order histories: the same readers, by the order's scope and the provider at the step. */
export const lifeOrderEventReaders: Access = notFoundForResidents(providerOwnedOr(rolesInScope(...LIFE_ORDER_STAFF_ROLES)))
