import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook } from 'payload'

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

/** The records that make a board in use: anything said or kept on it. */
const BOARD_RECORDS = ['board-threads', 'board-members', 'board-blacklist', 'board-subscriptions', 'council-meetings'] as const

/**
 * Divisions' beforeDelete, before the in-use check: a community or street
 * being removed takes its board along when nothing was ever said or kept on
 * it; a board in use keeps the division (the check then refuses the delete).
 */
export const removeUnusedBoard: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { docs } = await req.payload.find({ collection: BOARDS, where: { division: { equals: id } }, depth: 0, limit: 1, pagination: false, overrideAccess: true, req })
  const board = docs[0]
  if (!board) return
  for (const collection of BOARD_RECORDS) {
    if ((await req.payload.count({ collection, where: { board: { equals: board.id } }, overrideAccess: true, req })).totalDocs > 0) return
  }
  await req.payload.delete({ collection: BOARDS, id: board.id, overrideAccess: true, req })
}
