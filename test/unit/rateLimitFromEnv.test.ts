import { describe, expect, it } from 'vitest'

import { rateLimitFromEnv } from '../../cms/lib/rateLimit'

const fallback = { limit: 10, windowSeconds: 86_400 }

describe('rateLimitFromEnv', () => {
  it('reads count/seconds and falls back when unset, malformed or without a window', () => {
    expect(rateLimitFromEnv('LIMIT', fallback, { LIMIT: ' 3 / 60 ' })).toEqual({ limit: 3, windowSeconds: 60 })
    expect(rateLimitFromEnv('LIMIT', fallback, {})).toEqual(fallback)
    expect(rateLimitFromEnv('LIMIT', fallback, { LIMIT: 'ten a day' })).toEqual(fallback)
    expect(rateLimitFromEnv('LIMIT', fallback, { LIMIT: '10/0' })).toEqual(fallback)
  })
})
