import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { Board, BoardThread } from '../../cms/payload-types'
import { boardById } from '../Boards/lookup'
import { portalOrigin } from '../catalogue/portalUrl'
import { PORTAL_PATHS } from '../catalogue/portalPaths'
import { OFFICIAL_KINDS, type OfficialKind } from '../community/words'
import { deliverOnCommit } from '../Notifications/deliver'
import { queueMessage } from '../Notifications/queue'
import { renderMessage } from '../Notifications/templates'
import { relationId } from '../relations'

/**
 * 居务公开 by SMS: when an official post is first published, every resident
 * subscribed to its board gets one message (community.notice), written to
 * the outbox in the post's own transaction. `noticeSentAt` marks the post
 * told, so an edit, or a post hidden and shown again, sends nothing.
 */

/** Subscribers read and told per page, so a large board never holds every row at once. */
const SUBSCRIBERS_PER_PAGE = 200

const firstPublished = (data: Partial<BoardThread>, originalDoc?: Partial<BoardThread>): boolean =>
  (data.kind ?? originalDoc?.kind) === 'official' && (data.status ?? originalDoc?.status) === 'published' && !originalDoc?.noticeSentAt

/** beforeChange: stamp the post told when this change first publishes it. */
export const stampNotice: CollectionBeforeChangeHook<BoardThread> = ({ data, originalDoc }) =>
  firstPublished(data, originalDoc) ? { ...data, noticeSentAt: new Date().toISOString() } : data

/** The board's name in a message: 纬五路社区, 经八路街道. */
export const placeOf = (board: Pick<Board, 'name'>): string => (board.name ?? '').replace(/居民论坛$/, '')

/** Queue the notice to every subscriber of the post's board, page by page. */
async function tellSubscribers(req: PayloadRequest, post: BoardThread, board: Board): Promise<void> {
  const link = `${portalOrigin()}${PORTAL_PATHS.communityThread(board.code!, post.id)}`
  const kind = OFFICIAL_KINDS[(post.officialKind ?? 'notice') as OfficialKind]
  const { subject, text } = await renderMessage(req, 'community.notice', { board: placeOf(board), kind, title: post.title, link })
  let deliver = false
  for (let page = 1, more = true; more; page += 1) {
    const subscriptions = await req.payload.find({ collection: 'board-subscriptions', where: { board: { equals: board.id } }, sort: 'id', depth: 0, limit: SUBSCRIBERS_PER_PAGE, page, select: { resident: true }, overrideAccess: true, req })
    const ids = subscriptions.docs.map((each) => relationId(each.resident)).filter((id) => id !== undefined)
    const { docs: residents } = ids.length
      ? await req.payload.find({ collection: 'residents', where: { id: { in: ids } }, depth: 0, pagination: false, select: { phone: true }, overrideAccess: true, showHiddenFields: true, req })
      : { docs: [] }
    for (const resident of residents) {
      if (resident.phone) deliver = (await queueMessage(req, { boardThread: post.id, resident: resident.id, scope: board.scope }, { subject, message: text, phone: resident.phone }, 'staff')) || deliver
    }
    more = subscriptions.hasNextPage
  }
  if (deliver) deliverOnCommit(req)
}

/** afterChange: the post stamped by this change is sent to the board's subscribers. */
export const sendNotice: CollectionAfterChangeHook<BoardThread> = async ({ doc, previousDoc, req }) => {
  if (!doc.noticeSentAt || previousDoc?.noticeSentAt) return doc
  const board = await boardById(req, relationId(doc.board)!)
  if (board) await tellSubscribers(req, doc, board)
  return doc
}
