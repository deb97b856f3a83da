import { createHash, createHmac, randomInt, timingSafeEqual } from 'node:crypto'

import type { CaseNumbering } from '../../casework/numbers'

/**
 * Tracking numbers and query codes. A tracking number is a case number
 * (casework/numbers.ts) with the prefix YZ. The query code is 6 digits; only its keyed hash is
 * stored, and wrong guesses lock the tracking number (endpoints/guard.ts).
 */

export const TRACKING_NUMBER = /^YZ\d{14}$/
export const QUERY_CODE = /^\d{6}$/

/** How applications are numbered: YZ…, in `trackingNumber`. */
export const APPLICATION_NUMBERING = { collection: 'applications', field: 'trackingNumber', prefix: 'YZ' } as const satisfies CaseNumbering

const keyed = (secret: string, text: string): Buffer => createHmac('sha256', secret).update(text).digest()

/**
 * The query code for a new application. With an idempotency key it is derived
 * from the key, so a retried submit can be answered with the same code
 * without the code ever being stored.
 */
export function queryCodeFor(secret: string, trackingNumber: string, idempotencyKey?: string): string {
  if (!idempotencyKey) return String(randomInt(0, 1_000_000)).padStart(6, '0')
  return String(keyed(secret, `query-code|${trackingNumber}|${idempotencyKey}`).readUInt32BE(0) % 1_000_000).padStart(6, '0')
}

export const hashQueryCode = (secret: string, trackingNumber: string, code: string): string =>
  keyed(secret, `query-hash|${trackingNumber}|${code}`).toString('hex')

export function queryCodeMatches(secret: string, trackingNumber: string, code: string, storedHash: string): boolean {
  const expected = Buffer.from(storedHash, 'hex')
  const actual = Buffer.from(hashQueryCode(secret, trackingNumber, code), 'hex')
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}

/** A fingerprint of a request's content, to tell a retry from a different request with a reused key. */
export const fingerprint = (parts: unknown[]): string =>
  createHash('sha256').update(JSON.stringify(parts)).digest('hex')
