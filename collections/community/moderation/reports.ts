import type { PayloadRequest } from 'payload'

import type { BoardReply, BoardReport, BoardThread, Resident } from '../../../cms/payload-types'
import { addToCounterRow } from '../../../cms/lib/counterRow'
import { boardById } from '../../Boards/lookup'
import { RequestError } from '../../errors'
import { relationId } from '../../relations'
import { REPORT_REASONS, type ReportReason } from '../words'
import { findPost, holdIfReported, type PostCollection, reportsOn } from './posts'

export type NewReport = { thread: number | string; reply?: number | string; reason: ReportReason; details: string }

/**
 * A resident's 举报 of a published thread or reply, in `tx`: one pending
 * report per resident per post (409 for a second), the post's report count
 * up by one, and the post held for review (待复核) once its pending reports
 * reach the board's threshold. Any signed-in resident may report: the
 * public reads the boards, not only members.
 */
export async function fileReport(tx: PayloadRequest, resident: Resident, input: NewReport): Promise<{ held: boolean; report: BoardReport; thread: BoardThread }> {
  const thread = await findPost(tx, 'board-threads', input.thread)
  const collection: PostCollection = input.reply === undefined ? 'board-threads' : 'board-replies'
  const post = input.reply === undefined ? thread : await findPost(tx, 'board-replies', input.reply)
  if (post.status !== 'published' || thread.status !== 'published' || (collection === 'board-replies' && String(relationId((post as BoardReply).thread)) !== String(thread.id))) {
    throw new RequestError('NOT_FOUND', '没有找到这条内容', 404)
  }
  const mine = await tx.payload.count({ collection: 'board-reports', where: { and: [reportsOn(collection, post), { reporter: { equals: resident.id } }, { status: { equals: 'pending' } }] }, overrideAccess: true, req: tx })
  if (mine.totalDocs) throw new RequestError('ALREADY_REPORTED', '您已经举报过这条内容，社区工作者处理后会告诉您结果', 409)
  const report = await tx.payload.create({
    collection: 'board-reports',
    data: { board: relationId(post.board) as string, thread: thread.id, reply: collection === 'board-replies' ? post.id : undefined, reason: input.reason, reasonLabel: REPORT_REASONS[input.reason], details: input.details || undefined, reporter: resident.id, status: 'pending' },
    overrideAccess: true,
    depth: 0,
    req: tx,
  })
  await addToCounterRow(tx.payload, { collection, field: 'reportCount', where: { id: { equals: post.id } } }, 1, tx)
  const board = await boardById(tx, relationId(post.board)!)
  const held = await holdIfReported(tx, collection, post, board?.reportHoldThreshold ?? 1)
  return { held, report, thread: thread as BoardThread }
}
