import type { PayloadRequest } from 'payload'

import type { Board, BoardReply, BoardReport, BoardThread } from '../../../cms/payload-types'
import { boardByCode } from '../../Boards/lookup'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { type Html, html, htmlPage } from '../../endpoints/htmlAnswer'
import { RequestError } from '../../errors'
import { relationId } from '../../relations'
import { optionalResident } from '../../Residents/lib/accounts'
import { chinaTime } from '../../Tickets/web/trackPage'
import { memberOf } from '../membership'
import { boardTrail } from '../pages/crumbs'
import type { CommunityRoute, PageContext } from '../pages/route'
import { POST_STATUSES, type PostStatus, REPORT_REASONS, REPORT_STATUSES, type ReportStatus } from '../words'
import { DETAILS_MAX, REPORTS_PATH } from './endpoints'
import { findPost, type Post, postName } from './posts'

/** How many of their own posts and reports 我的论坛 lists, newest first. */
const MINE_LIMIT = 50

const signInFirst = (what: string, back: string): Promise<Response> =>
  htmlPage({ title: '请先登录', status: 401, body: html`<h1>请先登录</h1><p>${what}，请先用手机号登录。</p><p><a class="button" href="${PORTAL_PATHS.mySignIn(back)}">登录</a></p>` })

/** The published post a report page is about, on the board of `code`; 404 otherwise. */
async function reportedPost(req: PayloadRequest, code: string, threadId: string, replyId?: string): Promise<{ board: Board; post: Post; thread: BoardThread }> {
  const board = await boardByCode(req, code)
  const thread = board ? ((await findPost(req, 'board-threads', threadId)) as BoardThread) : undefined
  const post = thread && replyId !== undefined ? await findPost(req, 'board-replies', replyId) : thread
  const onBoard = board && thread && post && String(relationId(thread.board)) === String(board.id) && (post === thread || String(relationId((post as BoardReply).thread)) === String(thread.id))
  if (!onBoard || thread.status !== 'published' || post.status !== 'published') throw new RequestError('NOT_FOUND', '没有找到这条内容', 404)
  return { board, post, thread }
}

const reasonChoices = (): Html =>
  html`<fieldset class="fieldset"><legend class="legend">举报理由</legend><div class="choices">${Object.entries(REPORT_REASONS).map(
    ([value, label], index) => html`<div class="choice"><input type="radio" id="reason-${value}" name="reason" value="${value}"${index === 0 ? html` required` : ''}><label for="reason-${value}">${label}</label></div>`,
  )}</div></fieldset>`

/** 举报 a thread or reply: what happens next, the reasons, a plain form post. */
async function reportPage({ params, req, url }: PageContext): Promise<Response> {
  const [code, threadId, replyId] = params as [string, string, string | undefined]
  const { board, post, thread } = await reportedPost(req, code, threadId, replyId)
  if (!(await optionalResident(req))) return signInFirst('举报论坛里的内容', url.pathname)
  const what = replyId === undefined ? `帖子“${postName(post)}”` : `“${thread.title}”${(post as BoardReply).floor}楼的回复`
  return htmlPage({
    title: '举报',
    crumbs: [...boardTrail(board), { href: PORTAL_PATHS.communityThread(code, thread.id), label: thread.title }],
    body: html`<h1>举报${what}</h1>
<p>您的举报会交给${board.name}的社区工作者核查。同一条内容被${board.reportHoldThreshold}位居民举报后会先暂停显示，等待复核。处理后我们会用短信告诉您结果，您也可以在<a href="${PORTAL_PATHS.communityMine()}">我的论坛</a>里查看。发帖人不会知道是谁举报的。</p>
<form method="post" action="${REPORTS_PATH}" enctype="multipart/form-data" class="form">
<input type="hidden" name="thread" value="${thread.id}">${replyId === undefined ? '' : html`<input type="hidden" name="reply" value="${post.id}">`}
${reasonChoices()}
<div class="form-group"><label class="label" for="details">补充说明 <span class="optional">（选填）</span></label><div class="hint" id="details-hint">例如哪句话有问题、为什么认为不实。请不要填写他人的电话或住址。</div><textarea class="textarea" id="details" name="details" rows="4" maxlength="${DETAILS_MAX}" aria-describedby="details-hint"></textarea></div>
<button type="submit" class="button">提交举报</button></form>
<p><a href="${PORTAL_PATHS.communityThread(code, thread.id)}">返回帖子</a></p>`,
  })
}

const postRow = (post: Post, kind: string): Html =>
  html`<tr><td>${kind}</td><td>${postName(post)}</td><td>${POST_STATUSES[post.status as PostStatus] ?? ''}</td><td>${post.moderation?.reason ?? ''}</td><td>${chinaTime(post.createdAt)}</td></tr>`

const reportRow = (report: BoardReport, title: string): Html =>
  html`<tr><td>${title}</td><td>${REPORT_REASONS[report.reason]}</td><td>${REPORT_STATUSES[report.status as ReportStatus]}</td><td>${report.outcome ?? ''}</td><td>${chinaTime(report.createdAt)}</td></tr>`

const table = (caption: string, heads: string[], rows: Html[], none: string): Html =>
  rows.length
    ? html`<div class="table-scroll"><table class="figure-table"><caption>${caption}</caption><thead><tr>${heads.map((head) => html`<th scope="col">${head}</th>`)}</tr></thead><tbody>${rows}</tbody></table></div>`
    : html`<p>${none}</p>`

/** 我的论坛: the resident's posts with where they stand and why, and their reports with the outcomes. */
async function minePage({ req, url }: PageContext): Promise<Response> {
  const resident = await optionalResident(req)
  if (!resident) return signInFirst('查看自己在社区论坛的帖子和举报', url.pathname)
  const member = await memberOf(req, resident.id)
  const mine = { where: { author: { equals: member?.id } }, depth: 0, limit: MINE_LIMIT, sort: '-createdAt', overrideAccess: true, req } as const
  const [threads, replies] = member
    ? await Promise.all([req.payload.find({ collection: 'board-threads', ...mine }), req.payload.find({ collection: 'board-replies', ...mine })])
    : [{ docs: [] }, { docs: [] }]
  const reports = await req.payload.find({ collection: 'board-reports', where: { reporter: { equals: resident.id } }, depth: 1, limit: MINE_LIMIT, sort: '-createdAt', overrideAccess: true, req })
  const posts = [...threads.docs.map((each) => ({ at: each.createdAt, row: postRow(each, '主题帖') })), ...replies.docs.map((each) => ({ at: each.createdAt, row: postRow(each, '回复') }))].sort((a, b) => b.at.localeCompare(a.at))
  return htmlPage({
    title: '我的论坛',
    crumbs: boardTrail(),
    body: html`<h1>我的论坛</h1>
${member ? html`<p>您的论坛昵称：${member.nickname}</p>` : html`<p>您还没有加入社区论坛。<a href="${PORTAL_PATHS.communityJoin()}">加入社区论坛</a></p>`}
<h2>我发的内容</h2>
${table('我发的主题帖和回复', ['类型', '内容', '状态', '审核理由', '发布时间'], posts.map((each) => each.row), '您还没有在论坛发过内容。')}
<h2>我的举报</h2>
${table('我的举报和处理结果', ['举报的内容', '理由', '处理状态', '处理结果', '举报时间'], reports.docs.map((each) => reportRow(each, typeof each.thread === 'object' ? each.thread.title : '')), '您还没有举报过内容。')}
<p><a href="${PORTAL_PATHS.community()}">返回社区论坛</a></p>`,
  })
}

/** The moderation room's pages: 举报 a thread or reply, and 我的论坛. */
export const MODERATION_ROUTES: CommunityRoute[] = [
  { pattern: ['mine'], page: minePage },
  { pattern: [':code', 'report', ':thread'], page: reportPage },
  { pattern: [':code', 'report', ':thread', ':reply'], page: reportPage },
]
