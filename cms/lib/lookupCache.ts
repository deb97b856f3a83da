import { LRUCache } from 'lru-cache'

/** How long another server process may keep answering with a value changed elsewhere. */
const DEFAULT_TTL_MS = 30_000

/** Every cache made here, so a process that opens another database can forget them all. */
const everyCache = new Set<{ forget(): void }>()

/**
 * A per-process cache for records that almost every request reads and
 * editors rarely change (a service's application form, a division's code),
 * so a busy endpoint does not read them from the database each time. The
 * owning collection's hooks call `forget()` on every change, so this process
 * never answers with an old value; other server processes notice within the
 * time to live. Misses are not cached: a record created a moment ago is found.
 */
export function lookupCache<V extends object>({ max = 2000, ttlMs = DEFAULT_TTL_MS } = {}) {
  const cache = new LRUCache<string, V>({ max, ttl: ttlMs })
  // A load that began before a change must not put its older value back.
  let generation = 0
  const lookups = {
    async get(key: string, load: () => Promise<undefined | V>): Promise<undefined | V> {
      const cached = cache.get(key)
      if (cached) return cached
      const started = generation
      const value = await load()
      if (value && started === generation) cache.set(key, value)
      return value
    },
    forget(): void {
      generation += 1
      cache.clear()
    },
  }
  everyCache.add(lookups)
  return lookups
}

/** Forget what every cache holds: the process now reads another database (the integration tests' shared Payload). */
export function forgetAllLookups(): void {
  for (const cache of everyCache) cache.forget()
}
