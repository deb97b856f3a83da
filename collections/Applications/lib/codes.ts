import { createHash, createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import { chinaDate } from '../../CalendarDays/workingDays'

/**
 * Tracking numbers and query codes. A tracking number is YZ + the date in
 * China (YYMMDD) + 8 random digits: short enough to read out on the phone,
 * and not guessable. The query code is 6 digits; only its keyed hash is
 * stored, and wrong guesses lock the tracking number (endpoints/guard.ts).
 */

export const TRACKING_NUMBER = /^YZ\d{14}$/
export const QUERY_CODE = /^\d{6}$/

const randomDigits = (): number => randomInt(0, 100_000_000)

type NumberedCollection = { collection: 'applications'; field: 'trackingNumber'; prefix: 'YZ' } | { collection: 'tickets'; field: 'number'; prefix: 'GD' }

/**
 * A case number no record has yet. Random numbers within one day collide
 * once a day has thousands of cases (two in 20,000 share one more often
 * than not), and the unique index would then refuse the case, so each is
 * checked first: one indexed look-up, almost always once.
 */
export async function unusedTrackingNumber(
  req: PayloadRequest,
  { collection, field, prefix }: NumberedCollection,
  now = new Date(),
  draw = randomDigits,
): Promise<string> {
  const date = chinaDate(now).slice(2).replaceAll('-', '')
  for (;;) {
    // `prefix` (YZ for applications, GD for work orders) + the date in China (YYMMDD) + 8 random digits.
    const candidate = `${prefix}${date}${String(draw()).padStart(8, '0')}`
    const { totalDocs } = await req.payload.count({ collection, where: { [field]: { equals: candidate } }, req })
    if (totalDocs === 0) return candidate
  }
}

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
