import type { PayloadRequest, Where } from 'payload'

import type { LifeOrder } from '../../../cms/payload-types'
import { RATING_LABELS } from '../../casework/satisfaction'
import { relationId } from '../../relations'
import { LIFE_ORDERS } from '../states'

const LEVELS = Object.keys(RATING_LABELS).map(Number)

/**
 * The average and number of ratings in `field` over the orders `where`
 * selects: one indexed count per level (five), so the database does the
 * counting, however many orders there are.
 */
async function ratingOf(req: PayloadRequest, where: Where, field: 'rating.level' | 'rating.workerLevel'): Promise<{ average: null | number; count: number }> {
  const counts = await Promise.all(
    LEVELS.map(async (level) => (await req.payload.count({ collection: LIFE_ORDERS, where: { and: [where, { [field]: { equals: String(level) } }] }, overrideAccess: true, req })).totalDocs),
  )
  const count = counts.reduce((sum, each) => sum + each, 0)
  const total = counts.reduce((sum, each, index) => sum + each * LEVELS[index]!, 0)
  return { average: count ? Math.round((total / count) * 100) / 100 : null, count }
}

/**
 * Recount the public averages of the order's provider and worker after a
 * rating, in the rating's transaction (a provider's from its rated orders'
 * service levels, a worker's from their worker levels).
 */
export async function recountRatings(tx: PayloadRequest, order: LifeOrder): Promise<void> {
  const providerId = relationId(order.provider)
  if (providerId !== undefined) {
    const rating = await ratingOf(tx, { provider: { equals: providerId } }, 'rating.level')
    await tx.payload.update({ collection: 'providers', id: providerId, data: { rating }, overrideAccess: true, depth: 0, req: tx, select: { rating: true } })
  }
  const workerId = relationId(order.worker)
  if (workerId !== undefined) {
    const rating = await ratingOf(tx, { worker: { equals: workerId } }, 'rating.workerLevel')
    await tx.payload.update({ collection: 'workers', id: workerId, data: { rating }, overrideAccess: true, depth: 0, req: tx, select: { rating: true } })
  }
}
