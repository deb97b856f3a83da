import { describe, expect, it } from 'vitest'

import { takeRequest } from '../../cms/lib/rateLimit'
import { useTestPayload } from '../helpers/payload'

const payload = useTestPayload()

describe('per-client rate limits', () => {
  it('counts in Payload’s KV store, where every server sharing the database sees the count', async () => {
    const limit = { limit: 3, windowSeconds: 60 }
    const decisions = []
    for (let index = 0; index < 4; index += 1) decisions.push(await takeRequest(payload, 'rate:test:203.0.113.7', limit))
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, false])
    expect(decisions[3]).toMatchObject({ allowed: false })
    await expect.poll(() => payload.kv.get<{ count: number }>('rate:test:203.0.113.7'), { timeout: 2000 }).toMatchObject({ count: 3 })
  })

  it('adds to what other servers stored for the same window', async () => {
    const key = 'rate:test:203.0.113.8'
    // Another server has already counted four requests in this window.
    await payload.kv.set(key, { count: 4, start: Date.now() })
    const limit = { limit: 5, windowSeconds: 60 }
    expect((await takeRequest(payload, key, limit)).allowed).toBe(true)
    expect((await takeRequest(payload, key, limit)).allowed).toBe(false)
    await expect.poll(() => payload.kv.get<{ count: number }>(key), { timeout: 2000 }).toMatchObject({ count: 5 })
  })
})
