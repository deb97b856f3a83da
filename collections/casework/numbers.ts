import { randomInt } from 'node:crypto'
import type { CollectionSlug, PayloadRequest } from 'payload'

import { chinaDate } from '../CalendarDays/workingDays'
import { isUniqueClash } from '../errors'

/**
 * Case numbers: the kind's prefix (YZ for applications, GD for work
 * orders) + the date in China (YYMMDD) + 8 random digits — short enough to
 * read out on the phone, and not guessable.
 */

/** How a kind numbers its cases: the collection and field holding the number, and its prefix. */
export type CaseNumbering = { collection: CollectionSlug; field: string; prefix: string }

const randomDigits = (): number => randomInt(0, 100_000_000)

/**
 * A case number no record has yet. Random numbers within one day collide
 * once a day has thousands of cases (two in 20,000 share one more often
 * than not), and the unique index would then refuse the case, so each is
 * checked first: one indexed look-up, almost always once.
 */
export async function unusedCaseNumber(
  req: PayloadRequest,
  { collection, field, prefix }: CaseNumbering,
  now = new Date(),
  draw = randomDigits,
): Promise<string> {
  const date = chinaDate(now).slice(2).replaceAll('-', '')
  for (;;) {
    const candidate = `${prefix}${date}${String(draw()).padStart(8, '0')}`
    const { totalDocs } = await req.payload.count({ collection, where: { [field]: { equals: candidate } }, req })
    if (totalDocs === 0) return candidate
  }
}

/** A retry of the same request (same Idempotency-Key) that may have stored the case first: the unique field it fills, and its answer. */
type RacedRetry<T> = { field: string; earlier: () => Promise<null | T> }

/**
 * Store a new case and answer: on a clash of numbers (eight random digits
 * a day make it rare) draw again, up to three times; when a concurrent retry
 * of the same request stored it first, answer as that retry did.
 */
export async function storeNewCase<T>(store: () => Promise<T>, numberField: string, raced?: RacedRetry<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await store()
    } catch (error) {
      if (raced && isUniqueClash(error, raced.field)) {
        const earlier = await raced.earlier()
        if (earlier) return earlier
      }
      if (attempt < 3 && isUniqueClash(error, numberField)) continue
      throw error
    }
  }
}
