import type { Payload } from 'payload'

import { withTransaction } from '../../../cms/lib/withTransaction'
import { RESIDENTS } from '../access'
import { unlinkRecords } from './accounts'

/** How long an account waits for its first sign-in after the last code was asked for. */
export const PENDING_ACCOUNT_HOURS = 24

/**
 * Delete the accounts still pending (a code was asked for, nobody signed in)
 * and untouched for PENDING_ACCOUNT_HOURS — asking for a code touches the
 * account, so one in use is never taken — and unlink their sign-in messages.
 * Returns how many went.
 */
export function purgePendingResidents(payload: Payload, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - PENDING_ACCOUNT_HOURS * 3600_000).toISOString()
  return withTransaction(payload, async (tx) => {
    const { docs } = await tx.payload.find({
      collection: RESIDENTS,
      where: { and: [{ status: { equals: 'pending' } }, { updatedAt: { less_than: before } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: {},
      req: tx,
    })
    const ids = docs.map((resident) => resident.id)
    if (ids.length === 0) return 0
    await unlinkRecords(tx, ids)
    await tx.payload.delete({ collection: RESIDENTS, where: { id: { in: ids } }, overrideAccess: true, depth: 0, req: tx })
    return ids.length
  })
}
