import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload } from 'payload'

import type { DepartmentSystem } from '../../../cms/payload-types'
import { lookupCache } from '../../../cms/lib/lookupCache'
import { relationId, type Relation } from '../../relations'

/** A department's own system as the platform uses it (secret included), or null when it has none. */
type Entry = { system: DepartmentSystem | null }

/**
 * Read for every new application and every delivery, changed rarely: kept
 * per process (misses too, as `system: null`), forgotten on every change
 * here; other server processes see a change within the cache's 30 seconds.
 */
const cache = lookupCache<Entry>()

export const forgetDepartmentSystems: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc }) => {
  cache.forget()
  return doc
}

/**
 * The system a department hands its applications to, when it hands them to
 * one (mode besides or instead), with its signing secret: for the
 * platform's own use only, never to be shown.
 */
export async function departmentSystemOf(payload: Payload, department: Relation): Promise<DepartmentSystem | undefined> {
  const id = relationId(department)
  if (id === undefined) return undefined
  const entry = await cache.get(String(id), async () => {
    const { docs } = await payload.find({ collection: 'department-systems', where: { department: { equals: id } }, limit: 1, depth: 0, pagination: false, showHiddenFields: true })
    return { system: docs[0] ?? null }
  })
  const system = entry?.system
  return system && system.mode !== 'off' ? system : undefined
}
