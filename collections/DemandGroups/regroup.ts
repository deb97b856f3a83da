import type { Payload, PayloadRequest } from 'payload'

import type { Demand } from '../../cms/payload-types'
import { withTransaction } from '../../cms/lib/withTransaction'
import { demandTokens } from '../Tickets/web/similarity'
import { CentroidIndex, groupScopeOf, monthStart, refreshGroupFigures } from './grouping'

/** Days of demands the nightly run regroups. */
export const REGROUP_WINDOW_DAYS = 90
/** Demands moved per bulk write. */
const WRITE_BATCH = 500

type WindowDemand = Pick<Demand, 'bucket' | 'group' | 'groupedBy' | 'id' | 'scope' | 'summary' | 'topic'>

export type RegroupOutcome = { demands: number; groupsCreated: number; groupsRemoved: number; moved: number }

/**
 * Regroup the recent window's demands with the same rules as the hook, now
 * that more are known: in each district and topic, the demands staff placed
 * seed their groups, then the others, oldest first, join the best group or
 * start one (keeping their present group's id when it is still free, so
 * groups stay stable from night to night). Demands staff placed, and merged
 * groups, are never changed. Moves are written in bulk, then the figures of
 * every group that changed, and of every group whose monthly counts are due.
 */
export async function regroupDemands(payload: Payload, now = new Date()): Promise<RegroupOutcome> {
  const since = new Date(now.getTime() - REGROUP_WINDOW_DAYS * 24 * 3600_000).toISOString()
  const { docs } = await payload.find({
    collection: 'demands',
    where: { receivedAt: { greater_than_equal: since } },
    sort: 'receivedAt',
    pagination: false,
    depth: 0,
    select: { bucket: true, group: true, groupedBy: true, scope: true, summary: true, topic: true },
  })
  const demands = docs as WindowDemand[]
  const placement = placeAll(demands, await mergedGroups(payload, demands))
  return withTransaction(payload, async (req) => {
    const created = await createGroups(req, placement.fresh)
    const targetOf = (id: string) => created.get(id) ?? id
    const moves = new Map<string, string[]>()
    const touched = new Set<string>()
    for (const demand of demands) {
      const target = targetOf(placement.groupOf.get(demand.id)!)
      const current = String(demand.group ?? '')
      if (target === current) continue
      moves.set(target, [...(moves.get(target) ?? []), demand.id])
      touched.add(target)
      if (current) touched.add(current)
    }
    let moved = 0
    for (const [group, ids] of moves) {
      for (let at = 0; at < ids.length; at += WRITE_BATCH) {
        await payload.db.updateMany({ collection: 'demands', where: { id: { in: ids.slice(at, at + WRITE_BATCH) } }, data: { group }, req })
      }
      moved += ids.length
    }
    const keyOf = new Map([...created].map(([key, id]) => [id, key]))
    let removed = 0
    for (const group of await groupsToRefresh(req, touched, now)) {
      const centroid = placement.centroids.get(keyOf.get(group) ?? group)
      if (await removedWhenEmpty(req, group)) removed += 1
      else await refreshGroupFigures(req, group, centroid, now)
    }
    return { demands: demands.length, groupsCreated: created.size, groupsRemoved: removed, moved }
  })
}

/** Groups merged into others: their demands (staff placed) stay, nothing joins them. */
async function mergedGroups(payload: Payload, demands: WindowDemand[]): Promise<Set<string>> {
  const ids = [...new Set(demands.map((demand) => String(demand.group ?? '')).filter(Boolean))]
  const { docs } = await payload.find({ collection: 'demand-groups', where: { and: [{ id: { in: ids } }, { status: { equals: 'merged' } }] }, pagination: false, depth: 0, select: { status: true } })
  return new Set(docs.map((doc) => doc.id))
}

type Placement = {
  /** Each demand's group: an existing id, or a `new:` key of `fresh`. */
  groupOf: Map<string, string>
  fresh: Map<string, WindowDemand>
  /** Each group's centroid over the window, by the same keys. */
  centroids: Map<string, ReturnType<CentroidIndex['centroid']>>
}

/**
 * Where each demand of the window goes (pure: no database). Every group's
 * centroid starts from its present members; then each demand the grouping
 * placed, oldest first, is taken out of its group and put back into the
 * group it is now most like: its own when that still fits best, another, or
 * a new one (its own id kept when its group is left empty). One pass, like
 * one round of k-means: stable when the grouping was right, a correction
 * where it was not. Staff-placed demands stay, and count for their groups.
 */
export function placeAll(demands: WindowDemand[], merged: Set<string>): Placement {
  const buckets = new Map<string, CentroidIndex>()
  const indexOf = (bucket: string) => buckets.get(bucket) ?? buckets.set(bucket, new CentroidIndex()).get(bucket)!
  const tokensOf = new Map(demands.map((demand) => [demand.id, demandTokens(demand.summary)]))
  const groupOf = new Map<string, string>()
  const bucketOfGroup = new Map<string, string>()
  const place = (demand: WindowDemand, group: string) => {
    groupOf.set(demand.id, group)
    bucketOfGroup.set(group, demand.bucket)
    if (!merged.has(group)) indexOf(demand.bucket).add(group, tokensOf.get(demand.id)!)
  }
  for (const demand of demands) if (demand.group) place(demand, String(demand.group))
  const fresh = new Map<string, WindowDemand>()
  for (const demand of demands) {
    if (demand.groupedBy === 'staff' && demand.group) continue
    const tokens = tokensOf.get(demand.id)!
    const index = indexOf(demand.bucket)
    const current = demand.group && !merged.has(String(demand.group)) ? String(demand.group) : null
    if (current) index.remove(current, tokens)
    const group = index.best(tokens) ?? (current && index.isEmpty(current) ? current : `new:${fresh.size}`)
    if (group.startsWith('new:')) fresh.set(group, demand)
    place(demand, group)
  }
  const centroids = new Map<string, ReturnType<CentroidIndex['centroid']>>()
  for (const [group, bucket] of bucketOfGroup) if (!merged.has(group)) centroids.set(group, buckets.get(bucket)!.centroid(group))
  return { groupOf, fresh, centroids }
}

/** Create the groups the run started, each titled by its first demand; their ids by `new:` key. */
async function createGroups(req: PayloadRequest, fresh: Map<string, WindowDemand>): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const [key, first] of fresh) {
    const group = await req.payload.create({
      collection: 'demand-groups',
      data: { title: first.summary.slice(0, 60), bucket: first.bucket, topic: first.topic, scope: groupScopeOf(first), status: 'active', centroid: { counts: {}, size: 0 } },
      req,
      depth: 0,
      select: { status: true },
    })
    ids.set(key, group.id)
  }
  return ids
}

/** The groups to recount: those that changed, and those whose monthly figures a new month makes stale. */
async function groupsToRefresh(req: PayloadRequest, touched: Set<string>, now: Date): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'demand-groups',
    where: {
      and: [
        { status: { equals: 'active' } },
        { lastSeenAt: { less_than: monthStart(now).toISOString() } },
        { or: [{ monthCount: { greater_than: 0 } }, { previousMonthCount: { greater_than: 0 } }] },
      ],
    },
    pagination: false,
    depth: 0,
    select: { status: true },
    req,
  })
  return [...new Set([...touched, ...docs.map((doc) => doc.id)])]
}

/** Delete a group the run emptied, unless staff acted on it (its history stays readable). */
async function removedWhenEmpty(req: PayloadRequest, group: string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({ collection: 'demands', where: { group: { equals: group } }, req })
  if (totalDocs) return false
  const found = await req.payload.findByID({ collection: 'demand-groups', id: group, depth: 0, select: { history: true }, req })
  if (found.history?.length) return false
  await req.payload.delete({ collection: 'demand-groups', id: group, req })
  return true
}
