import type { Payload, PayloadRequest } from 'payload'

import { dataStep } from '../../cms/lib/dataSteps'
import { relationId } from '../relations'
import { BOARD_DEFAULTS, BOARDS } from './index'

/**
 * Open a board for every community and street that has none: divisions
 * stored before boards existed (an upgrade, on either database). New
 * divisions get theirs from hooks/followDivision.ts. Idempotent; returns how
 * many were opened.
 */
export const openMissingBoards = dataStep('missingBoards', async (payload: Payload, req: PayloadRequest): Promise<number> => {
  const { docs: divisions } = await payload.find({ collection: 'divisions', where: { level: { in: ['street', 'community'] } }, pagination: false, depth: 0, select: { code: true }, req })
  const { docs: boards } = await payload.find({ collection: BOARDS, pagination: false, depth: 0, select: { division: true }, overrideAccess: true, req })
  const opened = new Set(boards.map((board) => String(relationId(board.division))))
  const missing = divisions.filter((division) => !opened.has(String(division.id)))
  for (const division of missing) {
    await payload.create({ collection: BOARDS, data: { division: division.id, ...BOARD_DEFAULTS }, overrideAccess: true, depth: 0, req })
  }
  return missing.length
})
