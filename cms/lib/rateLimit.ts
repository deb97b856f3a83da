import type { Payload } from 'payload'

/** A limit of `limit` requests per `windowSeconds`. */
export type RateLimit = { limit: number; windowSeconds: number }

type Window = { count: number; start: number }
/** This server's view of a client's window, and what it counted since its last sync. */
type Tally = { limit: RateLimit; pending: number; readAt: number; window: Window }

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * How often a server re-reads a client's count from the KV store and adds
 * what it counted since. Every server sharing the database counts together,
 * but a busy client costs a few KV writes a second instead of one per
 * request. Between syncs each server may let through what it sees as the
 * rest of the limit, so a client spread over N servers can get at most N−1
 * intervals' worth of extra requests.
 */
const SYNC_MS = 250

const tallies = new Map<string, Tally>()
let syncing = false

const expired = ({ window, limit }: Pick<Tally, 'limit' | 'window'>, now: number): boolean =>
  now - window.start >= limit.windowSeconds * 1000

/** Add this server's counts to the stored windows (read, add, write), and forget idle clients. */
async function sync(payload: Payload): Promise<void> {
  const now = Date.now()
  for (const [key, tally] of tallies) {
    if (tally.pending > 0) {
      // Requests counted while this sync waits on the store stay pending for the next one.
      const counted = tally.pending
      const start = tally.window.start
      const stored = await payload.kv.get<Window>(key)
      const window = { start, count: (stored?.start === start ? stored.count : 0) + counted }
      await payload.kv.set(key, window)
      if (tally.window.start === start) {
        tally.window = window
        tally.pending -= counted
        tally.readAt = now
      }
    } else if (expired(tally, now)) {
      tallies.delete(key)
    }
  }
}

function scheduleSync(payload: Payload): void {
  if (syncing) return
  syncing = true
  setTimeout(() => {
    sync(payload)
      .catch((error: unknown) => payload.logger.warn({ failure: error instanceof Error ? error.name : 'unknown' }, 'rate limit sync failed'))
      .finally(() => {
        syncing = false
        if ([...tallies.values()].some((tally) => tally.pending > 0)) scheduleSync(payload)
      })
  }, SYNC_MS).unref()
}

/**
 * Count one request against `key` in a fixed window kept in Payload's KV
 * store (synced every SYNC_MS), so every server sharing the database counts
 * together.
 */
export async function takeRequest(payload: Payload, key: string, limit: RateLimit): Promise<RateDecision> {
  const now = Date.now()
  let tally = tallies.get(key)
  if (!tally || (tally.pending === 0 && now - tally.readAt >= SYNC_MS)) {
    const stored = await payload.kv.get<Window>(key)
    // Another request for the same client may have got here first while we read.
    tally = tallies.get(key) ?? { limit, pending: 0, readAt: 0, window: { count: 0, start: now } }
    tallies.set(key, tally)
    if (tally.pending === 0) {
      tally.window = stored ?? tally.window
      tally.readAt = now
    }
  }
  if (expired(tally, now)) {
    tally.window = { count: 0, start: now }
    tally.pending = 0
  }
  if (tally.window.count + tally.pending >= limit.limit) {
    const retryAfter = Math.ceil((tally.window.start + limit.windowSeconds * 1000 - now) / 1000)
    return { allowed: false, retryAfterSeconds: Math.max(1, retryAfter) }
  }
  tally.pending += 1
  scheduleSync(payload)
  return { allowed: true }
}

/**
 * Read a limit such as `20/600` (20 requests per 600 seconds) from the
 * environment, falling back to `fallback` when unset or malformed.
 */
export function rateLimitFromEnv(name: string, fallback: RateLimit, env = process.env): RateLimit {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(env[name] ?? '')
  return match ? { limit: Number(match[1]), windowSeconds: Number(match[2]) } : fallback
}
