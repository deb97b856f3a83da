import type { Payload, PayloadRequest } from 'payload'

import { addToCounterRow, type CounterRow } from '../../../cms/lib/counterRow'
import { onRollback } from '../../../cms/lib/withTransaction'
import { isUniqueClash } from '../../errors'

const SLOTS = 'appointment-slots'

/**
 * The request a seat is counted with. SQLite has one writer per file, so the
 * count goes through the booking's transaction and is undone with it. On
 * MongoDB, concurrent transactions updating one slot row would conflict, so
 * the seat is taken outside and given back if the booking fails.
 */
export const seatReq = (payload: Payload, req: PayloadRequest): PayloadRequest | undefined => (payload.db.name === 'sqlite' ? req : undefined)

/**
 * Take one seat of the slot `key` holding `capacity`: one conditional update
 * (`booked < capacity`, then +1), so it holds across server processes; the
 * slot's row is created at its first booking (its unique key lets only one
 * process create it). False when the slot is full.
 *
 * SQLite: one `UPDATE … SET booked = booked + 1 WHERE key = ? AND booked < ?`
 * under the one-writer lock. MongoDB (read in @payloadcms/db-mongodb 3.90.2,
 * dist/updateOne.js and utilities/transform.js; no server here to run it):
 * the write transform lifts `{ booked: { $inc: 1 } }` into a `$inc` operator
 * and the call becomes one `findOneAndUpdate({ key, booked: { $lt: capacity } },
 * { $inc: { booked: 1 }, $set: {…} }, { new: true })`, which matches and
 * increments the single document atomically, so the last seat goes to one
 * caller; no match returns null (full). A second process creating the same
 * row hits the unique `key` index (E11000, which utilities/handleError.js
 * turns into a ValidationError on `key`, as `isUniqueClash` expects).
 */
export async function takeSeat(payload: Payload, key: string, capacity: number, req?: PayloadRequest): Promise<boolean> {
  const counter: CounterRow = { collection: SLOTS, field: 'booked', where: { and: [{ key: { equals: key } }, { booked: { less_than: capacity } }] } }
  if ((await addToCounterRow(payload, counter, 1, req)) !== null) return true
  try {
    await payload.db.create({ collection: SLOTS, data: { key, booked: 1 }, req, returning: false })
    return true
  } catch (error) {
    // The row exists (full, or created by another process just now): count in it, under the same limit.
    if (!isUniqueClash(error, 'key')) throw error
    return (await addToCounterRow(payload, counter, 1, req)) !== null
  }
}

/** Whether the slot's seats are all taken, as last committed (a read: the conditional update in `takeSeat` is what decides). */
export async function slotIsFull(payload: Payload, key: string, capacity: number): Promise<boolean> {
  const row = (await payload.db.findOne({ collection: SLOTS, where: { key: { equals: key } } })) as null | { booked: number }
  return Boolean(row && row.booked >= capacity)
}

/** Give a seat back (a cancellation, a change, a booking that failed), never below zero. */
export async function releaseSeat(payload: Payload, key: string, req?: PayloadRequest): Promise<void> {
  await addToCounterRow(payload, { collection: SLOTS, field: 'booked', where: { and: [{ key: { equals: key } }, { booked: { greater_than: 0 } }] } }, -1, req)
}

/**
 * Take one seat for the work of `tx` (a `withTransaction` request): on
 * SQLite within it, undone with it; elsewhere outside it (see `seatReq`),
 * given back if it fails. False when the slot is full.
 */
export async function takeSeatFor(tx: PayloadRequest, key: string, capacity: number): Promise<boolean> {
  const counting = seatReq(tx.payload, tx)
  if (!(await takeSeat(tx.payload, key, capacity, counting))) return false
  if (!counting) onRollback(tx, () => releaseSeat(tx.payload, key))
  return true
}
