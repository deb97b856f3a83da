/** A relationship value as Payload hands it over: an id, or the document at depth ≥ 1. */
export type Relation = { id: number | string } | number | string | null | undefined

/** The id a relationship value points to, however deep it was read. */
export const relationId = (value: Relation): number | string | undefined =>
  value && typeof value === 'object' ? value.id : (value ?? undefined)
