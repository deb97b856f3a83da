import type { Access, CollectionSlug, PayloadRequest } from 'payload'

import { hasRole, isActiveClient, isInUserScope, outOfScopeError, scopeWhere } from '../access'
import type { DivisionPath } from '../Divisions/code'

/** Staff who keep the population base: registrars, and administrators for oversight. */
export const POPULATION_ROLES = ['registrar', 'admin'] as const

type Operation = 'read' | 'write'

/**
 * Who may read or write a population collection, limited to their division
 * subtree: registrars and administrators, and other systems' API clients
 * granted this collection (and writing, when their key is read-write).
 */
const populationAccess =
  (collection: CollectionSlug, operation: Operation): Access =>
  ({ req: { user } }) => {
    if (isActiveClient(user)) {
      const granted = user.collections?.includes(collection) && (operation === 'read' || user.mode === 'readWrite')
      return granted ? scopeWhere(user) : false
    }
    return hasRole(user, ...POPULATION_ROLES) ? scopeWhere(user) : false
  }

/** read/create/update/delete for a population collection. */
export const populationAccessRules = (collection: CollectionSlug) => ({
  read: populationAccess(collection, 'read'),
  create: populationAccess(collection, 'write'),
  update: populationAccess(collection, 'write'),
  delete: populationAccess(collection, 'write'),
})

/**
 * Refuse, as the access rules would, a write to a record outside what the
 * signed-in user may write: for actions (such as a merge) that then write
 * with more rights than an ordinary edit has.
 */
export function assertMayWrite(req: PayloadRequest, collection: CollectionSlug, doc: { scope?: null | Partial<DivisionPath> }): void {
  const rule = populationAccess(collection, 'write')({ req })
  if (rule === false || (rule !== true && !isInUserScope(req.user, doc.scope))) throw outOfScopeError()
}
