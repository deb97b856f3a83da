import { randomUUID } from 'node:crypto'

import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { and, eq, gt, sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, PayloadRequest } from 'payload'

/** One counter row of the `rate-limits` collection (collections/RateLimits). */
type CounterWindow = { endsAt: number; index: number; key: string }

type Database = SQLiteAdapter['drizzle']

/** The connection of `req`'s open transaction, or the adapter's own. */
async function connection(payload: Payload, req?: PayloadRequest): Promise<Database> {
  const adapter = payload.db as unknown as SQLiteAdapter
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  return (transactionID ? (adapter.sessions[transactionID]?.db as Database | undefined) : undefined) ?? adapter.drizzle
}

const countersTable = (payload: Payload) => (payload.db as unknown as SQLiteAdapter).tables.rate_limits!

/**
 * The rate limiter's counts on SQLite, each one statement. Payload's
 * `db.updateOne` builds, runs and reads back a generic update (about 0.2 ms
 * of JavaScript), and a window's first count took a missed update and a
 * create; a status look-up takes a place and gives it back every time, so
 * that was a sixth of its cost. These are the same atomic changes, written
 * for the one table: the unique (key, window) index makes the insert an
 * upsert, so concurrent processes still add to one row.
 */
export async function addToSqliteCounter(payload: Payload, window: CounterWindow, amount: number, req?: PayloadRequest): Promise<number> {
  const table = countersTable(payload)
  const db = await connection(payload, req)
  const [row] = await db
    .insert(table)
    .values({ id: randomUUID(), key: window.key, window: window.index, count: amount, expiresAt: new Date(window.endsAt).toISOString() })
    .onConflictDoUpdate({ target: [table.key, table.window], set: { count: sql`${table.count} + ${amount}` } })
    .returning({ count: table.count })
  return Number(row!.count)
}

/** Take one back from a window's count, never below zero; nothing when the window has no row. */
export async function subtractOneFromSqliteCounter(payload: Payload, window: CounterWindow, req?: PayloadRequest): Promise<void> {
  const table = countersTable(payload)
  const db = await connection(payload, req)
  await db
    .update(table)
    .set({ count: sql`${table.count} - 1` })
    .where(and(eq(table.key, window.key), eq(table.window, window.index), gt(table.count, 0)))
}

const COUNT_ONE = `INSERT INTO rate_limits (id, key, window, count, expires_at) VALUES (?, ?, ?, 1, ?)
  ON CONFLICT (key, window) DO UPDATE SET count = count + 1 RETURNING count`

/**
 * Count one attempt in `window` and, holding SQLite's write lock, let
 * `judge` see the count: the count is kept only when `judge` says so.
 * Taking a place and giving it back as two writes cost a status look-up
 * two commits; this is one statement and, for a kept place, one commit
 * (a place given back is a rollback, which writes nothing). `judge` must be
 * synchronous: every writer of every process waits while it runs.
 */
export async function countAttemptOnSqlite<T>(payload: Payload, window: CounterWindow, judge: (count: number) => { keep: boolean; value: T }): Promise<T> {
  const transaction = await (payload.db as unknown as SQLiteAdapter).client.transaction('write')
  let verdict: { keep: boolean; value: T }
  try {
    const { rows } = await transaction.execute({ sql: COUNT_ONE, args: [randomUUID(), window.key, window.index, new Date(window.endsAt).toISOString()] })
    verdict = judge(Number(rows[0]!.count))
  } catch (error) {
    await transaction.rollback()
    throw error
  }
  await (verdict.keep ? transaction.commit() : transaction.rollback())
  return verdict.value
}
