import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, FilterOptions } from 'payload'

import type { CouncilMeeting } from '../../cms/payload-types'
import { boardById } from '../Boards/lookup'
import { putOnAgenda } from '../community/proposals/answers'
import { relationId } from '../relations'

/** The agenda offers the proposals of the meeting's own board. */
export const proposalsOfBoard: FilterOptions = ({ data }) => ({ kind: { equals: 'proposal' }, ...(data?.board ? { board: { equals: relationId(data.board) } } : {}) })

/** beforeChange: the attendee count follows the named attendance once staff list it. */
export const countAttendance: CollectionBeforeChangeHook = ({ data }) => (data.attendance?.length ? { ...data, attendeeCount: data.attendance.length } : data)

/** afterChange: each proposal newly on the agenda is marked 已列入议程 with a timeline entry, in the meeting's transaction. */
export const markAgenda: CollectionAfterChangeHook<CouncilMeeting> = async ({ doc, req }) => {
  const ids = (doc.agenda ?? []).map((item) => relationId(item)).filter((id) => id !== undefined)
  const board = await boardById(req, relationId(doc.board)!)
  if (!ids.length || !board) return doc
  const { docs } = await req.payload.find({ collection: 'board-threads', where: { and: [{ id: { in: ids } }, { kind: { equals: 'proposal' } }, { board: { equals: board.id } }] }, depth: 0, pagination: false, overrideAccess: true, req })
  for (const thread of docs) await putOnAgenda(req, { board, thread }, doc)
  return doc
}
