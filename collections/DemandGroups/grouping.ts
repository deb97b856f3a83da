import type { PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'

import type { Demand, DemandGroup } from '../../cms/payload-types'
import { relationId } from '../relations'
import { centroidSimilarity, demandTokens, type TokenCounts } from '../Tickets/web/similarity'

/**
 * How similar demands are put together, on their summaries: the one line an
 * agent (or the resident's first line) gives what is asked, without the
 * call's boilerplate (来电人、电话…) that would make every demand alike.
 * Each group keeps a centroid (how many
 * of its members hold each word and bigram, the most frequent tokens only);
 * a new demand joins the group of its district and topic whose centroid it
 * is most like, when that is at least GROUP_THRESHOLD, else starts a group.
 * Comparing against a few dozen centroids instead of every demand keeps the
 * hook cheap; the nightly run (cms/jobs/regroupDemands.ts) redoes it for the
 * recent window with the same rules.
 */

/** Cosine to a group's centroid at which a demand joins it (tuned on test/integration/demands.test.ts's fixed texts). */
export const GROUP_THRESHOLD = 0.2
/** Tokens a centroid keeps: enough to describe a group, small enough to read fast. */
const CENTROID_TOKENS = 60
/** Groups a new demand is compared with: its district and topic's most recently active ones. */
const CANDIDATES = 200

/** The district (or, for city-wide demands, the city) and topic a demand is grouped within. */
export function bucketOf(scope: Partial<Record<'city' | 'district', null | string>> | null | undefined, topic: unknown): string {
  return `${scope?.district || scope?.city || '-'}|${String(relationId(topic as never) ?? '-')}`
}

/** The centroid with one more member's tokens, trimmed to its most frequent tokens. */
export function withMember(centroid: TokenCounts | null | undefined, tokens: Set<string>): TokenCounts {
  const counts = { ...(centroid?.counts ?? {}) }
  for (const token of tokens) counts[token] = (counts[token] ?? 0) + 1
  return trimmed({ counts, size: (centroid?.size ?? 0) + 1 })
}

/** Two centroids as one (a merge). */
export function combined(a: TokenCounts, b: TokenCounts): TokenCounts {
  const counts = { ...a.counts }
  for (const [token, count] of Object.entries(b.counts)) counts[token] = (counts[token] ?? 0) + count
  return trimmed({ counts, size: a.size + b.size })
}

/** The centroid of these texts. */
export const centroidOf = (texts: string[]): TokenCounts =>
  texts.reduce<TokenCounts>((centroid, text) => withMember(centroid, demandTokens(text)), { counts: {}, size: 0 })

function trimmed(centroid: TokenCounts): TokenCounts {
  const entries = Object.entries(centroid.counts)
  if (entries.length <= CENTROID_TOKENS) return centroid
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  return { counts: Object.fromEntries(entries.slice(0, CENTROID_TOKENS)), size: centroid.size }
}

/** The candidate most like `tokens`, when it is alike enough to join. */
export function bestMatch<T extends { centroid: TokenCounts }>(candidates: Iterable<T>, tokens: Set<string>): null | T {
  let best: null | T = null
  let bestScore = GROUP_THRESHOLD
  for (const candidate of candidates) {
    const score = centroidSimilarity(tokens, candidate.centroid)
    if (score >= bestScore) {
      best = candidate
      bestScore = score
    }
  }
  return best
}

export const centroidOfGroup = (group: Pick<DemandGroup, 'centroid'>): TokenCounts =>
  (group.centroid as TokenCounts | null) ?? { counts: {}, size: 0 }

/** A new group's title: the first demand's summary. */
const titleOf = (demand: Pick<Demand, 'summary'>): string => demand.summary.slice(0, 60)

type Groupable = Pick<Demand, 'bucket' | 'scope' | 'summary' | 'topic'>

/** The group a demand joins: the best match in its bucket, or a new group; with the centroid it has once the demand is in. */
async function groupFor(req: PayloadRequest, demand: Groupable): Promise<{ centroid: TokenCounts; groupId: string }> {
  const tokens = demandTokens(demand.summary)
  const { docs } = await req.payload.find({
    collection: 'demand-groups',
    where: { and: [{ bucket: { equals: demand.bucket } }, { status: { equals: 'active' } }] },
    sort: '-lastSeenAt',
    limit: CANDIDATES,
    depth: 0,
    select: { centroid: true },
    req,
  })
  const match = bestMatch(
    docs.map((doc) => ({ id: doc.id, centroid: centroidOfGroup(doc) })),
    tokens,
  )
  const groupId = match
    ? match.id
    : (
        await req.payload.create({
          collection: 'demand-groups',
          data: { title: titleOf(demand), bucket: demand.bucket, topic: demand.topic, scope: groupScopeOf(demand), status: 'active', centroid: { counts: {}, size: 0 } },
          req,
          depth: 0,
        })
      ).id
  return { groupId, centroid: withMember(match?.centroid, tokens) }
}

/**
 * Put a demand the grouping may place (not one staff placed) in the best
 * group of its bucket, or a new one, and update that group's centroid and
 * figures. Returns the group's id.
 */
export async function assignGroup(req: PayloadRequest, demand: Demand): Promise<string> {
  const { centroid, groupId } = await groupFor(req, demand)
  await req.payload.update({ collection: 'demands', id: demand.id, data: { group: groupId, groupedBy: 'auto' }, req, depth: 0 })
  await refreshGroupFigures(req, groupId, centroid)
  return groupId
}

/** Store a new demand already in the group it joins (one write, not a create and an update), and update that group. */
export async function createGroupedDemand(req: PayloadRequest, data: Omit<RequiredDataFromCollectionSlug<'demands'>, 'group' | 'groupedBy'>): Promise<Demand> {
  const { centroid, groupId } = await groupFor(req, data)
  const created = await req.payload.create({ collection: 'demands', data: { ...data, group: groupId, groupedBy: 'auto' }, req, depth: 0 })
  await refreshGroupFigures(req, groupId, centroid)
  return created
}

/** Groups are district-wide: the city and district of the demand. */
export const groupScopeOf = (demand: Pick<Demand, 'scope'>) => ({
  city: demand.scope?.city ?? null,
  district: demand.scope?.district ?? null,
  street: null,
  community: null,
})

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000

/** The instant the Beijing month of `at`, shifted by `months`, begins. */
export function monthStart(at: Date, months = 0): Date {
  const beijing = new Date(at.getTime() + BEIJING_OFFSET_MS)
  return new Date(Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth() + months, 1) - BEIJING_OFFSET_MS)
}

/** A group's figures from its members' received instants (ISO, so they sort as text). */
export function figuresOf(received: string[], now = new Date()) {
  const thisMonth = monthStart(now).toISOString()
  const lastMonth = monthStart(now, -1).toISOString()
  const sorted = [...received].sort()
  const monthCount = sorted.filter((at) => at >= thisMonth).length
  const previousMonthCount = sorted.filter((at) => at >= lastMonth && at < thisMonth).length
  return { size: sorted.length, monthCount, previousMonthCount, growth: monthCount - previousMonthCount, firstSeenAt: sorted[0] ?? null, lastSeenAt: sorted.at(-1) ?? null }
}

/**
 * Recount a group's figures from its members: size, first and last seen, new
 * this month and last month, growth; with `centroid`, store that too. Counts
 * through the Local API, so both databases answer from the `group` index.
 */
export async function refreshGroupFigures(req: PayloadRequest, groupId: string, centroid?: TokenCounts, now = new Date()): Promise<void> {
  const member = { group: { equals: groupId } }
  const count = async (from?: Date, to?: Date) =>
    (
      await req.payload.count({
        collection: 'demands',
        where: { and: [member, ...(from ? [{ receivedAt: { greater_than_equal: from.toISOString() } }] : []), ...(to ? [{ receivedAt: { less_than: to.toISOString() } }] : [])] },
        req,
      })
    ).totalDocs
  const edge = async (sort: string) =>
    (await req.payload.find({ collection: 'demands', where: member, sort, limit: 1, depth: 0, select: { receivedAt: true }, req })).docs[0]?.receivedAt ?? null
  const thisMonth = monthStart(now)
  // One after another: they share the request's transaction.
  const size = await count()
  const monthCount = await count(thisMonth)
  const previousMonthCount = await count(monthStart(now, -1), thisMonth)
  const firstSeenAt = await edge('receivedAt')
  const lastSeenAt = await edge('-receivedAt')
  await req.payload.update({
    collection: 'demand-groups',
    id: groupId,
    data: { size, monthCount, previousMonthCount, growth: monthCount - previousMonthCount, firstSeenAt, lastSeenAt, ...(centroid ? { centroid } : {}) },
    req,
    depth: 0,
  })
}

/** A group's centroid and figures recomputed from the members it has now (after a split, or a member left). */
export async function refreshGroupFromMembers(req: PayloadRequest, groupId: string): Promise<void> {
  const { docs } = await req.payload.find({ collection: 'demands', where: { group: { equals: groupId } }, pagination: false, depth: 0, select: { summary: true }, req })
  await refreshGroupFigures(req, groupId, centroidOf(docs.map((doc) => doc.summary)))
}

/**
 * The groups of one bucket as the nightly run builds them, with an inverted
 * index (token → groups), so a demand is scored only against the groups that
 * share a token with it. The score is the same cosine as `centroidSimilarity`:
 * Σ counts of shared tokens / (√|tokens| · √Σ counts²), the group's size
 * cancelling out.
 */
export class CentroidIndex {
  private readonly groups = new Map<string, { counts: Map<string, number>; squares: number; size: number }>()
  private readonly byToken = new Map<string, Set<string>>()

  /** Whether the group has no members (left). */
  isEmpty(groupId: string): boolean {
    return !this.groups.get(groupId)?.size
  }

  add(groupId: string, tokens: Set<string>): void {
    let group = this.groups.get(groupId)
    if (!group) this.groups.set(groupId, (group = { counts: new Map(), squares: 0, size: 0 }))
    group.size += 1
    for (const token of tokens) {
      const count = group.counts.get(token) ?? 0
      group.counts.set(token, count + 1)
      group.squares += 2 * count + 1
      let holders = this.byToken.get(token)
      if (!holders) this.byToken.set(token, (holders = new Set()))
      holders.add(groupId)
    }
  }

  /** Take a member's tokens out again (to score it against its own group without itself). */
  remove(groupId: string, tokens: Set<string>): void {
    const group = this.groups.get(groupId)
    if (!group) return
    group.size -= 1
    for (const token of tokens) {
      const count = group.counts.get(token)
      if (!count) continue
      group.squares -= 2 * count - 1
      if (count > 1) group.counts.set(token, count - 1)
      else {
        group.counts.delete(token)
        this.byToken.get(token)?.delete(groupId)
      }
    }
  }

  /** The group most like `tokens`, when alike enough to join (ties: the first added). */
  best(tokens: Set<string>): null | string {
    if (!tokens.size) return null
    const dots = new Map<string, number>()
    for (const token of tokens) {
      for (const groupId of this.byToken.get(token) ?? []) dots.set(groupId, (dots.get(groupId) ?? 0) + this.groups.get(groupId)!.counts.get(token)!)
    }
    let best: null | string = null
    let bestScore = GROUP_THRESHOLD
    const root = Math.sqrt(tokens.size)
    for (const [groupId, dot] of dots) {
      const score = dot / (root * Math.sqrt(this.groups.get(groupId)!.squares))
      if (score > bestScore || (score === bestScore && best === null)) {
        best = groupId
        bestScore = score
      }
    }
    return best
  }

  /** A group's centroid as stored (its most frequent tokens). */
  centroid(groupId: string): TokenCounts {
    const group = this.groups.get(groupId)
    return trimmed({ counts: Object.fromEntries(group?.counts ?? []), size: group?.size ?? 0 })
  }
}
