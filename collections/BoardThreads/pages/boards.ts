import type { PayloadRequest } from 'payload'

import type { Board } from '../../../cms/payload-types'
import { boardForRoute } from '../../Boards/lookup'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { boardTrail } from '../../community/pages/crumbs'
import type { PageContext } from '../../community/pages/route'
import { THREAD_CATEGORIES } from '../../community/words'
import { html, type Html, htmlPage } from '../../endpoints/htmlAnswer'
import { chinaTime } from '../../Tickets/web/trackPage'
import { boardThreads, categoryOf, type PublicThread, threadPageOf } from '../listing'
import { byline, readerOf, speaksHere, threadPager, writePrompt } from './parts'

type Listed = Pick<Board, 'code' | 'level' | 'name' | 'scope'>

/** Every board, and the districts' names, to list them district → street → community. */
async function allBoards(req: PayloadRequest): Promise<{ boards: Listed[]; districts: { code: string; name: string }[] }> {
  const [boards, districts] = await Promise.all([
    req.payload.find({ collection: 'boards', pagination: false, depth: 0, sort: 'code', select: { code: true, level: true, name: true, scope: true }, overrideAccess: true, req }),
    req.payload.find({ collection: 'divisions', where: { level: { equals: 'district' } }, pagination: false, depth: 0, sort: 'code', select: { code: true, name: true }, overrideAccess: true, req }),
  ])
  return { boards: boards.docs as Listed[], districts: districts.docs.map((each) => ({ code: each.code!, name: each.name })) }
}

const boardLink = (board: Pick<Board, 'code' | 'name'>): Html => html`<a href="${PORTAL_PATHS.communityBoard(board.code!)}">${board.name}</a>`

/** `/community/`: a member's own boards first, then every board by district and street. */
export async function indexPage({ req }: PageContext): Promise<Response> {
  const [reader, { boards, districts }] = await Promise.all([readerOf(req), allBoards(req)])
  const streetOf = (code: string) => boards.find((board) => board.level === 'street' && board.code === code)
  const own = reader.home ? [reader.home, streetOf(reader.home.scope?.street ?? '')].filter((board): board is Board => Boolean(board)) : []
  const streets = (district: string) => boards.filter((board) => board.level === 'street' && board.scope?.district === district)
  const communities = (street: string) => boards.filter((board) => board.level === 'community' && board.scope?.street === street)
  return htmlPage({
    title: '社区论坛',
    body: html`<h1>社区论坛</h1>
<p class="lead">本社区居民实名加入、昵称发言的议事和互助平台：看居务公开，讨论身边事，提出建议。发言前请阅读<a href="${PORTAL_PATHS.communityRules()}">论坛公约</a>。</p>
${own.length ? html`<h2>我的论坛</h2><ul class="link-grid">${own.map((board) => html`<li>${boardLink(board)}</li>`)}</ul>` : html`<p><a class="button" href="${PORTAL_PATHS.communityJoin()}">加入我所在社区的论坛</a></p>`}
${districts.map((district) => {
  const inDistrict = streets(district.code)
  return inDistrict.length
    ? html`<h2>${district.name}</h2>${inDistrict.map((street) => html`<h3>${boardLink(street)}</h3><ul class="link-grid">${communities(street.code!).map((community) => html`<li>${boardLink(community)}</li>`)}</ul>`)}`
    : null
})}`,
  })
}

/** A thread as a line of the board: its kind or category, title, who started it, replies and last activity. */
const threadItem = (code: string, thread: PublicThread): Html =>
  html`<li><ul class="tags">${thread.pinned ? html`<li>置顶</li>` : ''}<li>${thread.officialKindLabel ? `${thread.kindLabel}·${thread.officialKindLabel}` : thread.kind === 'post' ? thread.categoryLabel : thread.kindLabel}</li></ul>
<h3><a href="${PORTAL_PATHS.communityThread(code, thread.id)}">${thread.title}</a></h3>
<p class="hint">${byline(thread)} · 回复 ${thread.replyCount} · 最后回复 <time datetime="${thread.lastActivityAt}">${chinaTime(thread.lastActivityAt).slice(0, 10)}</time></p></li>`

/** Links to each category, the current one marked. */
const categoryLinks = (code: string, current?: string): Html =>
  html`<nav aria-label="栏目"><ul class="tags">${[['', '全部'] as const, ...Object.entries(THREAD_CATEGORIES)].map(
    ([key, label]) => html`<li><a href="${PORTAL_PATHS.communityBoard(code)}${key ? `?category=${key}` : ''}"${(current ?? '') === key ? html` aria-current="page"` : ''}>${label}</a></li>`,
  )}</ul></nav>`

/** `/community/<code>/`: pinned 居务公开, then threads by last activity (20 a page, by category), and the ways to post, subscribe, propose and meet. */
export async function boardPage({ params: [code], req, url }: PageContext): Promise<Response> {
  const board = await boardForRoute(req, code!)
  const category = categoryOf(url.searchParams.get('category'))
  const [reader, listing] = await Promise.all([readerOf(req), boardThreads(req, board, { category, page: threadPageOf(url.searchParams) })])
  const here = PORTAL_PATHS.communityBoard(board.code!)
  return htmlPage({
    title: board.name!,
    crumbs: boardTrail(),
    body: html`<h1>${board.name}</h1>
${speaksHere(reader, board) ? html`<p><a class="button" href="${PORTAL_PATHS.communityNewThread(board.code!)}">发帖</a></p>` : writePrompt(reader, here, '发帖')}
<ul class="link-grid"><li><a href="${PORTAL_PATHS.communityProposals(board.code!)}">居民提议</a></li><li><a href="${PORTAL_PATHS.communityMeetings(board.code!)}">居民议事会</a></li><li><a href="${PORTAL_PATHS.communitySubscribe(board.code!)}">短信订阅居务公开</a></li><li><a href="${PORTAL_PATHS.communityRules()}">论坛公约</a></li></ul>
${listing.pinned.length ? html`<h2>置顶的居务公开</h2><ul class="card-list">${listing.pinned.map((thread) => threadItem(board.code!, thread))}</ul>` : ''}
<h2>${category ? `${THREAD_CATEGORIES[category]}的帖子` : '全部帖子'}</h2>
${categoryLinks(board.code!, category)}
${listing.threads.length ? html`<ul class="card-list">${listing.threads.map((thread) => threadItem(board.code!, thread))}</ul>` : html`<p>还没有帖子。</p>`}
${threadPager(here, { category }, listing)}`,
  })
}
