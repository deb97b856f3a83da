import type { CollectionAfterChangeHook } from 'payload'

import { BOARD_DEFAULTS, BOARDS } from '../index'

const hasBoard = (level: unknown): boolean => level === 'community' || level === 'street'

/**
 * Divisions' afterChange, in the same transaction: a new community or street
 * gets its board; a renamed one renames its board (the name follows the division).
 */
export const openBoardForDivision: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  if (!hasBoard(doc.level)) return doc
  if (operation === 'create') {
    await req.payload.create({ collection: BOARDS, data: { division: doc.id, ...BOARD_DEFAULTS }, overrideAccess: true, depth: 0, req })
  } else if (previousDoc?.name !== doc.name) {
    await req.payload.update({ collection: BOARDS, where: { division: { equals: doc.id } }, data: {}, overrideAccess: true, depth: 0, req })
  }
  return doc
}
