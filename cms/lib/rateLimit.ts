import type { Payload } from 'payload'

/** A limit of `limit` requests per `windowSeconds`. */
export type RateLimit = { limit: number; windowSeconds: number }

type Window = { count: number; start: number }

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * Count one request against `key` in a fixed window kept in Payload's KV store,
 * so every server instance sharing the database counts together. Two instances
 * racing on the same key may each let one extra request through; a limit
 * meant to stop floods does not need more.
 */
export async function takeRequest(payload: Payload, key: string, { limit, windowSeconds }: RateLimit): Promise<RateDecision> {
  const now = Date.now()
  const stored = await payload.kv.get<Window>(key)
  const current = stored && now - stored.start < windowSeconds * 1000 ? stored : { count: 0, start: now }
  if (current.count >= limit) {
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((current.start + windowSeconds * 1000 - now) / 1000)) }
  }
  await payload.kv.set(key, { count: current.count + 1, start: current.start })
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

/**
 * Who is asking, for per-client limits. Behind the reverse proxy we recommend
 * (README), the proxy appends the peer address to X-Forwarded-For, so the last
 * entry is the one nobody outside can forge; Next.js fills the header from the
 * socket when no proxy did.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').map((part) => part.trim()).filter(Boolean)
  return forwarded?.at(-1) ?? headers.get('x-real-ip') ?? 'unknown'
}
