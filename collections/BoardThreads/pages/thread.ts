import { boardForRoute } from '../../Boards/lookup'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { boardTrail } from '../../community/pages/crumbs'
import type { PageContext } from '../../community/pages/route'
import { BODY_MAX_LENGTH, PHOTOS_PER_POST } from '../../community/postFields'
import { THREAD_CATEGORIES } from '../../community/words'
import { html, type Html, htmlPage } from '../../endpoints/htmlAnswer'
import { postOutcome } from '../../community/demands/outcome'
import { TITLE_MAX_LENGTH } from '..'
import { pageNumber, publishedThread, threadWithReplies, type PublicReply } from '../listing'
import { byline, pager, photoList, readerOf, speaksHere, writePrompt } from './parts'

const photoField = (): Html =>
  html`<div class="form-group"><label class="label" for="photos">照片（选填，最多${PHOTOS_PER_POST}张）</label><p class="hint" id="photos-hint">JPG、PNG、WEBP 图片，每张不超过10MB。上传前请确认照片里没有他人的面孔、门牌号等个人信息。</p><input class="file-input" id="photos" name="photos" type="file" accept="image/jpeg,image/png,image/webp" multiple aria-describedby="photos-hint"></div>`

/** One floor: the reply, or the placeholder that keeps its number. */
const replyItem = (code: string, threadId: number | string, reply: PublicReply): Html =>
  reply.shown
    ? html`<li id="floor-${reply.floor}"><p class="hint"><strong>${reply.floor}楼</strong> ${byline(reply)}</p><p class="pre-line">${reply.body}</p>${photoList(reply.photos, `${reply.floor}楼回复`)}<p><a href="${PORTAL_PATHS.communityReport(code, threadId, reply.id)}">举报${reply.floor}楼</a></p></li>`
    : html`<li id="floor-${reply.floor}"><p class="hint"><strong>${reply.floor}楼</strong> ${reply.notice}</p></li>`

/** `/community/<code>/threads/<id>/`: the thread, its photos, replies by floor (50 a page, hidden ones as placeholders), 举报 links and the reply form. */
export async function threadPage({ params: [code, id], req, url }: PageContext): Promise<Response> {
  const board = await boardForRoute(req, code ?? '')
  const thread = await publishedThread(req, id!, board.id)
  const [reader, reading, outcome] = await Promise.all([readerOf(req), threadWithReplies(req, thread, pageNumber(url.searchParams.get('page'))), postOutcome(req, thread)])
  const post = reading.thread
  const here = PORTAL_PATHS.communityThread(board.code!, post.id)
  const label = post.officialKindLabel ? `${post.kindLabel}·${post.officialKindLabel}` : post.kind === 'post' ? `${post.kindLabel}·${post.categoryLabel}` : post.kindLabel
  return htmlPage({
    title: post.title,
    crumbs: boardTrail(board),
    body: html`<ul class="tags"><li>${label}</li>${post.proposalStatusLabel ? html`<li>${post.proposalStatusLabel}</li>` : ''}</ul>
<h1>${post.title}</h1>
<p class="hint">${byline(post)}</p>
<p class="pre-line">${post.body}</p>
${photoList(reading.photos, '帖子')}
${outcome}
${post.kind === 'proposal' ? html`<p><a href="${PORTAL_PATHS.communityProposal(board.code!, post.id)}">查看提议的支持人数和办理进展</a></p>` : ''}
<p><a href="${PORTAL_PATHS.communityReport(board.code!, post.id)}">举报这个帖子</a></p>
<h2>回复（${post.replyCount}）</h2>
${reading.replies.length ? html`<ol class="card-list">${reading.replies.map((reply) => replyItem(board.code!, post.id, reply))}</ol>` : html`<p>还没有回复。</p>`}
${pager(here, {}, reading.page, reading.totalPages)}
<h2>回复这个帖子</h2>
${
  speaksHere(reader, board)
    ? html`<form method="post" action="/api/community/threads/${post.id}/replies" enctype="multipart/form-data"><div class="form-group"><label class="label" for="body">回复内容</label><textarea class="textarea" id="body" name="body" rows="5" maxlength="${BODY_MAX_LENGTH}" required></textarea></div>${photoField()}<button type="submit" class="button">发表回复</button></form>`
    : writePrompt(reader, here, '回复')
}`,
  })
}

/** `/community/<code>/new/`: the form for a new thread (members who may speak here; anyone else is told how to). */
export async function newThreadPage({ params: [code], req }: PageContext): Promise<Response> {
  const board = await boardForRoute(req, code ?? '')
  const reader = await readerOf(req)
  const here = PORTAL_PATHS.communityNewThread(board.code!)
  return htmlPage({
    title: `在${board.name}发帖`,
    crumbs: boardTrail(board),
    body: html`<h1>发帖</h1>
${
  speaksHere(reader, board)
    ? html`<p>您将以昵称“${reader.member!.nickname}”发帖，帖子会显示发布时的IP属地。${board.moderation === 'pre' ? '本论坛先审后发：管理人员审核通过后才会显示。' : ''}请遵守<a href="${PORTAL_PATHS.communityRules()}">论坛公约</a>。</p>
<form method="post" action="/api/community/boards/${board.code}/threads" enctype="multipart/form-data">
<div class="form-group"><label class="label" for="category">栏目</label><select class="select" id="category" name="category" required>${Object.entries(THREAD_CATEGORIES).map(([value, name]) => html`<option value="${value}">${name}</option>`)}</select></div>
<div class="form-group"><label class="label" for="title">标题</label><input class="input input--width-full" id="title" name="title" maxlength="${TITLE_MAX_LENGTH}" required></div>
<div class="form-group"><label class="label" for="body">内容</label><textarea class="textarea" id="body" name="body" rows="8" maxlength="${BODY_MAX_LENGTH}" required></textarea></div>
${photoField()}
<button type="submit" class="button">发布</button></form>`
    : writePrompt(reader, here, '发帖')
}`,
  })
}
