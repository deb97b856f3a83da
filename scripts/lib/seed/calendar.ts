import type { Payload, PayloadRequest } from 'payload'

import { createRequire } from 'node:module'

import type { Tally } from './upsert'

/** The package's data: date → "English name,中文名,length" for holidays and make-up working days. */
type ChineseDays = { holidays: Record<string, string>; workdays: Record<string, string> }

/** Deadlines reach back a few years at most; older arrangements are not needed. */
const FIRST_YEAR = 2020

const chineseName = (entry: string): string => entry.split(',')[1] ?? entry

/** The official calendar as published in the chinese-days package, from FIRST_YEAR on. */
export function publishedCalendarDays(): { date: string; kind: 'holiday' | 'workday'; name: string }[] {
  const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDays
  const recent = (entries: Record<string, string>) =>
    Object.entries(entries).filter(([date]) => Number(date.slice(0, 4)) >= FIRST_YEAR)
  return [
    ...recent(data.holidays).map(([date, entry]) => ({ date, kind: 'holiday' as const, name: chineseName(entry) })),
    ...recent(data.workdays).map(([date, entry]) => ({ date, kind: 'workday' as const, name: chineseName(entry) })),
  ].sort((a, b) => a.date.localeCompare(b.date))
}

/**
 * Add the published days the database does not have yet. A day already
 * there is left alone: an administrator's correction wins over the package.
 */
export async function seedCalendar(payload: Payload, req: PayloadRequest, tally: Tally): Promise<void> {
  const { docs } = await payload.find({ collection: 'calendar-days', pagination: false, depth: 0, req, select: { date: true } })
  const known = new Set(docs.map((day) => day.date))
  for (const day of publishedCalendarDays()) {
    if (known.has(day.date)) {
      tally.unchanged += 1
      continue
    }
    await payload.create({ collection: 'calendar-days', data: day, req })
    tally.created += 1
  }
}
