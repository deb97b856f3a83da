import type { PayloadRequest } from 'payload'

import type { Board, BoardThread, CouncilMeeting, ProposalUpdate } from '../../../cms/payload-types'
import { boardForRoute } from '../../Boards/lookup'
import { subscriptionOf } from '../../BoardSubscriptions/endpoints'
import { placeOf } from '../../BoardSubscriptions/notice'
import { TITLE_MAX_LENGTH } from '../../BoardThreads'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { MEETING_STATUSES } from '../../CouncilMeetings'
import { type Html, html, htmlPage } from '../../endpoints/htmlAnswer'
import { RequestError } from '../../errors'
import { relationId } from '../../relations'
import { optionalResident } from '../../Residents/lib/accounts'
import { chinaTime } from '../../Tickets/web/trackPage'
import { boardTrail } from '../pages/crumbs'
import type { CommunityRoute, PageContext } from '../pages/route'
import { isRecordId } from './timeline'
import { BODY_MAX_LENGTH } from '../postFields'
import { PROPOSAL_STATUSES, type ProposalStatus } from '../words'
import { readerOf, speaksHere, writePrompt } from '../../BoardThreads/pages/parts'

/**
 * The pages of 居民提议, 居民议事会 and the 居务公开 SMS subscription: read
 * as the public reads (published proposals only; meetings without their
 * attendees' names), forms that work without JavaScript.
 */

const READ = { depth: 0, overrideAccess: false } as const

/** Text with the lines the writer typed. */
const text = (value: null | string | undefined): Html => html`<p class="pre-line">${value}</p>`

const backToBoard = (board: Board) => html`<p><a href="${PORTAL_PATHS.communityBoard(board.code!)}">返回${board.name}</a></p>`

/** The sign-in link that comes back to this page. */
const signInLink = (url: URL, what: string) => html`<p><a href="${PORTAL_PATHS.mySignIn(url.pathname)}">登录</a>后可以${what}。</p>`

/** Supports against the threshold, as text and as a bar that says the same. */
function supportMeter(thread: BoardThread, id: string): Html {
  const supports = thread.proposal?.supports ?? 0
  const threshold = thread.proposal?.threshold ?? 1
  return html`<p id="${id}">已有 <strong>${supports}</strong> 人支持，达到 ${threshold} 人可列入居民议事会议程。</p><progress max="${threshold}" value="${Math.min(supports, threshold)}" aria-labelledby="${id}">${supports}/${threshold}</progress>`
}

const statusOf = (thread: BoardThread): ProposalStatus => (thread.proposal?.status ?? 'collecting') as ProposalStatus

// ---- 居务公开短信订阅 ----

async function subscribePage({ params, req, url }: PageContext): Promise<Response> {
  const board = await boardForRoute(req, params[0]!)
  const resident = await optionalResident(req)
  const subscribed = resident ? Boolean(await subscriptionOf(req, board, resident)) : false
  const form = html`<form method="post" action="/api/community/boards/${board.code}/subscription" enctype="multipart/form-data"><input type="hidden" name="action" value="${subscribed ? 'unsubscribe' : 'subscribe'}"><button type="submit" class="button${subscribed ? ' button--secondary' : ''}">${subscribed ? '取消订阅' : '订阅居务公开短信'}</button></form>`
  const body = html`<h1>${board.name}：居务公开短信订阅</h1>
<p>订阅后，${placeOf(board)}每发布一条居务公开（通知公告、财务公开、会议结果、公示），我们就发一条短信到您账号的手机，内容是标题和查看链接。修改已发布的内容不再发送。随时可以取消。</p>
${resident ? html`<p role="status">${subscribed ? '您已订阅。' : '您还没有订阅。'}</p>${form}` : signInLink(url, '订阅')}
${backToBoard(board)}`
  return htmlPage({ title: `居务公开短信订阅 - ${board.name}`, crumbs: boardTrail(board), body })
}

// ---- 居民提议 ----

const proposalForm = (board: Board) => html`<section aria-labelledby="propose-title"><h2 id="propose-title">提出新提议</h2>
<p>提议公开后征集本社区居民支持，达到 ${board.proposalThreshold} 人支持后列入居民议事会议程，社区会给出答复和理由。</p>
<form method="post" action="/api/community/boards/${board.code}/proposals" enctype="multipart/form-data">
<div class="form-group"><label class="label" for="proposal-title">标题</label><input class="input" id="proposal-title" name="title" maxlength="${TITLE_MAX_LENGTH}" required></div>
<div class="form-group"><label class="label" for="proposal-body">提议内容（想解决什么问题，建议怎么做）</label><textarea class="textarea" id="proposal-body" name="body" rows="6" maxlength="${BODY_MAX_LENGTH}" required></textarea></div>
<button type="submit" class="button">提交提议</button></form></section>`

async function proposalsPage({ params, req, url }: PageContext): Promise<Response> {
  const board = await boardForRoute(req, params[0]!)
  const wanted = url.searchParams.get('status') ?? ''
  const status = Object.hasOwn(PROPOSAL_STATUSES, wanted) ? (wanted as ProposalStatus) : undefined
  const { docs } = await req.payload.find({
    collection: 'board-threads',
    where: { and: [{ board: { equals: board.id } }, { kind: { equals: 'proposal' } }, ...(status ? [{ 'proposal.status': { equals: status } }] : [])] },
    sort: '-createdAt',
    limit: 100,
    req,
    ...READ,
  })
  const path = PORTAL_PATHS.communityProposals(board.code!)
  const filters = html`<nav aria-label="按进展筛选"><ul class="link-grid"><li>${status ? html`<a href="${path}">全部</a>` : html`<strong aria-current="page">全部</strong>`}</li>${Object.entries(PROPOSAL_STATUSES).map(([value, label]) => html`<li>${value === status ? html`<strong aria-current="page">${label}</strong>` : html`<a href="${path}?status=${value}">${label}</a>`}</li>`)}</ul></nav>`
  const list = docs.length
    ? html`<ul class="card-list">${docs.map((thread, index) => html`<li><h2><a href="${PORTAL_PATHS.communityProposal(board.code!, thread.id)}">${thread.title}</a></h2><p>${PROPOSAL_STATUSES[statusOf(thread)]} · ${thread.authorName} · ${chinaTime(thread.createdAt)}</p>${supportMeter(thread, `supports-${index}`)}</li>`)}</ul>`
    : html`<p>${status ? `没有“${PROPOSAL_STATUSES[status]}”的提议。` : '还没有居民提议。'}</p>`
  // The form for those who may propose here; the others are told what they need (sign in, join, the 居委会, their own board).
  const reader = await readerOf(req)
  const body = html`<h1>${board.name}：居民提议</h1>${filters}${list}${speaksHere(reader, board) ? proposalForm(board) : writePrompt(reader, url.pathname, '提出提议')}
<p><a href="${PORTAL_PATHS.communityMeetings(board.code!)}">居民议事会</a></p>${backToBoard(board)}`
  return htmlPage({ title: `居民提议 - ${board.name}`, crumbs: boardTrail(board), body })
}

/** The proposal shown to the public, with its board (another board's id is not found). */
async function shownProposal(req: PayloadRequest, board: Board, id: string): Promise<BoardThread> {
  const found = isRecordId(id) ? await req.payload.find({ collection: 'board-threads', where: { and: [{ id: { equals: id } }, { board: { equals: board.id } }, { kind: { equals: 'proposal' } }] }, limit: 1, pagination: false, req, ...READ }) : undefined
  const docs = found?.docs ?? []
  if (!docs[0]) throw new RequestError('NOT_FOUND', '没有找到这个居民提议', 404)
  return docs[0]
}

const supportForm = (thread: BoardThread) => html`<form method="post" action="/api/community/proposals/${thread.id}/support" enctype="multipart/form-data"><button type="submit" class="button">我支持这个提议</button></form>
<p>每位居民只能支持一次。须是本社区居民并已完成实名核验。</p>`

const timeline = (updates: ProposalUpdate[]) => html`<ol class="timeline">${updates.map((entry) => html`<li><span class="timeline__when">${chinaTime(entry.createdAt)}</span><p class="timeline__status">${entry.statusLabel}（${entry.actorName}）</p>${entry.note ? html`<p class="timeline__note">${entry.note}</p>` : null}</li>`)}</ol>`

async function proposalPage({ params, req, url }: PageContext): Promise<Response> {
  const board = await boardForRoute(req, params[0]!)
  const thread = await shownProposal(req, board, params[1]!)
  const { docs: updates } = await req.payload.find({ collection: 'proposal-updates', where: { thread: { equals: thread.id } }, sort: 'createdAt', pagination: false, req, ...READ })
  const gathering = ['collecting', 'agenda'].includes(statusOf(thread))
  const resident = gathering ? await optionalResident(req) : null
  const meetingId = relationId(thread.proposal?.meeting)
  const body = html`<h1>${thread.title}</h1>
<dl class="summary-list">
<div><dt>进展</dt><dd>${PROPOSAL_STATUSES[statusOf(thread)]}</dd></div>
<div><dt>提议人</dt><dd>${thread.authorName}</dd></div>
<div><dt>IP属地</dt><dd>${thread.ipProvince}</dd></div>
<div><dt>提出时间</dt><dd>${chinaTime(thread.createdAt)}</dd></div>
${meetingId === undefined ? null : html`<div><dt>议事会</dt><dd><a href="${PORTAL_PATHS.communityMeeting(board.code!, meetingId)}">查看会议</a></dd></div>`}
</dl>
${text(thread.body)}
<h2>支持情况</h2>${supportMeter(thread, 'supports')}
${gathering ? (resident ? supportForm(thread) : signInLink(url, '支持这个提议')) : null}
${thread.proposal?.answer ? html`<h2>社区答复：${PROPOSAL_STATUSES[statusOf(thread)]}</h2>${text(thread.proposal.answer)}<p>答复时间：${chinaTime(thread.proposal.answeredAt!)}</p>` : null}
<h2>进展</h2>${updates.length ? timeline(updates) : html`<p>还没有进展记录。</p>`}
<p><a href="${PORTAL_PATHS.communityThread(board.code!, thread.id)}">参与讨论</a> · <a href="${PORTAL_PATHS.communityProposals(board.code!)}">全部提议</a></p>`
  return htmlPage({ title: `${thread.title} - 居民提议`, crumbs: [...boardTrail(board), { href: PORTAL_PATHS.communityProposals(board.code!), label: '居民提议' }], body })
}

// ---- 居民议事会 ----

async function meetingsPage({ params, req }: PageContext): Promise<Response> {
  const board = await boardForRoute(req, params[0]!)
  const { docs } = await req.payload.find({ collection: 'council-meetings', where: { board: { equals: board.id } }, sort: '-startsAt', limit: 50, req, ...READ })
  const list = docs.length
    ? html`<ul class="card-list">${docs.map((meeting) => html`<li><a href="${PORTAL_PATHS.communityMeeting(board.code!, meeting.id)}">${meeting.title}</a>：${chinaTime(meeting.startsAt)}，${meeting.place}（${MEETING_STATUSES[meeting.status]}）</li>`)}</ul>`
    : html`<p>还没有居民议事会的安排。</p>`
  return htmlPage({ title: `居民议事会 - ${board.name}`, crumbs: boardTrail(board), body: html`<h1>${board.name}：居民议事会</h1>${list}<p><a href="${PORTAL_PATHS.communityProposals(board.code!)}">居民提议</a></p>${backToBoard(board)}` })
}

async function meetingPage({ params, req }: PageContext): Promise<Response> {
  const board = await boardForRoute(req, params[0]!)
  const id = params[1]!
  const found = isRecordId(id) ? await req.payload.find({ collection: 'council-meetings', where: { and: [{ id: { equals: id } }, { board: { equals: board.id } }] }, limit: 1, pagination: false, req, ...READ }) : undefined
  const meeting: CouncilMeeting | undefined = found?.docs[0]
  if (!meeting) throw new RequestError('NOT_FOUND', '没有找到这次居民议事会', 404)
  const agendaIds = (meeting.agenda ?? []).map((item) => relationId(item)).filter((each) => each !== undefined)
  const { docs: agenda } = agendaIds.length ? await req.payload.find({ collection: 'board-threads', where: { id: { in: agendaIds } }, pagination: false, req, ...READ }) : { docs: [] }
  const held = meeting.status === 'held'
  const body = html`<h1>${meeting.title}</h1>
<dl class="summary-list">
<div><dt>时间</dt><dd>${chinaTime(meeting.startsAt)}</dd></div>
<div><dt>地点</dt><dd>${meeting.place}</dd></div>
<div><dt>状态</dt><dd>${MEETING_STATUSES[meeting.status]}</dd></div>
${held && typeof meeting.attendeeCount === 'number' ? html`<div><dt>出席人数</dt><dd>${meeting.attendeeCount}人</dd></div>` : null}
</dl>
<h2>议程</h2>${agenda.length ? html`<ol>${agenda.map((thread) => html`<li><a href="${PORTAL_PATHS.communityProposal(board.code!, thread.id)}">${thread.title}</a>（${PROPOSAL_STATUSES[statusOf(thread)]}）</li>`)}</ol>` : html`<p>议程尚未公布。</p>`}
${held && meeting.minutes ? html`<h2>会议记录</h2>${text(meeting.minutes)}` : null}
<p><a href="${PORTAL_PATHS.communityMeetings(board.code!)}">全部居民议事会</a></p>`
  return htmlPage({ title: `${meeting.title} - 居民议事会`, crumbs: [...boardTrail(board), { href: PORTAL_PATHS.communityMeetings(board.code!), label: '居民议事会' }], body })
}

/** The room's live pages, joined in pages/router.ts. */
export const PROPOSAL_ROUTES: CommunityRoute[] = [
  { pattern: [':code', 'subscribe'], page: subscribePage },
  { pattern: [':code', 'proposals'], page: proposalsPage },
  { pattern: [':code', 'proposals', ':id'], page: proposalPage },
  { pattern: [':code', 'meetings'], page: meetingsPage },
  { pattern: [':code', 'meetings', ':id'], page: meetingPage },
]
