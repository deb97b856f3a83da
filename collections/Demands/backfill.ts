import type { Payload, PayloadRequest, Sort, Where } from 'payload'

import type { Ticket } from '../../cms/payload-types'

import { dataStep } from '../../cms/lib/dataSteps'
import { withTransaction } from '../../cms/lib/withTransaction'
import { isBadRating, RATING_LABELS, type RatingLevel } from '../casework/satisfaction'
import { registerCorrectionDemand, registerGuideCommentDemand, registerLifeRatingDemand, registerRatingDemand, registerTicketDemand, registerTicketRatingDemand, TICKET_DEMAND_KINDS, TICKET_RATING_ACTIONS } from './hooks'
import { withdrawDemand } from './register'

/** The rating levels that count as bad. */
const BAD_LEVELS = Object.keys(RATING_LABELS).filter((level) => isBadRating(Number(level) as RatingLevel))

/**
 * What a work order's demands are made of. Read alone, so that the migration
 * running this reads only columns it knows: later migrations add others.
 */
const TICKET_DEMAND_SELECT = { kind: true, channel: true, number: true, summary: true, content: true, topic: true, service: true, scope: true, receivedAt: true, createdAt: true, satisfaction: true } as const

/** Cases registered per transaction. */
const BATCH = 200

/**
 * Register the demands of cases that existed before the register (or that a
 * failed hook missed), exactly as their hooks would: idempotent, so running
 * it again changes nothing. Asked for by the migration that adds the
 * register, and run once the schema is whole.
 */
export const backfillDemands = dataStep('demands', async (payload: Payload, req?: PayloadRequest): Promise<number> => {
  let registered = 0
  registered += await backfill(payload, req, 'tickets', { kind: { in: [...TICKET_DEMAND_KINDS] } }, registerTicketDemand, 'createdAt', TICKET_DEMAND_SELECT)
  registered += await backfill(payload, req, 'guide-corrections', {}, registerCorrectionDemand)
  registered += await backfill(payload, req, 'applications', { 'rating.level': { in: BAD_LEVELS } }, registerRatingDemand)
  registered += await backfill(payload, req, 'tickets', { satisfaction: { in: BAD_LEVELS } }, registerTicketRatingFromHistory, 'createdAt', TICKET_DEMAND_SELECT)
  registered += await backfillGuideCommentDemands(payload, req)
  return registered
})

/**
 * Register the bad ratings of life-service orders (the register took them in
 * after the orders existed), for the migration that added them: apart from
 * `backfillDemands`, which earlier migrations ask for.
 */
export const backfillLifeRatingDemands = dataStep('lifeRatingDemands', (payload: Payload, req?: PayloadRequest): Promise<number> =>
  backfill(payload, req, 'life-orders', { 'rating.level': { in: BAD_LEVELS } }, registerLifeRatingDemand),
)

/** Register the 没有帮助 comments on guides: by day (all they keep), then id, so no comment of a busy day falls between pages. */
export const backfillGuideCommentDemands = (payload: Payload, req?: PayloadRequest): Promise<number> =>
  backfill(payload, req, 'guide-comments', {}, registerGuideCommentDemand, ['day', 'id'])

/** Take the demands matching `where` out of the register again, their groups' figures recounted (a migration's down). */
async function withdrawDemands(payload: Payload, req: PayloadRequest, where: Where): Promise<void> {
  const { docs } = await payload.find({ collection: 'demands', where, pagination: false, depth: 0, select: { sourceKey: true }, req })
  for (const demand of docs) await withdrawDemand(req, demand.sourceKey)
}

/** The 没有帮助 comments on guides. */
export const withdrawGuideCommentDemands = (payload: Payload, req: PayloadRequest): Promise<void> => withdrawDemands(payload, req, { source: { equals: 'guideComment' } })

/** The bad ratings of life-service orders. */
export const withdrawLifeRatingDemands = (payload: Payload, req: PayloadRequest): Promise<void> => withdrawDemands(payload, req, { 'case.relationTo': { equals: 'life-orders' } })

/** A work order's bad rating, with the words its history recorded at the last rating or call-back. */
async function registerTicketRatingFromHistory(req: PayloadRequest, ticket: Ticket): Promise<void> {
  const { docs } = await req.payload.find({
    collection: 'ticket-events',
    where: { and: [{ ticket: { equals: ticket.id } }, { action: { in: [...TICKET_RATING_ACTIONS] } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    req,
  })
  if (docs[0]) await registerTicketRatingDemand(req, ticket, docs[0].note, docs[0].createdAt)
}

async function backfill<C extends 'applications' | 'guide-comments' | 'guide-corrections' | 'life-orders' | 'tickets'>(
  payload: Payload,
  /** The caller's transaction (a migration's), else one per batch. */
  outer: PayloadRequest | undefined,
  collection: C,
  where: Where,
  register: (req: PayloadRequest, doc: never) => Promise<void>,
  /** Oldest first, so groups form as the hooks formed them. */
  sort: Sort = 'createdAt',
  select?: Record<string, true>,
): Promise<number> {
  let done = 0
  for (let page = 1; ; page += 1) {
    const { docs, hasNextPage } = await payload.find({ collection, where, sort, page, limit: BATCH, depth: 0, req: outer, ...(select ? { select } : {}) })
    const registerAll = async (req: PayloadRequest) => {
      for (const doc of docs) await register(req, doc as never)
    }
    await (outer ? registerAll(outer) : withTransaction(payload, registerAll))
    done += docs.length
    if (!hasNextPage) return done
  }
}
