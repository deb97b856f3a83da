import type { Payload, PayloadRequest } from 'payload'

import type { Demand, DemandGroup } from '../../cms/payload-types'
import { withTransaction } from '../../cms/lib/withTransaction'
import { demandTokens } from '../Tickets/web/similarity'
import { CentroidIndex, figuresOf, groupScopeOf, refreshGroupFigures } from './grouping'

/** Days of demands the nightly run regroups. */
export const REGROUP_WINDOW_DAYS = 90
/** Demands moved per bulk write. */
const WRITE_BATCH = 500

type WindowDemand = Pick<Demand, 'bucket' | 'group' | 'groupedBy' | 'id' | 'receivedAt' | 'scope' | 'summary' | 'topic'>

export type RegroupOutcome = { demands: number; groupsCreated: number; groupsRemoved: number; moved: number }

/**
 * Regroup the recent window's demands with the same rules as the hook, now
 * that more are known (placeAll). Demands staff placed, and merged groups,
 * are never changed. Moves are written in bulk; then every group with
 * members in the window, or with monthly figures to bring up to date, gets
 * its figures from the window in memory (the run's months lie inside it, and
 * members older than the window neither moved nor count for them), written
 * only where they changed. One transaction; bulk paths of `payload.db`, as
 * the run writes only fields it derived itself.
 */
export async function regroupDemands(payload: Payload, now = new Date()): Promise<RegroupOutcome> {
  const since = new Date(now.getTime() - REGROUP_WINDOW_DAYS * 24 * 3600_000).toISOString()
  const { docs } = await payload.find({
    collection: 'demands',
    where: { receivedAt: { greater_than_equal: since } },
    sort: 'receivedAt',
    pagination: false,
    depth: 0,
    select: { bucket: true, group: true, groupedBy: true, receivedAt: true, scope: true, summary: true, topic: true },
  })
  const demands = docs as WindowDemand[]
  const placement = placeAll(demands, await mergedGroups(payload))
  return withTransaction(payload, async (req) => {
    const stored = await storedFigures(req, since)
    const created = await createGroups(req, placement, demands, now)
    const moved = await moveDemands(req, demands, (demand) => created.get(placement.groupOf.get(demand.id)!) ?? placement.groupOf.get(demand.id)!)
    const before = receivedByGroup(demands, (demand) => (demand.group ? String(demand.group) : null))
    const after = receivedByGroup(demands, (demand) => placement.groupOf.get(demand.id)!)
    let removed = 0
    for (const [group, figures] of stored) {
      const windowBefore = before.get(group) ?? []
      const windowAfter = after.get(group) ?? []
      const older = (figures.size ?? 0) - windowBefore.length
      const next = figuresOf(windowAfter, now)
      if (older > 0 && !windowAfter.length && windowBefore.length) {
        // Only older members are left: when the last of them was is not in memory.
        await refreshGroupFigures(req, group, placement.centroids.get(group), now)
        continue
      }
      if (older > 0) {
        next.size += older
        next.firstSeenAt = figures.firstSeenAt ?? next.firstSeenAt
        next.lastSeenAt = next.lastSeenAt ?? figures.lastSeenAt ?? null
      }
      if (!next.size && (await removedWhenEmpty(req, group))) {
        removed += 1
        continue
      }
      const membersChanged = moved.touched.has(group)
      if (!membersChanged && FIGURES.every((field) => (figures[field] ?? null) === (next[field] ?? null))) continue
      const data = { ...next, updatedAt: now.toISOString(), ...(membersChanged ? { centroid: placement.centroids.get(group) } : {}) }
      await payload.db.updateOne({ collection: 'demand-groups', id: group, data, req })
    }
    return { demands: demands.length, groupsCreated: created.size, groupsRemoved: removed, moved: moved.count }
  })
}

const FIGURES = ['size', 'monthCount', 'previousMonthCount', 'growth', 'firstSeenAt', 'lastSeenAt'] as const
type Figures = Partial<Pick<DemandGroup, (typeof FIGURES)[number]>>

/** The stored figures of every active group that has members in the window or monthly counts to update. */
async function storedFigures(req: PayloadRequest, since: string): Promise<Map<string, Figures>> {
  const { docs } = await req.payload.find({
    collection: 'demand-groups',
    where: {
      and: [
        { status: { equals: 'active' } },
        { or: [{ lastSeenAt: { greater_than_equal: since } }, { monthCount: { greater_than: 0 } }, { previousMonthCount: { greater_than: 0 } }] },
      ],
    },
    pagination: false,
    depth: 0,
    select: { size: true, monthCount: true, previousMonthCount: true, growth: true, firstSeenAt: true, lastSeenAt: true },
    req,
  })
  return new Map(docs.map((doc) => [doc.id, doc]))
}

/** The received instants of the window's demands by group, as `groupOf` places them. */
function receivedByGroup(demands: WindowDemand[], groupOf: (demand: WindowDemand) => null | string): Map<string, string[]> {
  const received = new Map<string, string[]>()
  for (const demand of demands) {
    const group = groupOf(demand)
    if (!group) continue
    const list = received.get(group)
    if (list) list.push(demand.receivedAt)
    else received.set(group, [demand.receivedAt])
  }
  return received
}

/** Write each demand's new group, in bulk per group; the groups that gained or lost members. */
async function moveDemands(req: PayloadRequest, demands: WindowDemand[], targetOf: (demand: WindowDemand) => string) {
  const moves = new Map<string, string[]>()
  const touched = new Set<string>()
  for (const demand of demands) {
    const target = targetOf(demand)
    const current = String(demand.group ?? '')
    if (target === current) continue
    const ids = moves.get(target)
    if (ids) ids.push(demand.id)
    else moves.set(target, [demand.id])
    touched.add(target)
    if (current) touched.add(current)
  }
  let count = 0
  for (const [group, ids] of moves) {
    for (let at = 0; at < ids.length; at += WRITE_BATCH) {
      await req.payload.db.updateMany({ collection: 'demands', where: { id: { in: ids.slice(at, at + WRITE_BATCH) } }, data: { group }, req })
    }
    count += ids.length
  }
  return { count, touched }
}

/** Groups merged into others (few: staff decisions): their demands stay, nothing joins them. */
async function mergedGroups(payload: Payload): Promise<Set<string>> {
  const { docs } = await payload.find({ collection: 'demand-groups', where: { status: { equals: 'merged' } }, pagination: false, depth: 0, select: { status: true } })
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

/** Create the groups the run started, each titled by its first demand, with their centroid and figures (all their members are in the window); their ids by `new:` key. */
async function createGroups(req: PayloadRequest, placement: Placement, demands: WindowDemand[], now: Date): Promise<Map<string, string>> {
  const received = new Map<string, string[]>()
  for (const demand of demands) {
    const key = placement.groupOf.get(demand.id)!
    if (!placement.fresh.has(key)) continue
    const list = received.get(key)
    if (list) list.push(demand.receivedAt)
    else received.set(key, [demand.receivedAt])
  }
  const ids = new Map<string, string>()
  for (const [key, first] of placement.fresh) {
    const group = await req.payload.db.create({
      collection: 'demand-groups',
      data: {
        title: first.summary.slice(0, 60),
        bucket: first.bucket,
        topic: first.topic,
        scope: groupScopeOf(first),
        status: 'active',
        centroid: placement.centroids.get(key),
        ...figuresOf(received.get(key)!, now),
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      },
      req,
    })
    ids.set(key, String(group.id))
  }
  return ids
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
