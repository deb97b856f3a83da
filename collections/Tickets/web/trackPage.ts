import { RATING_LABELS, type RatingLevel } from '../../casework/satisfaction'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { residentDueNote } from '../../CalendarDays/workingDays'
import type { Ticket } from '../../../cms/payload-types'
import { type Html, html, htmlPage } from '../../endpoints/htmlAnswer'
import { MY_OVERVIEW_PATH } from '../../Residents/lib/paths'

/** A step as the caller sees it: what happened in their words, when, and for replies what was said. */
export type PublicStep = { at: string; label: string; note: null | string }

export type TrackAnswer = {
  number: string
  kind: string
  kindLabel: string
  status: Ticket['status']
  statusLabel: string
  receivedAt: string
  dueDate: null | string
  dueDateProvisional: boolean
  closedAt: null | string
  reply: null | string
  satisfaction: null | string
  satisfactionLabel: null | string
  /** The caller's own rating (a rating taken on the call-back is the desk's record, not theirs). */
  rating: null | { comment: null | string; label: string; level: RatingLevel; ratedAt: string }
  canRate: boolean
  canReopen: boolean
  reopenUntil: null | string
  timeline: PublicStep[]
}

/** 2026-01-05 14:30, China time. */
export const chinaTime = (iso: string): string => new Date(new Date(iso).getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ')

/** The hidden fields that name the order again in the page's own forms (posted, never in a URL); no phone for its signed-in owner. */
const identity = (result: TrackAnswer, phone: string) =>
  html`<input type="hidden" name="number" value="${result.number}"><input type="hidden" name="phone" value="${phone}">`

/** Where the order's view sits: its heading level, and a prefix keeping ids unique when a page shows several orders. */
export type TicketView = { heading: 2 | 4; phone: string; prefix: string }

const heading = (level: number, id: string, text: string) => html`<h${level} id="${id}">${text}</h${level}>`

const rateForm = (result: TrackAnswer, { heading: level, phone, prefix }: TicketView) => html`<section aria-labelledby="${prefix}rate-title">${heading(level, `${prefix}rate-title`, '评价办理结果')}
<form method="post" action="/api/tickets/track/rate" enctype="multipart/form-data">${identity(result, phone)}
<fieldset class="fieldset"><legend class="legend">您对办理结果满意吗？</legend><div class="choices">
${Object.entries(RATING_LABELS)
  .reverse()
  .map(([value, label]) => html`<div class="choice"><input type="radio" id="${prefix}rating-${value}" name="satisfaction" value="${value}" required><label for="${prefix}rating-${value}">${label}</label></div>`)}
</div></fieldset>
<div class="form-group"><label class="label" for="${prefix}rate-note">意见（选填）</label><textarea class="textarea" id="${prefix}rate-note" name="note" rows="3" maxlength="500"></textarea></div>
<button type="submit" class="button">提交评价</button></form></section>`

const reopenForm = (result: TrackAnswer, { heading: level, phone, prefix }: TicketView) => html`<section aria-labelledby="${prefix}reopen-title">${heading(level, `${prefix}reopen-title`, '问题没有解决？')}
<p>${chinaTime(result.reopenUntil!)}前可以要求重新办理，热线会重新安排办理并答复您。</p>
<form method="post" action="/api/tickets/track/reopen" enctype="multipart/form-data">${identity(result, phone)}
<div class="form-group"><label class="label" for="${prefix}reopen-note">哪里没有解决</label><textarea class="textarea" id="${prefix}reopen-note" name="note" rows="4" maxlength="500" required></textarea></div>
<button type="submit" class="button button--secondary">没有解决，要求重新办理</button></form></section>`

/** The order's facts, reply, public steps and the caller's next steps: the tracking page and 我的 show the same. */
export function ticketDetails(result: TrackAnswer, view: TicketView): Html {
  return html`<dl class="summary-list">
<div><dt>诉求类型</dt><dd>${result.kindLabel}</dd></div>
<div><dt>当前状态</dt><dd data-ticket-status>${result.statusLabel}</dd></div>
<div><dt>提交时间</dt><dd>${chinaTime(result.receivedAt)}</dd></div>
${result.dueDate ? html`<div><dt>答复期限</dt><dd>${result.dueDate}前${residentDueNote(result.dueDateProvisional)}</dd></div>` : null}
${result.satisfactionLabel ? html`<div><dt>评价</dt><dd>${result.satisfactionLabel}</dd></div>` : null}
</dl>
${result.reply ? html`${heading(view.heading, `${view.prefix}reply-title`, '答复')}<p class="reply" data-ticket-reply>${result.reply}</p>` : null}
${heading(view.heading, `${view.prefix}timeline-title`, '办理过程')}
<ol class="timeline">${result.timeline.map((step) => html`<li><span class="timeline__when">${chinaTime(step.at)}</span><p class="timeline__status">${step.label}</p>${step.note ? html`<p class="timeline__note">${step.note}</p>` : null}</li>`)}</ol>
${result.canRate ? rateForm(result, view) : null}
${result.canReopen ? reopenForm(result, view) : null}`
}

/** The order as the caller sees it, for a browser without JavaScript; `notice` says what their last step did. */
export function trackPage(result: TrackAnswer, phone: string, notice?: string): Promise<Response> {
  // The signed-in owner names the order without a phone: their way back is 我的.
  const onward = phone ? html`<a href="${PORTAL_PATHS.hotlineTrack()}">查询其他诉求</a>` : html`<a href="${MY_OVERVIEW_PATH}">返回“我的”</a>`
  const body = html`<h1>工单 ${result.number}</h1>
${notice ? html`<p class="callout" role="status">${notice}</p>` : null}
${ticketDetails(result, { heading: 2, phone, prefix: '' })}
<p>${onward} · 有疑问请拨打 <a class="phone" href="tel:12345">12345</a></p>`
  return htmlPage({ title: `工单 ${result.number}`, body })
}
