import type { Access, Where } from 'payload'

import { hasRole, scopeWhere, type StaffUser } from '../access'
import { relationId, type Relation } from '../relations'

/**
 * Who may do what in life services (生活服务, the 81890 model). Staff holding
 * 生活服务监管 (and administrators) supervise providers, workers, orders and
 * complaints in their division subtree; hotline agents book for callers and
 * read the orders of their subtree; a provider's own accounts see and change
 * only their provider's records.
 */

/** The auth collection providers sign in from (never staff, never the admin). */
export const PROVIDER_ACCOUNTS = 'provider-accounts'

export const LIFE_MANAGER_ROLES = ['lifeManager', 'admin'] as const

/** A signed-in provider account, still enabled. */
export const isProviderAccount = (user: null | StaffUser | undefined): user is StaffUser & { id: number | string; provider: Relation } =>
  Boolean(user && user.collection === PROVIDER_ACCOUNTS && (user as { active?: boolean | null }).active !== false)

/** The provider a signed-in provider account works for. */
export const accountProviderId = (user: null | StaffUser | undefined): number | string | undefined =>
  isProviderAccount(user) ? relationId(user.provider) : undefined

/** Life-services staff in their subtree (the record's scope path). */
export const lifeManagersInScope: Access = ({ req: { user } }) => (hasRole(user, ...LIFE_MANAGER_ROLES) ? scopeWhere(user) : false)

/**
 * Records belonging to one provider (`field` names the link): its own
 * accounts see those; life-services staff as `staffRule` says; nobody else.
 */
export const providerOwnedOr =
  (staffRule: Access, field = 'provider'): Access =>
  (args) => {
    const providerId = accountProviderId(args.req.user)
    if (providerId !== undefined) return { [field]: { equals: providerId } } satisfies Where
    return staffRule(args)
  }
