import type { PayloadRequest, Where } from 'payload'

import type { Board, BoardThread } from '../../../cms/payload-types'
import { PLATFORM_NAME } from '../../casework/actorWords'
import { boardById } from '../../Boards/lookup'
import { RequestError } from '../../errors'
import { relationId } from '../../relations'
import { officialSignature } from '../../BoardThreads/hooks/asOfficialPost'
import { communityStaffInScope } from '../access'
import { PROPOSAL_STATUSES, type ProposalStatus } from '../words'

/** A proposal's public page: the record and its board. */
export type ProposalOnBoard = { board: Board; thread: BoardThread }

/**
 * Append a step to a proposal's public timeline (proposal-updates). Staff
 * steps are signed by the 居委会 or 办事处, never by a person's name (the
 * timeline is public); the staff member is kept in `actor` for the record.
 */
export async function addTimelineEntry(req: PayloadRequest, { board, thread }: ProposalOnBoard, status: ProposalStatus, note: string): Promise<void> {
  const staff = req.user?.collection === 'users' ? req.user : null
  await req.payload.create({
    collection: 'proposal-updates',
    data: { thread: thread.id, board: board.id, status, statusLabel: PROPOSAL_STATUSES[status], note, actorName: staff ? officialSignature(board) : PLATFORM_NAME, actor: staff?.id },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

/** The published proposal with this id and its board, or 404. */
export async function publishedProposal(req: PayloadRequest, id: string): Promise<ProposalOnBoard> {
  return proposalWhere(req, id, { status: { equals: 'published' } })
}

/** A proposal the signed-in community staff member may act on (their subtree), or 403/404. */
export async function proposalForStaff(req: PayloadRequest): Promise<ProposalOnBoard> {
  const scope = communityStaffInScope({ req } as Parameters<typeof communityStaffInScope>[0])
  if (!scope) throw new RequestError('FORBIDDEN', '只有社区工作者可以处理居民提议', 403)
  return proposalWhere(req, String(req.routeParams?.id ?? ''), scope as Where | true)
}

/** Whether a path segment can be a record's id (SQLite's UUID, MongoDB's ObjectId): anything else is simply not found. */
export const isRecordId = (id: string): boolean => /^([a-f\d]{8}-[a-f\d]{4}-[a-f\d]{4}-[a-f\d]{4}-[a-f\d]{12}|[a-f\d]{24})$/i.test(id)

async function proposalWhere(req: PayloadRequest, id: string, rule: true | Where): Promise<ProposalOnBoard> {
  const where: Where[] = [{ id: { equals: id } }, { kind: { equals: 'proposal' } }]
  if (rule !== true) where.push(rule)
  const found = isRecordId(id)
    ? (await req.payload.find({ collection: 'board-threads', where: { and: where }, depth: 0, limit: 1, pagination: false, overrideAccess: true, req })).docs[0]
    : undefined
  const board = found ? await boardById(req, relationId(found.board)!) : undefined
  if (!found || !board) throw new RequestError('NOT_FOUND', '没有找到这个居民提议', 404)
  return { board, thread: found }
}
