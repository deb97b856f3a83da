import { randomUUID } from 'node:crypto'

import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { and, eq, gt, sql } from '@payloadcms/db-sqlite/drizzle'
import type { InValue } from '@libsql/client'
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
 * Add `amount` to a window's count, creating its row: one upsert, since the
 * unique (key, window) index lets concurrent processes add to one row.
 * Payload's `db.updateOne` builds, runs and reads back a generic update
 * (about 0.2 ms of JavaScript), and a window's first count needed a missed
 * update and a create.
 */
function countStatement(db: Database, payload: Payload, window: CounterWindow, amount: number) {
  const table = countersTable(payload)
  return db
    .insert(table)
    .values({ id: randomUUID(), key: window.key, window: window.index, count: amount, expiresAt: new Date(window.endsAt).toISOString() })
    .onConflictDoUpdate({ target: [table.key, table.window], set: { count: sql`${table.count} + ${amount}` } })
    .returning({ count: table.count })
}

/** Add `amount` to a window's count (in `req`'s transaction, if it has one) and return the new count. */
export async function addToSqliteCounter(payload: Payload, window: CounterWindow, amount: number, req?: PayloadRequest): Promise<number> {
  const [row] = await countStatement(await connection(payload, req), payload, window, amount)
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

/**
 * Count one attempt in `window` and, holding SQLite's write lock, let
 * `judge` see the count: the count is kept only when `judge` says so.
 * Taking a place and giving it back as two writes cost a status look-up
 * two commits; this is one statement and, for a kept place, one commit
 * (a place given back is a rollback, which writes nothing). `judge` must be
 * synchronous: every writer of every process waits while it runs.
 */
export async function countAttemptOnSqlite<T>(payload: Payload, window: CounterWindow, judge: (count: number) => { keep: boolean; value: T }): Promise<T> {
  const adapter = payload.db as unknown as SQLiteAdapter
  // Built by drizzle, run on a transaction of the client's own, which can end in a rollback without an error.
  const { params, sql: statement } = countStatement(adapter.drizzle, payload, window, 1).toSQL()
  const transaction = await adapter.client.transaction('write')
  let verdict: { keep: boolean; value: T }
  try {
    const { rows } = await transaction.execute({ sql: statement, args: params as InValue[] })
    verdict = judge(Number(rows[0]!.count))
  } catch (error) {
    await transaction.rollback()
    throw error
  }
  await (verdict.keep ? transaction.commit() : transaction.rollback())
  return verdict.value
}
