import type { PayloadRequest } from 'payload'

import type { Demand } from '../../cms/payload-types'
import { assignGroup, bucketOf, createGroupedDemand, refreshGroupFromMembers } from '../DemandGroups/grouping'
import type { DivisionPath } from '../Divisions/code'
import { relationId } from '../relations'
import { withoutPersonalNumbers } from '../Tickets/web/similarity'
import type { DemandCaseCollection, DemandKind, DemandSource } from './sources'

/** What a source case says about its demand, before personal numbers are blanked. */
export type DemandInput = {
  case: { relationTo: DemandCaseCollection; value: string }
  kind: DemandKind
  receivedAt: string
  scope: null | Partial<DivisionPath> | undefined
  service?: unknown
  source: DemandSource
  /** One demand per source: the case, and which of its demands (a case's rating is another). */
  sourceKey: string
  sourceNumber?: null | string
  summary: string
  text: string
  topic?: unknown
}

/** The longest summary kept: a list line. */
const SUMMARY_LENGTH = 100

/** A relationship's id as text, or null. */
const idOf = (value: unknown): null | string => {
  const id = relationId(value as never)
  return id === undefined ? null : String(id)
}

/** The topic a demand is filed under: its own, else its service's. */
async function topicOf(req: PayloadRequest, input: Pick<DemandInput, 'service' | 'topic'>): Promise<null | string> {
  const topic = idOf(input.topic)
  if (topic) return topic
  const service = idOf(input.service)
  if (!service) return null
  const found = await req.payload.findByID({ collection: 'services', id: service, depth: 0, draft: true, select: { topic: true }, req, disableErrors: true })
  return found ? String(relationId(found.topic)) : null
}

/** The fields a demand is stored with, personal numbers blanked. */
async function demandData(req: PayloadRequest, input: DemandInput) {
  const topic = await topicOf(req, input)
  const scope = { city: input.scope?.city ?? null, district: input.scope?.district ?? null, street: input.scope?.street ?? null, community: input.scope?.community ?? null }
  return {
    sourceKey: input.sourceKey,
    source: input.source,
    kind: input.kind,
    sourceNumber: input.sourceNumber ?? null,
    case: input.case,
    summary: withoutPersonalNumbers(input.summary).slice(0, SUMMARY_LENGTH),
    text: withoutPersonalNumbers(input.text),
    topic,
    service: idOf(input.service),
    receivedAt: input.receivedAt,
    scope,
    bucket: bucketOf(scope, topic),
  } satisfies Partial<Demand>
}

const CHANGING_FIELDS = ['kind', 'summary', 'text', 'topic', 'service', 'bucket'] as const

/**
 * Register the demand a case raised, or bring its entry up to date: one entry
 * per `sourceKey` (unique), so a retried hook or a rerun backfill changes
 * nothing. Call it with the case's `req`, inside its transaction. A new
 * demand, or one whose district or topic changed while the grouping placed
 * it, is grouped at once.
 */
export async function registerDemand(req: PayloadRequest, input: DemandInput): Promise<Demand> {
  const data = await demandData(req, input)
  const existing = await findDemand(req, input.sourceKey)
  if (!existing) return createGroupedDemand(req, data)
  if (CHANGING_FIELDS.every((field) => String(relationId(existing[field] as never) ?? '') === String(data[field] ?? ''))) return existing
  const updated = await req.payload.update({ collection: 'demands', id: existing.id, data, req, depth: 0 })
  const previousGroup = relationId(existing.group)
  if (existing.bucket !== data.bucket && existing.groupedBy === 'auto') {
    await assignGroup(req, updated)
    if (previousGroup) await refreshGroupFromMembers(req, String(previousGroup))
  }
  return updated
}

/** Remove the demand of a case that no longer raises one (an order corrected to a consultation). */
export async function withdrawDemand(req: PayloadRequest, sourceKey: string): Promise<void> {
  const existing = await findDemand(req, sourceKey)
  if (!existing) return
  await req.payload.delete({ collection: 'demands', id: existing.id, req })
  const group = relationId(existing.group)
  if (group) await refreshGroupFromMembers(req, String(group))
}

async function findDemand(req: PayloadRequest, sourceKey: string): Promise<Demand | undefined> {
  const { docs } = await req.payload.find({ collection: 'demands', where: { sourceKey: { equals: sourceKey } }, limit: 1, depth: 0, req })
  return docs[0]
}
