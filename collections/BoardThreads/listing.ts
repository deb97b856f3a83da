import type { PayloadRequest, Where } from 'payload'

import type { Board, BoardReply, BoardThread } from '../../cms/payload-types'
import { PUBLISHED } from '../community/access'
import { OFFICIAL_KINDS, POST_STATUSES, PROPOSAL_STATUSES, THREAD_CATEGORIES, THREAD_KINDS, type ThreadCategory } from '../community/words'
import { RequestError } from '../errors'
import { BOARD_REPLIES } from '../BoardReplies'
import { BOARD_THREADS } from '.'

/**
 * What the public reads of a board, shared by its pages and the JSON API:
 * published posts only, each with its nickname and IP province, never who
 * wrote it. Replies not shown keep their floor as a placeholder, so the
 * numbering residents quote stays whole.
 */

export const THREADS_PER_PAGE = 20
export const REPLIES_PER_PAGE = 50
/** Pinned 居务公开 above the threads of a board's first page: all of them (pinned ones are left out of the pages below), up to a bound no board's staff reach. */
const PINNED_SHOWN = 100

export type PublicPhoto = { url: string }

export type PublicThread = {
  id: number | string
  kind: BoardThread['kind']
  kindLabel: string
  category: BoardThread['category']
  categoryLabel: null | string
  officialKindLabel: null | string
  proposalStatusLabel: null | string
  pinned: boolean
  title: string
  body: string
  nickname: string
  ipProvince: string
  createdAt: string
  lastActivityAt: string
  replyCount: number
}

export type PublicReply = { id: number | string; floor: number; shown: true; body: string; nickname: string; ipProvince: string; createdAt: string; photos: PublicPhoto[] } | { floor: number; shown: false; notice: string }

/** The columns a listing reads. */
const THREAD_COLUMNS = { kind: true, category: true, officialKind: true, proposal: { status: true }, pinned: true, title: true, body: true, authorName: true, ipProvince: true, createdAt: true, lastActivityAt: true, replyCount: true } as const

export const publicThread = (thread: BoardThread): PublicThread => ({
  id: thread.id,
  kind: thread.kind,
  kindLabel: THREAD_KINDS[thread.kind ?? 'post'],
  category: thread.category,
  categoryLabel: thread.kind === 'official' || !thread.category ? null : THREAD_CATEGORIES[thread.category],
  officialKindLabel: thread.kind === 'official' && thread.officialKind ? OFFICIAL_KINDS[thread.officialKind] : null,
  proposalStatusLabel: thread.kind === 'proposal' && thread.proposal?.status ? PROPOSAL_STATUSES[thread.proposal.status] : null,
  pinned: Boolean(thread.pinned),
  title: thread.title,
  body: thread.body,
  nickname: thread.authorName ?? '',
  ipProvince: thread.ipProvince ?? '',
  createdAt: thread.createdAt,
  lastActivityAt: thread.lastActivityAt ?? thread.createdAt,
  replyCount: thread.replyCount ?? 0,
})

/** Why a reply is not shown, in the words of its placeholder. */
const placeholder = (status: BoardReply['status']): string => (status === 'pending' ? '该回复待审核' : status === 'held' ? '该回复暂停显示，待复核' : '该回复已被屏蔽')

const publicReply = (reply: BoardReply, photos: Map<string, PublicPhoto>): PublicReply =>
  reply.status === 'published'
    ? { id: reply.id, floor: reply.floor, shown: true, body: reply.body, nickname: reply.authorName ?? '', ipProvince: reply.ipProvince ?? '', createdAt: reply.createdAt, photos: photosOf(reply.photos, photos) }
    : { floor: reply.floor, shown: false, notice: placeholder(reply.status) }

/** A page number from the query: whole and at least 1. */
export const pageNumber = (value: null | string | undefined): number => {
  const page = Number(value ?? 1)
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1
}

/** A category from the query, or none when it names none. */
export const categoryOf = (value: null | string | undefined): ThreadCategory | undefined => (value && Object.hasOwn(THREAD_CATEGORIES, value) ? (value as ThreadCategory) : undefined)

/**
 * Where a page of threads starts: a thread's last activity and id, written
 * `<ISO time>_<id>`. A board is paged by these keys rather than by page
 * number, so a page costs the same however deep it is and needs no count of
 * a board's 100,000 threads.
 */
export type ThreadCursor = { at: string; id: string }

const CURSOR = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,3})?Z)_([0-9a-f][0-9a-f-]{0,35})$/

const cursorOf = (thread: PublicThread): string => `${thread.lastActivityAt}_${thread.id}`

/** Which page the query asks for: threads older than `before`, newer than `after`, or the newest (none). */
export function threadPageOf(query: URLSearchParams): { direction: 'after' | 'before'; cursor: ThreadCursor } | undefined {
  for (const direction of ['before', 'after'] as const) {
    const value = query.get(direction)
    if (value === null) continue
    const match = CURSOR.exec(value)
    if (!match || Number.isNaN(Date.parse(match[1]!))) throw new RequestError('INVALID_CURSOR', '翻页链接不完整或已失效，请回到论坛第一页重新查看', 400)
    return { direction, cursor: { at: new Date(match[1]!).toISOString(), id: match[2]! } }
  }
  return undefined
}

/** The threads past `cursor` in one direction, in the order of the keys (an id breaks a tie in time). */
function pastCursor({ direction, cursor }: { direction: 'after' | 'before'; cursor: ThreadCursor }): Where {
  const [inclusive, strict] = direction === 'before' ? (['less_than_equal', 'less_than'] as const) : (['greater_than_equal', 'greater_than'] as const)
  return { and: [{ lastActivityAt: { [inclusive]: cursor.at } }, { or: [{ lastActivityAt: { [strict]: cursor.at } }, { id: { [strict]: cursor.id } }] }] }
}

/** A page of a board: its threads, and the cursors of the pages either side (null at either end). */
export type ThreadListing = { pinned: PublicThread[]; threads: PublicThread[]; newer: null | string; older: null | string }

/**
 * A board's threads by last activity, 20 a page, optionally one category;
 * the pinned 居务公开 on top of the first unfiltered page.
 */
export async function boardThreads(req: PayloadRequest, board: Board, { category, page }: { category?: ThreadCategory; page?: ReturnType<typeof threadPageOf> }): Promise<ThreadListing> {
  const where = (extra: Where[]): Where => ({ and: [{ board: { equals: board.id } }, PUBLISHED, ...extra] })
  const newerFirst = page?.direction !== 'after'
  const [pinned, listed] = await Promise.all([
    !page && !category
      ? req.payload.find({ collection: BOARD_THREADS, where: where([{ pinned: { equals: true } }]), sort: '-lastActivityAt', limit: PINNED_SHOWN, pagination: false, depth: 0, select: THREAD_COLUMNS, overrideAccess: true, req })
      : { docs: [] },
    // One more than a page tells whether another page follows, without counting.
    req.payload.find({
      collection: BOARD_THREADS,
      where: where([{ pinned: { equals: false } }, ...(category ? [{ category: { equals: category } }] : []), ...(page ? [pastCursor(page)] : [])]),
      sort: newerFirst ? ['-lastActivityAt', '-id'] : ['lastActivityAt', 'id'],
      limit: THREADS_PER_PAGE + 1,
      pagination: false,
      depth: 0,
      select: THREAD_COLUMNS,
      overrideAccess: true,
      req,
    }),
  ])
  const found = (listed.docs as BoardThread[]).map(publicThread)
  const more = found.length > THREADS_PER_PAGE
  const threads = newerFirst ? found.slice(0, THREADS_PER_PAGE) : found.slice(0, THREADS_PER_PAGE).reverse()
  const [newest, oldest] = [threads[0], threads.at(-1)]
  return {
    pinned: (pinned.docs as BoardThread[]).map(publicThread),
    threads,
    newer: newest && (newerFirst ? page !== undefined : more) ? cursorOf(newest) : null,
    older: oldest && (newerFirst ? more : true) ? cursorOf(oldest) : null,
  }
}

const notFound = () => new RequestError('NOT_FOUND', '没有找到这个帖子，它可能还在审核中或已被屏蔽', 404)

/** A published thread with its board, or 404 (not found, not public, or on another board than `code` names). */
export async function publishedThread(req: PayloadRequest, id: string, boardId?: number | string): Promise<BoardThread> {
  const thread = await req.payload.findByID({ collection: BOARD_THREADS, id, depth: 0, overrideAccess: true, disableErrors: true, req }).catch(() => null)
  if (!thread || thread.status !== 'published' || (boardId !== undefined && String(thread.board) !== String(boardId))) throw notFound()
  return thread
}

const photosOf = (ids: BoardThread['photos'], photos: Map<string, PublicPhoto>): PublicPhoto[] =>
  (ids ?? []).map((id) => photos.get(String(typeof id === 'object' ? id.id : id))).filter((photo): photo is PublicPhoto => Boolean(photo))

/** The shown photos among these ids, by id. */
async function shownPhotos(req: PayloadRequest, ids: (number | string)[]): Promise<Map<string, PublicPhoto>> {
  if (!ids.length) return new Map()
  const { docs } = await req.payload.find({ collection: 'board-photos', where: { and: [{ id: { in: ids } }, { shown: { equals: true } }] }, pagination: false, depth: 0, overrideAccess: true, req })
  return new Map(docs.map((photo) => [String(photo.id), { url: photo.url ?? '' }]))
}

export type ThreadReading = { thread: PublicThread; photos: PublicPhoto[]; replies: PublicReply[]; page: number; totalPages: number }

/** A published thread, its photos and its replies by floor, 50 a page. */
export async function threadWithReplies(req: PayloadRequest, thread: BoardThread, page: number): Promise<ThreadReading> {
  // Floors run 1… without gaps (the thread's reply count is its top floor), so a page is a range of floors: no count needed.
  const floors: Where[] = [{ floor: { greater_than: (page - 1) * REPLIES_PER_PAGE } }, { floor: { less_than_equal: page * REPLIES_PER_PAGE } }]
  const replies = await req.payload.find({ collection: BOARD_REPLIES, where: { and: [{ thread: { equals: thread.id } }, ...floors] }, sort: 'floor', limit: REPLIES_PER_PAGE, pagination: false, depth: 0, overrideAccess: true, req })
  const photoIds = [thread.photos, ...replies.docs.map((reply) => (reply.status === 'published' ? reply.photos : []))].flatMap((ids) => (ids ?? []).map((id) => (typeof id === 'object' ? id.id : id)))
  const photos = await shownPhotos(req, photoIds)
  return {
    thread: publicThread(thread),
    photos: photosOf(thread.photos, photos),
    replies: replies.docs.map((reply) => publicReply(reply, photos)),
    page,
    totalPages: Math.max(1, Math.ceil((thread.replyCount ?? 0) / REPLIES_PER_PAGE)),
  }
}

/** The status words a resident reads after posting. */
export const postedMessage = (status: BoardThread['status']): string =>
  status === 'published' ? '已发布' : `已提交，${POST_STATUSES[status ?? 'pending']}：管理人员审核通过后显示`
