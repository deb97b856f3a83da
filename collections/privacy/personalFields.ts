import type { CollectionSlug, FlattenedField, Payload } from 'payload'

import { queriedField } from '../query/whereConditions'

/** The kind of personal value a field holds (`custom.personal`), `answers` for answers that may hold some, or undefined. */
export const personalKind = (field: FlattenedField | undefined): string | undefined =>
  field?.custom?.personal ?? (field?.custom?.personalAnswers ? 'answers' : undefined)

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A where clause as the audit log may keep it: the values tested against personal fields left out. */
export function whereForLog(payload: Payload, collection: CollectionSlug, where: unknown): unknown {
  if (!isObject(where)) return where
  return Object.fromEntries(
    Object.entries(where).map(([key, test]) => {
      if (/^(and|or)$/i.test(key)) return [key, Array.isArray(test) ? test.map((each) => whereForLog(payload, collection, each)) : test]
      const personal = isObject(test) && personalKind(queriedField(payload, collection, key.replaceAll('__', '.')))
      return [key, personal ? Object.fromEntries(Object.keys(test).map((operator) => [operator, '（个人信息，不记录）'])) : test]
    }),
  )
}
