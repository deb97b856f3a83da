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
/** Pinned 居务公开 above the threads of a board's first page. */
const PINNED_SHOWN = 5

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
export const categoryOf = (value: null | string | undefined): ThreadCategory | undefined => (value && value in THREAD_CATEGORIES ? (value as ThreadCategory) : undefined)

export type ThreadListing = { pinned: PublicThread[]; threads: PublicThread[]; page: number; totalPages: number; totalThreads: number }

/**
 * A board's threads by last activity, 20 a page, optionally one category;
 * the pinned 居务公开 on top of the first unfiltered page.
 */
export async function boardThreads(req: PayloadRequest, board: Board, { category, page }: { category?: ThreadCategory; page: number }): Promise<ThreadListing> {
  const where = (extra: Where): Where => ({ and: [{ board: { equals: board.id } }, PUBLISHED, extra] })
  const [pinned, listed] = await Promise.all([
    page === 1 && !category
      ? req.payload.find({ collection: BOARD_THREADS, where: where({ pinned: { equals: true } }), sort: '-lastActivityAt', limit: PINNED_SHOWN, pagination: false, depth: 0, select: THREAD_COLUMNS, overrideAccess: true, req })
      : { docs: [] },
    req.payload.find({
      collection: BOARD_THREADS,
      where: where(category ? { and: [{ pinned: { equals: false } }, { category: { equals: category } }] } : { pinned: { equals: false } }),
      sort: '-lastActivityAt',
      limit: THREADS_PER_PAGE,
      page,
      depth: 0,
      select: THREAD_COLUMNS,
      overrideAccess: true,
      req,
    }),
  ])
  return { pinned: (pinned.docs as BoardThread[]).map(publicThread), threads: (listed.docs as BoardThread[]).map(publicThread), page, totalPages: Math.max(1, listed.totalPages), totalThreads: listed.totalDocs }
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
  const replies = await req.payload.find({ collection: BOARD_REPLIES, where: { thread: { equals: thread.id } }, sort: 'floor', limit: REPLIES_PER_PAGE, page, depth: 0, overrideAccess: true, req })
  const photoIds = [thread.photos, ...replies.docs.map((reply) => (reply.status === 'published' ? reply.photos : []))].flatMap((ids) => (ids ?? []).map((id) => (typeof id === 'object' ? id.id : id)))
  const photos = await shownPhotos(req, photoIds)
  return {
    thread: publicThread(thread),
    photos: photosOf(thread.photos, photos),
    replies: replies.docs.map((reply) => publicReply(reply, photos)),
    page,
    totalPages: Math.max(1, replies.totalPages),
  }
}

/** The status words a resident reads after posting. */
export const postedMessage = (status: BoardThread['status']): string =>
  status === 'published' ? '已发布' : `已提交，${POST_STATUSES[status ?? 'pending']}：管理人员审核通过后显示`
