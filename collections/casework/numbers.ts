import { randomInt } from 'node:crypto'
import type { CollectionSlug, PayloadRequest } from 'payload'

import { chinaDate } from '../CalendarDays/workingDays'

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
