import type { Endpoint, PayloadRequest } from 'payload'

import type { Board, BoardReply, BoardThread } from '../../../cms/payload-types'
import { rateLimitFromEnv } from '../../../cms/lib/rateLimit'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { limitClientTo } from '../../Applications/endpoints/guard'
import { prepareFiles, storedFiles } from '../../Applications/lib/attachments'
import { boardForRoute, boardById } from '../../Boards/lookup'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { BODY_MAX_LENGTH } from '../../community/postFields'
import { createReply, createThread, type PostPhotos } from '../../community/posting'
import { POST_STATUSES, THREAD_CATEGORIES } from '../../community/words'
import { html, htmlPage, wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { assertWellFormed, readBody, textField, type UploadedFile } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { seeOther } from '../../endpoints/redirects'
import { answer, handled, invalid } from '../../endpoints/respond'
import { relationId } from '../../relations'
import { signedInResident } from '../../Residents/lib/accounts'
import { checkPhotos, PHOTO_TYPES } from '../../Tickets/web/rules'
import { TITLE_MAX_LENGTH } from '..'
import { postedMessage, publishedThread, REPLIES_PER_PAGE } from '../listing'

/** Posts and replies one client address may send per window (`COMMUNITY_POST_LIMIT`, 20/600), across server processes. */
export const limitPosts = (req: PayloadRequest): Promise<void> => limitClientTo(req, 'community-post', rateLimitFromEnv('COMMUNITY_POST_LIMIT', { limit: 20, windowSeconds: 600 }))

const required = (field: string, value: string, words: string): FieldError[] => (value ? [] : [{ field, code: 'REQUIRED', message: `请填写${words}` }])

/** The photos of the form (field `photos`), checked for count and size, then on their bytes and re-encoded without metadata. */
async function photosOf(files: UploadedFile[]): Promise<PostPhotos['files']> {
  const photos = files.filter((file) => file.field === 'photos')
  const errors = checkPhotos(photos.map((photo) => ({ bytes: photo.bytes.length, type: '' })))
  if (errors.length) throw invalid(errors)
  return prepareFiles(photos, `board-${Date.now()}`, PHOTO_TYPES)
}

/** Write the post and its photos in one transaction; on a rollback the photo files written go again. */
async function withPhotos<T>(req: PayloadRequest, files: PostPhotos['files'], write: (tx: PayloadRequest, photos: PostPhotos) => Promise<T>): Promise<T> {
  const into = storedFiles(req.payload, 'board-photos')
  try {
    return await withTransaction(req.payload, (tx) => write(tx, { files, into }), req)
  } catch (error) {
    await into.discard()
    throw error
  }
}

/** The page a browser gets for a post a moderator must see first (it is not public yet, so there is no page of it to go to). */
const heldPage = (board: Board, what: string) =>
  htmlPage({
    title: `${what}已提交`,
    status: 202,
    body: html`<div class="panel"><h1 class="panel__title">${what}已提交，等待审核</h1><p class="panel__body">管理人员审核通过后，${what}会显示在论坛里。</p></div><p><a href="${PORTAL_PATHS.communityBoard(board.code!)}">返回${board.name}</a></p>`,
  })

/**
 * `POST /api/community/boards/:code/threads` {category, title, body, photos}:
 * a member's new thread (JSON or multipart; a browser's form post goes on to
 * the thread, or to a page saying it waits for a moderator).
 */
const newThreadEndpoint: Endpoint = {
  path: '/community/boards/:code/threads',
  method: 'post',
  handler: handled(async (req) => {
    await limitPosts(req)
    const resident = await signedInResident(req)
    const board = await boardForRoute(req, String(req.routeParams?.code ?? ''))
    const { fields, files } = await readBody(req)
    const errors: FieldError[] = []
    const input = { category: textField(fields, 'category', errors, 40).trim(), title: textField(fields, 'title', errors, TITLE_MAX_LENGTH * 2).trim(), body: textField(fields, 'body', errors, BODY_MAX_LENGTH * 2).trim() }
    assertWellFormed(errors)
    const problems = [...required('title', input.title, '标题'), ...required('body', input.body, '内容')]
    if (!Object.hasOwn(THREAD_CATEGORIES, input.category)) problems.push({ field: 'category', code: 'UNKNOWN_CATEGORY', message: '请选择栏目' })
    if (input.title.length > TITLE_MAX_LENGTH) problems.push({ field: 'title', code: 'TOO_LONG', message: `标题不能超过${TITLE_MAX_LENGTH}个字` })
    if (input.body.length > BODY_MAX_LENGTH) problems.push({ field: 'body', code: 'TOO_LONG', message: `内容不能超过${BODY_MAX_LENGTH}个字` })
    if (problems.length) throw invalid(problems)
    const photos = await photosOf(files)
    const thread: BoardThread = await withPhotos(req, photos, (tx, attached) => createThread(tx, resident, board, { kind: 'post', category: input.category as keyof typeof THREAD_CATEGORIES, title: input.title, body: input.body, photos: attached }))
    const path = PORTAL_PATHS.communityThread(board.code!, thread.id)
    if (wantsHtmlPage(req)) return thread.status === 'published' ? seeOther(path) : heldPage(board, '帖子')
    return answer(req, { id: thread.id, status: thread.status, statusLabel: POST_STATUSES[thread.status!], message: postedMessage(thread.status), title: thread.title, body: thread.body, ipProvince: thread.ipProvince, photos: photos.length, path }, 201)
  }),
}

/** Where a reply is read: its thread's page holding its floor, at the floor. */
const replyPath = (board: Board, reply: BoardReply): string =>
  `${PORTAL_PATHS.communityThread(board.code!, relationId(reply.thread)!)}?page=${Math.ceil(reply.floor / REPLIES_PER_PAGE)}#floor-${reply.floor}`

/** `POST /api/community/threads/:id/replies` {body, photos}: a member's reply under a published thread (JSON or a form post answered with the page). */
const replyEndpoint: Endpoint = {
  path: '/community/threads/:id/replies',
  method: 'post',
  handler: handled(async (req) => {
    await limitPosts(req)
    const resident = await signedInResident(req)
    const thread = await publishedThread(req, String(req.routeParams?.id ?? ''))
    const board = (await boardById(req, relationId(thread.board)!))!
    const { fields, files } = await readBody(req)
    const errors: FieldError[] = []
    const body = textField(fields, 'body', errors, BODY_MAX_LENGTH * 2).trim()
    assertWellFormed(errors)
    const problems = required('body', body, '回复内容')
    if (body.length > BODY_MAX_LENGTH) problems.push({ field: 'body', code: 'TOO_LONG', message: `回复不能超过${BODY_MAX_LENGTH}个字` })
    if (problems.length) throw invalid(problems)
    const photos = await photosOf(files)
    const reply = await withPhotos(req, photos, (tx, attached) => createReply(tx, resident, thread, board, body, attached))
    if (wantsHtmlPage(req)) return reply.status === 'published' ? seeOther(replyPath(board, reply)) : heldPage(board, '回复')
    return answer(req, { floor: reply.floor, status: reply.status, statusLabel: POST_STATUSES[reply.status!], message: postedMessage(reply.status), body: reply.body, ipProvince: reply.ipProvince, photos: photos.length, path: replyPath(board, reply) }, 201)
  }),
}

export const postingEndpoints: Endpoint[] = [newThreadEndpoint, replyEndpoint]
