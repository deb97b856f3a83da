import { createHmac } from 'node:crypto'
import type { Payload, PayloadRequest, Where } from 'payload'

import { addToCounterRow, countInRow } from './counterRow'
import { addToSqliteCounter, countAttemptOnSqlite, subtractOneFromSqliteCounter } from '../config/sqliteCounters'

/**
 * A limit of `limit` requests per `windowSeconds`. Windows are counted from
 * the Unix epoch, moved `offsetSeconds` earlier when given (a day from
 * Beijing's midnight: 8 hours).
 */
export type RateLimit = { limit: number; offsetSeconds?: number; windowSeconds: number }

/** Whether a request may go ahead; when it may, how many more the window allows after it. */
export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number }

const COUNTERS = 'rate-limits'

/** Fixed windows aligned on multiples of their length, so every server agrees which one is current. */
type Window = { endsAt: number; index: number }

function currentWindow({ offsetSeconds = 0, windowSeconds }: RateLimit, now = Date.now()): Window {
  const [length, offset] = [windowSeconds * 1000, offsetSeconds * 1000]
  const index = Math.floor((now + offset) / length)
  return { index, endsAt: (index + 1) * length - offset }
}

const inWindow = (key: string, window: Window): Where => ({ and: [{ key: { equals: key } }, { window: { equals: window.index } }] })

/**
 * The request to count with. SQLite has one writer per file: while the caller
 * holds a write transaction, a count beside it would wait for that
 * transaction, so it goes through it (and commits with it). MongoDB counts
 * outside the caller's transaction, so that concurrent transactions do not
 * conflict on one counter.
 */
const countingReq = (payload: Payload, req?: PayloadRequest): PayloadRequest | undefined =>
  req && payload.db.name === 'sqlite' ? req : undefined

/** Whether a count made with `req` goes into its open transaction, and so is undone when that rolls back. */
export const countsInTransaction = (payload: Payload, req: PayloadRequest): boolean =>
  Boolean(req.transactionID) && countingReq(payload, req) !== undefined

/** Add `amount` to a window's count in one atomic update; null when the window has no row yet. */
const addTo = (payload: Payload, key: string, window: Window, amount: number, req?: PayloadRequest, where: Where[] = []): Promise<null | number> =>
  addToCounterRow(payload, { collection: COUNTERS, field: 'count', where: { and: [inWindow(key, window), ...where] } }, amount, req)

/**
 * Count `amount` requests in the window and return the window's count
 * including them. SQLite does it in one upsert (cms/config/sqliteCounters.ts);
 * elsewhere an atomic increment, creating the window's row the first time.
 */
async function countIn(payload: Payload, key: string, window: Window, amount: number, req?: PayloadRequest): Promise<number> {
  if (payload.db.name === 'sqlite') return addToSqliteCounter(payload, { key, ...window }, amount, req)
  const identity = { key, window: window.index, expiresAt: new Date(window.endsAt).toISOString() }
  return countInRow(payload, { collection: COUNTERS, field: 'count', identity, where: inWindow(key, window) }, amount, req)
}

/**
 * Places this process took from a window's shared count in one increment and
 * has not used yet. A large limit (an API client's 600 a minute) is taken in
 * blocks of a fiftieth, so a busy client costs one write per block rather
 * than per request; a block is never more than what the limit has left, so
 * the shared count still never admits more than the limit (a process may
 * end a window holding unused places: the client then gets slightly fewer).
 * Small limits (sign-in, query codes, SMS) are counted one at a time.
 */
type Block = { endsAt: number; full: boolean; left: number; window: number }
const blocks = new Map<string, Block>()
const BLOCK_SHARE = 50
const MAX_BLOCK = 1000
const blockSize = ({ limit }: RateLimit): number => Math.min(MAX_BLOCK, Math.max(1, Math.floor(limit / BLOCK_SHARE)))

/** Forget every block: the process now counts in another database (the integration tests' shared Payload). */
export function forgetRateLimitBlocks(): void {
  blocks.clear()
}

/** Forget the blocks of ended windows, now and then. */
function forgetEndedBlocks(now: number): void {
  if (blocks.size < 1000) return
  for (const [key, block] of blocks) if (block.endsAt <= now) blocks.delete(key)
}

/**
 * Count one request against `key` and decide whether it may go ahead: at most
 * `limit.limit` in each window of `limit.windowSeconds`. The count is one
 * atomic increment in the `rate-limits` collection (created the first time in
 * a window; for large limits, one increment per block of places, see Block),
 * so every server process and server sharing the database counts together
 * and concurrent requests never both get the last place. Pass the request
 * when the caller may be inside a transaction.
 */
export async function takeRequest(payload: Payload, key: string, limit: RateLimit, req?: PayloadRequest): Promise<RateDecision> {
  const now = Date.now()
  const window = currentWindow(limit, now)
  const refused: RateDecision = { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.endsAt - now) / 1000)) }
  const counting = countingReq(payload, req)
  // A block taken inside a transaction would outlive the transaction's rollback.
  const size = counting ? 1 : blockSize(limit)
  const held = blocks.get(key)
  if (size > 1 && held?.window === window.index) {
    if (held.left > 0) {
      held.left -= 1
      return { allowed: true, remaining: held.left }
    }
    if (held.full) return refused
  }
  const count = await countIn(payload, key, window, size, counting)
  const granted = Math.min(size, limit.limit - (count - size))
  if (size > 1) {
    forgetEndedBlocks(now)
    // Places another request of this process took while this one waited are kept too.
    const current = blocks.get(key)
    const left = Math.max(0, granted - 1) + (current?.window === window.index ? current.left : 0)
    blocks.set(key, { endsAt: window.endsAt, full: granted < size, left, window: window.index })
  }
  if (granted <= 0) return refused
  return { allowed: true, remaining: Math.max(0, limit.limit - count) + (size > 1 ? blocks.get(key)!.left : 0) }
}

/**
 * Give back a request counted by `takeRequest` that turned out not to count
 * (a right query code, a successful sign-in), so only failures use up the limit.
 */
export async function returnRequest(payload: Payload, key: string, limit: RateLimit, req?: PayloadRequest): Promise<void> {
  const window = currentWindow(limit)
  const counting = countingReq(payload, req)
  if (payload.db.name === 'sqlite') await subtractOneFromSqliteCounter(payload, { key, ...window }, counting)
  else await addTo(payload, key, window, -1, counting, [{ count: { greater_than: 0 } }])
}

/** Whether an attempt could be made; when it was, what it gave (null: it failed) and how many more the window allows. */
type AttemptDecision<T> = { allowed: false; retryAfterSeconds: number } | { allowed: true; remaining: number; result: null | T }

/**
 * Make an attempt that counts against `key` only when it fails (a query
 * code, a password): a place is taken before `attempt` runs and given back
 * when it succeeds, so at most `limit.limit` failures are ever judged in a
 * window, however many attempts race. `attempt` returns null for a failure;
 * it runs while the place is held (on SQLite, holding the database's write
 * lock), so it must be quick and synchronous — do the reading before.
 */
export async function attemptCountingFailures<T>(
  payload: Payload,
  key: string,
  limit: RateLimit,
  attempt: () => null | T,
): Promise<AttemptDecision<T>> {
  const now = Date.now()
  const window = currentWindow(limit, now)
  const judge = (count: number): { keep: boolean; value: AttemptDecision<T> } => {
    if (count > limit.limit) return { keep: false, value: { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.endsAt - now) / 1000)) } }
    const result = attempt()
    // A failure keeps its place; a success gives it back.
    return { keep: result === null, value: { allowed: true, remaining: limit.limit - count + (result === null ? 0 : 1), result } }
  }
  if (payload.db.name === 'sqlite') return countAttemptOnSqlite(payload, { key, ...window }, judge)
  const { keep, value } = judge(await countIn(payload, key, window, 1))
  if (value.allowed && !keep) await returnRequest(payload, key, limit)
  return value
}

/** Forget every count for `key`, in every window (a lock lifted on purpose). */
export async function clearRequests(payload: Payload, key: string, req?: PayloadRequest): Promise<void> {
  await payload.db.deleteMany({ collection: COUNTERS, where: { key: { equals: key } }, req: countingReq(payload, req) })
}

/** Remove the windows that have ended. */
export async function purgeEndedWindows(payload: Payload): Promise<void> {
  await payload.db.deleteMany({ collection: COUNTERS, where: { expiresAt: { less_than_equal: new Date().toISOString() } } })
}

/** A key part naming a person (a phone number, a user name) without storing it: its keyed hash. */
export const pseudonym = (payload: Payload, value: string): string =>
  createHmac('sha256', payload.secret).update(value).digest('hex').slice(0, 32)

/**
 * Read a limit such as `20/600` (20 requests per 600 seconds) from the
 * environment, falling back to `fallback` when unset or malformed (a window
 * of 0 seconds included).
 */
export function rateLimitFromEnv(name: string, fallback: RateLimit, env: Record<string, string | undefined> = process.env): RateLimit {
  const match = /^\s*(\d+)\s*\/\s*([1-9]\d*)\s*$/.exec(env[name] ?? '')
  return match ? { limit: Number(match[1]), windowSeconds: Number(match[2]) } : fallback
}
