import { type CollectionSlug, type Payload, type PayloadRequest, ValidationError, type Where } from 'payload'

/**
 * A counter kept in one row of a collection: the row `where` finds, its
 * number field `field`, and (to create the row the first time) the values
 * that identify it. A unique index on those values lets concurrent server
 * processes create the row at most once. `set` holds other values written
 * with each count (when it was last counted, say).
 */
export type CounterRow = { collection: CollectionSlug; field: string; identity?: Record<string, unknown>; set?: Record<string, unknown>; where: Where }

/** `{ a: { b: value } }` for the path `a.b`: a counter may sit in a group field. */
const nested = (path: string, value: unknown): Record<string, unknown> => path.split('.').reduceRight<Record<string, unknown>>((inner, name) => ({ [name]: inner }), value as Record<string, unknown>)

const valueAt = (row: unknown, path: string): unknown => path.split('.').reduce<unknown>((inner, name) => (inner as Record<string, unknown> | undefined)?.[name], row)

/** Add `amount` to the counter (`field` may be a group's, as `proposal.supports`) in one atomic update and return the new count; null when no row matches. */
export async function addToCounterRow(payload: Payload, { collection, field, set, where }: CounterRow, amount: number, req?: PayloadRequest): Promise<null | number> {
  const row: unknown = await payload.db.updateOne({ collection, where, data: { ...set, ...nested(field, { $inc: amount }) }, options: { atomic: true }, req })
  return row ? Number(valueAt(row, field)) : null
}

/** Add `amount` to the counter, creating its row the first time, and return the count including it. */
export async function countInRow(payload: Payload, counter: CounterRow, amount: number, req?: PayloadRequest): Promise<number> {
  const counted = await addToCounterRow(payload, counter, amount, req)
  if (counted !== null) return counted
  try {
    await payload.db.create({ collection: counter.collection, data: { ...counter.identity, ...counter.set, [counter.field]: amount }, req, returning: false })
    return amount
  } catch (error) {
    // Another process created the row first (the unique identity): count in it.
    if (!(error instanceof ValidationError)) throw error
    const raced = await addToCounterRow(payload, counter, amount, req)
    if (raced === null) throw error
    return raced
  }
}
