import type { Access, Where } from 'payload'

import { hasRole, scopeWhere } from '../access'
import { accountProviderId, LIFE_MANAGER_ROLES } from '../lifeServices/access'

/** Providers residents may see: those in the register, and those suspended (with the reason). */
export const PUBLIC_PROVIDER: Where = { status: { in: ['listed', 'suspended'] } }

/**
 * Anyone reads the providers residents may see; life-services staff every
 * provider registered in their subtree as well; a provider's account its own
 * provider whatever its standing (an application in progress).
 */
export const providerReaders: Access = ({ req: { user } }) => {
  const own = accountProviderId(user)
  if (own !== undefined) return { or: [PUBLIC_PROVIDER, { id: { equals: own } }] }
  if (hasRole(user, ...LIFE_MANAGER_ROLES)) {
    const scope = scopeWhere(user)
    return scope ? { or: [PUBLIC_PROVIDER, scope] } : PUBLIC_PROVIDER
  }
  return PUBLIC_PROVIDER
}
