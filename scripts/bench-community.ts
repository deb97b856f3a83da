/**
 * `npm run bench:community`: reading a busy community board. On a
 * throw-away SQLite database with the demo content, writes 100,000 threads
 * on one board (six categories, a few 居务公开 pinned, some hidden) and a
 * thread with 500 replies, in bulk through `payload.db`; then times the JSON
 * API's handlers in-process through the Local API (no HTTP: the platform's
 * build is not started): a board's first page and pages half-way down (by
 * cursor, in both directions), with and without a category, and every page
 * of the 500-reply thread. Prints the figures as
 * JSON; fails when a p95 exceeds 100 ms.
 *
 * Options: --threads=100000 --replies=500 --runs=100. With BENCH_DATA_DIR the
 * database is kept there, and a later run with the same folder only measures.
 */
import { parseArgs } from 'node:util'

import { createLocalReq, type Endpoint, type Payload, type Where } from 'payload'

import { withTransaction } from '../cms/lib/withTransaction'
import { readingEndpoints } from '../collections/BoardThreads/endpoints/reading'
import { REPLIES_PER_PAGE, THREADS_PER_PAGE } from '../collections/BoardThreads/listing'
import { THREAD_CATEGORIES } from '../collections/community/words'
import { openBenchDatabase } from './lib/bench/benchDatabase'
import { median, percentile } from './lib/bench/timing'
import { runCli } from './lib/cli'
import { seedContent } from './lib/seed'

const BATCH = 1000
const P95_LIMIT_MS = 100
const COMMUNITY = '410105001001'
const CATEGORIES = Object.keys(THREAD_CATEGORIES)
const BUSY_TITLE = '压测：五百条回复的帖子'

type Board = { code: string; id: number | string; scope: Record<string, null | string> }

async function boardOf(payload: Payload): Promise<Board> {
  const { docs } = await payload.find({ collection: 'boards', where: { code: { equals: COMMUNITY } }, depth: 0, limit: 1 })
  return docs[0] as Board
}

/** `threads` threads over the last year (every 200th a hidden one, ten pinned 居务公开), then the busy thread and its replies. */
async function fill(payload: Payload, board: Board, threads: number, replies: number): Promise<void> {
  const yearAgo = Date.now() - 365 * 24 * 3600 * 1000
  const common = { board: board.id, scope: board.scope, ipProvince: '河南', reportCount: 0 }
  for (let written = 0; written < threads; written += BATCH) {
    await withTransaction(payload, async (req) => {
      for (let index = written; index < Math.min(threads, written + BATCH); index += 1) {
        const official = index < 10
        const at = new Date(yearAgo + (index / threads) * 365 * 24 * 3600 * 1000).toISOString()
        await payload.db.create({
          collection: 'board-threads',
          data: {
            ...common,
            kind: official ? 'official' : 'post',
            ...(official ? { officialKind: 'notice', pinned: true, authorName: '纬五路社区居民委员会' } : { category: CATEGORIES[index % CATEGORIES.length], pinned: false, authorName: `邻居${index % 997}` }),
            title: `压测帖子${index}`,
            body: '小区东门的路灯坏了好几天，晚上出入不方便，大家看看怎么反映比较好。',
            status: index % 200 === 199 ? 'hidden' : 'published',
            replyCount: index % 7,
            lastActivityAt: at,
            createdAt: at,
            updatedAt: at,
          },
          req,
        })
      }
    })
    if ((written / BATCH) % 20 === 19) console.error(`已写入 ${written + BATCH} 个帖子`)
  }
  await withTransaction(payload, async (req) => {
    const busy = await payload.db.create({ collection: 'board-threads', data: { ...common, kind: 'post', category: 'discussion', pinned: false, authorName: '议事的邻居', title: BUSY_TITLE, body: '小区停车位怎么分配，请大家发表意见。', status: 'published', replyCount: replies, lastActivityAt: new Date().toISOString() }, req })
    for (let floor = 1; floor <= replies; floor += 1) {
      await payload.db.create({ collection: 'board-replies', data: { ...common, thread: busy.id, floor, authorName: `邻居${floor % 97}`, body: `我的意见是第${floor}条：按先来后到排队。`, status: floor % 50 === 0 ? 'hidden' : 'published' }, req })
    }
  })
}

/** The cursor of the published, unpinned thread `position` threads down the board (of one category when given), found untimed. */
async function cursorAt(payload: Payload, board: Board, position: number, category?: string): Promise<string> {
  const where: Where = { and: [{ board: { equals: board.id } }, { status: { equals: 'published' } }, { pinned: { equals: false } }, ...(category ? [{ category: { equals: category } }] : [])] }
  const { docs } = await payload.find({ collection: 'board-threads', where, sort: ['-lastActivityAt', '-id'], limit: 1, page: position, depth: 0, select: { lastActivityAt: true } })
  return encodeURIComponent(`${docs[0]!.lastActivityAt}_${docs[0]!.id}`)
}

const endpoint = (path: string): Endpoint => readingEndpoints.find((each) => each.path === path)!

/** The handler's answer time for `runs` calls of `url` with its route parameters, one after another. */
async function timeCalls(payload: Payload, path: string, routeParams: Record<string, string>, urls: string[], runs: number) {
  const times: number[] = []
  for (let run = 0; run < runs; run += 1) {
    const req = await createLocalReq({ req: { url: `http://localhost${urls[run % urls.length]}`, headers: new Headers() } }, payload)
    req.routeParams = routeParams
    const started = performance.now()
    const response = await endpoint(path).handler(req)
    await response.text()
    times.push(performance.now() - started)
    if (response.status !== 200) throw new Error(`${urls[run % urls.length]} answered ${response.status}`)
  }
  return { medianMs: Math.round(median(times) * 10) / 10, p95Ms: Math.round(percentile(times, 0.95) * 10) / 10 }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { threads: { type: 'string', default: '100000' }, replies: { type: 'string', default: '500' }, runs: { type: 'string', default: '100' } } })
  const [threads, replies, runs] = [Number(values.threads), Number(values.replies), Number(values.runs)]
  const { payload, reused, close } = await openBenchDatabase('community', { keepable: true })
  try {
    if (!reused) await seedContent(payload, { demo: true, rebuildPortal: false })
    const board = await boardOf(payload)
    const started = performance.now()
    if (!reused) {
      console.error(`写入 ${threads} 个帖子和一个有 ${replies} 条回复的帖子…`)
      await fill(payload, board, threads, replies)
    }
    const fillSeconds = reused ? null : Math.round(performance.now() - started) / 1000
    const busy = (await payload.find({ collection: 'board-threads', where: { title: { equals: BUSY_TITLE } }, depth: 0, limit: 1 })).docs[0]!
    const list = `/api/community/boards/${COMMUNITY}/threads`
    const [halfWay, halfWayInCategory] = [Math.floor(threads / 2), Math.floor(threads / CATEGORIES.length / 2)]
    const middle = await cursorAt(payload, board, halfWay)
    const categoryMiddles = await Promise.all(CATEGORIES.map(async (category) => [category, await cursorAt(payload, board, halfWayInCategory, category)] as const))
    const replyPages = Array.from({ length: Math.ceil(replies / REPLIES_PER_PAGE) }, (_, index) => `/api/community/threads/${busy.id}?page=${index + 1}`)
    const cases = {
      firstPage: [list],
      deepOlderPage: [`${list}?before=${middle}`],
      deepNewerPage: [`${list}?after=${middle}`],
      categoryFirstPage: CATEGORIES.map((category) => `${list}?category=${category}`),
      categoryDeepPage: categoryMiddles.map(([category, cursor]) => `${list}?category=${category}&before=${cursor}`),
    }
    const timed: Record<string, { medianMs: number; p95Ms: number }> = {}
    for (const [name, urls] of Object.entries(cases)) {
      // Untimed warm-up: the first calls load the board's lookup and the statements.
      await timeCalls(payload, '/community/boards/:code/threads', { code: COMMUNITY }, urls, 5)
      timed[name] = await timeCalls(payload, '/community/boards/:code/threads', { code: COMMUNITY }, urls, runs)
    }
    await timeCalls(payload, '/community/threads/:id', { id: String(busy.id) }, replyPages, 5)
    timed.replyPages = await timeCalls(payload, '/community/threads/:id', { id: String(busy.id) }, replyPages, runs)
    const stored = { threads: (await payload.count({ collection: 'board-threads', where: { board: { equals: board.id } } })).totalDocs, replies: (await payload.count({ collection: 'board-replies', where: { thread: { equals: busy.id } } })).totalDocs }
    const figures = { stored, runs, halfWay, halfWayInCategory, threadsPerPage: THREADS_PER_PAGE, fillSeconds, via: 'Local API (endpoint handler in-process)', ...timed }
    console.log(JSON.stringify(figures))
    const slow = Object.entries(timed).filter(([, each]) => each.p95Ms > P95_LIMIT_MS)
    if (slow.length) throw new Error(`p95 超过 ${P95_LIMIT_MS} ms：${slow.map(([name, each]) => `${name} ${each.p95Ms} ms`).join('，')}`)
  } finally {
    await close()
  }
}

runCli(main)
