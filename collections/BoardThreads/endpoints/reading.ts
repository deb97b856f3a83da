import type { Endpoint } from 'payload'

import { boardForRoute } from '../../Boards/lookup'
import { answer, handled } from '../../endpoints/respond'
import { boardThreads, categoryOf, pageNumber, publishedThread, threadPageOf, threadWithReplies } from '../listing'

/**
 * `GET /api/community/boards/:code/threads?category=&before=|after=`: a
 * board's published threads for scripts, 20 a page newest first (pinned
 * 居务公开 on the first); `older` and `newer` are the cursors to pass as
 * `before` and `after` for the pages either side. Public fields only, no
 * one's identity.
 */
const threadsEndpoint: Endpoint = {
  path: '/community/boards/:code/threads',
  method: 'get',
  handler: handled(async (req) => {
    const board = await boardForRoute(req, String(req.routeParams?.code ?? ''))
    const listing = await boardThreads(req, board, { category: categoryOf(req.searchParams.get('category')), page: threadPageOf(req.searchParams) })
    return answer(req, { board: { code: board.code, name: board.name, level: board.level }, ...listing })
  }),
}

/** `GET /api/community/threads/:id?page=`: a published thread, its photos and its replies by floor, 50 a page (a reply not shown keeps its floor as a placeholder). */
const threadEndpoint: Endpoint = {
  path: '/community/threads/:id',
  method: 'get',
  handler: handled(async (req) => {
    const thread = await publishedThread(req, String(req.routeParams?.id ?? ''))
    return answer(req, await threadWithReplies(req, thread, pageNumber(req.searchParams.get('page'))))
  }),
}

export const readingEndpoints: Endpoint[] = [threadsEndpoint, threadEndpoint]
