import type { PayloadRequest } from 'payload'

import type { Board, BoardMember, BoardReply, BoardThread, Resident } from '../../cms/payload-types'
import { addToCounterRow } from '../../cms/lib/counterRow'
import type { PreparedFile, StoredFiles } from '../Applications/lib/attachments'
import type { FieldError } from '../endpoints/refusal'
import { invalid } from '../endpoints/respond'
import { RequestError } from '../errors'
import { ipProvince } from './ipProvince'
import { postingMember } from './membership'
import { type Screening, screenText } from './screening'
import type { PostStatus, ThreadCategory } from './words'
import { takePostingAllowance } from './moderation/credit'

/**
 * Writing on a board, as every resident route does it (threads, proposals,
 * replies; JSON and plain form posts alike): the posting rules
 * (membership.ts), the sensitive-word screening of each text, the board's
 * moderation mode, the IP province, then the record — all in the caller's
 * transaction (`req`).
 */

const BLOCKED = (field: string): FieldError => ({ field, code: 'SENSITIVE_CONTENT', message: '内容含有不宜发布的词语，请修改后再提交' })

/** Screen each named text; refuse (422) when any has a blocked word, else the texts as shown and whether a moderator must see them first. */
async function screened(req: PayloadRequest, texts: Record<string, string>): Promise<{ held: boolean; shown: Record<string, string> }> {
  const results = await Promise.all(Object.entries(texts).map(async ([field, text]) => [field, await screenText(req, text)] as [string, Screening]))
  const blocked = results.filter(([, result]) => result.outcome === 'block').map(([field]) => BLOCKED(field))
  if (blocked.length) throw invalid(blocked)
  return { held: results.some(([, result]) => result.outcome === 'review'), shown: Object.fromEntries(results.map(([field, result]) => [field, result.text])) }
}

/** 先审后发 boards and held words wait for a moderator; everything else is shown at once. */
const statusFor = (board: Board, held: boolean): PostStatus => (board.moderation === 'pre' || held ? 'pending' : 'published')

/** Who wrote it, as the public sees it: the nickname and the IP province, never the identity. */
const authorship = (req: PayloadRequest, member: BoardMember) => ({ author: member.id, authorName: member.nickname, ipProvince: ipProvince(req.headers) })

/** Photos checked and re-encoded (attachments.ts `prepareFiles`), and where they are written (`storedFiles(payload, 'board-photos')`, discarded by the caller on a rollback). */
export type PostPhotos = { files: PreparedFile[]; into: StoredFiles }

/** The post's photos as board-photos records, public once the post is: their ids. */
const storePhotos = (req: PayloadRequest, board: Board, status: PostStatus, photos?: PostPhotos): Promise<string[]> =>
  photos?.files.length ? photos.into.store(req, photos.files, () => ({ board: board.id, shown: status === 'published' })) : Promise.resolve([])

export type NewThread = { kind: 'post' | 'proposal'; category: ThreadCategory; title: string; body: string; photos?: PostPhotos }

/** A resident's new thread (a post or a proposal) on `board`. */
export async function createThread(req: PayloadRequest, resident: Resident, board: Board, input: NewThread): Promise<BoardThread> {
  const member = await postingMember(req, resident, board)
  const { held, shown } = await screened(req, { title: input.title, body: input.body })
  await takePostingAllowance(req, member)
  const status = statusFor(board, held)
  const photos = await storePhotos(req, board, status, input.photos)
  const now = new Date().toISOString()
  return req.payload.create({
    collection: 'board-threads',
    data: {
      board: board.id,
      kind: input.kind,
      category: input.kind === 'proposal' ? 'discussion' : input.category,
      title: shown.title!,
      body: shown.body!,
      ...authorship(req, member),
      status,
      photos,
      lastActivityAt: now,
      ...(input.kind === 'proposal' ? { proposal: { status: 'collecting', supports: 0, threshold: board.proposalThreshold } } : {}),
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

/** A resident's reply under `thread` (published, on a board they may speak on), numbered by the next floor. */
export async function createReply(req: PayloadRequest, resident: Resident, thread: BoardThread, board: Board, body: string, photos?: PostPhotos): Promise<BoardReply> {
  if (thread.status !== 'published') throw new RequestError('THREAD_NOT_OPEN', '这个帖子现在不能回复', 409)
  const member = await postingMember(req, resident, board)
  const { held, shown } = await screened(req, { body })
  await takePostingAllowance(req, member)
  const status = statusFor(board, held)
  // One atomic step takes the floor (and, for a reply shown at once, moves the thread up its board), across server processes.
  const moved = status === 'published' ? { lastActivityAt: new Date().toISOString() } : undefined
  const floor = await addToCounterRow(req.payload, { collection: 'board-threads', field: 'replyCount', where: { id: { equals: thread.id } }, set: moved }, 1, req)
  if (floor === null) throw new RequestError('NOT_FOUND', '没有找到这个帖子', 404)
  return req.payload.create({
    collection: 'board-replies',
    data: { thread: thread.id, board: board.id, floor, body: shown.body!, ...authorship(req, member), status, photos: await storePhotos(req, board, status, photos) },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
