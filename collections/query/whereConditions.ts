import type { CollectionSlug, FlattenedField, Payload } from 'payload'

import { getLocalizedPaths } from 'payload'

/** One `path: { operator: value }` test of a where clause. */
export type WhereCondition = { operator: string; path: string; value: unknown }

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Every condition of a where clause, through its `and`/`or` nesting (any letter case, as Payload accepts). */
export function whereConditions(where: unknown): WhereCondition[] {
  if (!isObject(where)) return []
  return Object.entries(where).flatMap(([key, test]): WhereCondition[] => {
    if (/^(and|or)$/i.test(key)) return Array.isArray(test) ? test.flatMap(whereConditions) : []
    if (!isObject(test)) return []
    return Object.entries(test).map(([operator, value]) => ({ operator, path: key, value }))
  })
}

/** The fields a sort names (`-name,createdAt` or a list), without their direction. */
export const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .map((part) => String(part).trim().replace(/^-/, ''))
    .filter(Boolean)

/**
 * The field a query path ends on, as Payload resolves it from `collection`
 * through groups and relationships (`applicant.idNumber` on an application,
 * `person.phone` on a register entry); undefined when it names no field.
 */
export function queriedField(payload: Payload, collection: CollectionSlug, path: string): FlattenedField | undefined {
  const config = payload.collections[collection]?.config
  if (!config) return undefined
  try {
    const paths = getLocalizedPaths({ collectionSlug: collection, fields: config.flattenedFields, incomingPath: path, overrideAccess: true, payload })
    const last = paths.at(-1)
    return paths.some((each) => each.invalid) ? undefined : last?.field
  } catch {
    // Payload refuses unsafe path characters itself, answering the request's own validation error.
    return undefined
  }
}
