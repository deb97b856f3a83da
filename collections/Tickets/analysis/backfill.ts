import type { Payload, PayloadRequest } from 'payload'

import type { Ticket } from '../../../cms/payload-types'
import { cellKey, cellsOf, COUNTERS, type CounterCell, countCells } from './aggregate'

/** Orders read, and their cells summed, at a time. */
const PAGE = 2000

/**
 * Count the orders already stored before the hook kept 诉求分析's counters
 * (`npm run demands:backfill`, once after upgrading): every order read as stored
 * (`payload.db`, unmasked, no hooks) page by page, its cells summed per
 * page and added to the rows. Starts from empty counters, so running it
 * again counts afresh.
 */
export async function backfillAnalysisCounters(payload: Payload, req?: PayloadRequest): Promise<number> {
  await payload.db.deleteMany({ collection: COUNTERS, where: { id: { exists: true } }, req })
  let counted = 0
  for (let page = 1; ; page += 1) {
    const result = await payload.db.find<Ticket>({ collection: 'tickets', limit: PAGE, page, sort: 'id', where: {}, req })
    const sums = new Map<string, { cell: CounterCell; count: number }>()
    for (const order of result.docs) {
      for (const cell of cellsOf(order, payload.secret)) {
        const key = cellKey(cell)
        const sum = sums.get(key) ?? { cell, count: 0 }
        sum.count += 1
        sums.set(key, sum)
      }
    }
    for (const { cell, count } of sums.values()) await countCells(payload, [cell], count, req)
    counted += result.docs.length
    if (!result.hasNextPage) return counted
  }
}
