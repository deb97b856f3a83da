import type { Payload, PayloadRequest, Where } from 'payload'

import { monthStart } from './grouping'

/** What a ranking shows of a group. */
const RANKED = { title: true, topic: true, size: true, monthCount: true, previousMonthCount: true, growth: true, firstSeenAt: true, lastSeenAt: true } as const

/** Largest; fastest grown (this month on last); most new this month, as the groups' figures stand (kept by the hook, renewed nightly). */
export const RANKING_ORDER = { size: '-size', growth: '-growth', thisMonth: '-monthCount' } as const

/** The active groups within `reach`, first by RANKING_ORDER[by]. */
export async function rankedGroups(payload: Payload, reach: Where, by: keyof typeof RANKING_ORDER, limit: number, req?: PayloadRequest) {
  const { docs } = await payload.find({ collection: 'demand-groups', where: { and: [reach, { status: { equals: 'active' } }] }, sort: RANKING_ORDER[by], limit, depth: 0, select: RANKED, req })
  return docs
}

/** How many demands each group gained in [from, to), within `reach`. */
async function monthCounts(payload: Payload, reach: Where, from: Date, to: Date, req?: PayloadRequest): Promise<Map<string, number>> {
  const { docs } = await payload.find({
    collection: 'demands',
    where: { and: [reach, { receivedAt: { greater_than_equal: from.toISOString() } }, { receivedAt: { less_than: to.toISOString() } }, { group: { exists: true } }] },
    pagination: false,
    depth: 0,
    select: { group: true },
    req,
  })
  const counts = new Map<string, number>()
  for (const { group } of docs) counts.set(String(group), (counts.get(String(group)) ?? 0) + 1)
  return counts
}

/** 每月一题: the groups with the most demands raised in the Beijing month `year`-`month` (1–12), each with that count. */
export async function monthTopGroups(payload: Payload, reach: Where, year: number, month: number, limit: number, req?: PayloadRequest) {
  const from = monthStart(new Date(Date.UTC(year, month - 1, 15)))
  const counts = await monthCounts(payload, reach, from, monthStart(from, 1), req)
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit)
  const { docs } = await payload.find({ collection: 'demand-groups', where: { id: { in: top.map(([id]) => id) } }, pagination: false, depth: 0, select: RANKED, req })
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  return top.flatMap(([id, count]) => (byId.has(id) ? [{ ...byId.get(id)!, count }] : []))
}
