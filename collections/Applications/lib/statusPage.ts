import type { PayloadRequest } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { dateText, dateTimeText } from '../../../site/lib/dates'
import { FILE_ACCEPT, FILE_RULES_TEXT } from '../../../site/lib/forms'
import { residentDueNote } from '../../CalendarDays/workingDays'
import { FOLLOW_UP_WORKING_DAYS, RATING_LABELS, type RatingLevel } from '../../casework/satisfaction'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { html, htmlPage } from '../../endpoints/htmlAnswer'
import { TEXT_LIMITS } from '../form/validate'
import { WITHDRAW_WORDS } from '../residentWords'
import type { StatusAnswer } from '../states'
import { statusAnswer } from './statusAnswer'
import { heldDocumentsHtml, resultHtml } from '../../ResultDocuments/lib/resultHtml'

/**
 * The status of one application as a page, for a browser without
 * JavaScript: the facts of `statusAnswer` and the forms the application
 * allows (补正, 撤回, 评价), each a plain post that names the application
 * again and is answered with this page. Every such answer — the lookup, each
 * action, the owner's own page — comes from here.
 */

const RATING_LEVELS: RatingLevel[] = [5, 4, 3, 2, 1]

/**
 * The hidden fields that name the application in a form: its tracking
 * number and, for a resident without an account, its query code (in the
 * post body, never in an address). The signed-in owner needs no code.
 */
export const keyFields = (trackingNumber: string, queryCode: string) =>
  html`<input type="hidden" name="trackingNumber" value="${trackingNumber}">${queryCode ? html`<input type="hidden" name="queryCode" value="${queryCode}">` : null}`

const row = (label: string, value: false | null | string) => (value ? html`<div><dt>${label}</dt><dd>${value}</dd></div>` : null)

function facts(status: StatusAnswer, key: ReturnType<typeof keyFields>) {
  return html`<p class="status-banner">当前状态：<strong class="status-tag status-tag--${status.status}" data-application-status>${status.statusLabel}</strong></p>
<dl class="summary-list">
${row('受理编号', status.trackingNumber)}
${row('申请人', status.applicantName)}
${row('当事人', status.partyName)}
${row('办理地', status.handledWhere)}
${row('提交时间', dateTimeText(status.submittedAt))}
${row('受理时间', status.acceptedAt && dateTimeText(status.acceptedAt))}
${row('应办结日期', status.dueDate && `${dateText(status.dueDate)}${residentDueNote(status.dueDateProvisional)}`)}
${row('办结时间', status.completedAt && dateTimeText(status.completedAt))}
</dl>
${status.outcomeLabel || status.resultNote
  ? html`<section class="result" aria-labelledby="result-title"><h2 id="result-title">办理结果</h2>
<p class="result__outcome${status.outcome === 'denied' ? ' result__outcome--denied' : ''}">${status.outcomeLabel}</p>
${status.resultNote ? html`<p class="pre-line">${status.resultNote}</p>` : null}
${resultHtml(status.result, { fields: key })}</section>`
  : null}`
}

function supplementForm(status: StatusAnswer, key: ReturnType<typeof keyFields>) {
  const request = status.supplementRequest
  return html`<section aria-labelledby="supplement-title"><h2 id="supplement-title">补正材料</h2>
${request ? html`<div class="callout"><p><strong>工作人员的要求：</strong></p><p class="pre-line">${request.note}</p><p class="hint">提出时间：${dateTimeText(request.requestedAt)}</p></div>` : null}
<form class="action-form" method="post" action="/api/applications/supplement" enctype="multipart/form-data">${key}
<p>按工作人员的要求上传材料，或写明补正的内容。</p>
<div class="form-group"><label class="label" for="files">补正材料<span class="optional">（选填）</span></label><p class="hint" id="files-hint">${FILE_RULES_TEXT}。可以一次选择多个文件。</p>
<input class="file-input" id="files" name="files" type="file" accept="${FILE_ACCEPT}" multiple aria-describedby="files-hint"></div>
<div class="form-group"><label class="label" for="note">补正说明<span class="optional">（选填）</span></label><p class="hint" id="note-hint">最多${TEXT_LIMITS.note}字。</p>
<textarea class="textarea" id="note" name="note" rows="4" aria-describedby="note-hint"></textarea></div>
<button type="submit" class="button">提交补正材料</button></form></section>`
}

const rateForm = (key: ReturnType<typeof keyFields>) => html`<section aria-labelledby="rate-title"><h2 id="rate-title">评价这次办理</h2>
<p>您的评价会直接送到办理部门。不满意的，我们会在${FOLLOW_UP_WORKING_DAYS}个工作日内联系您。</p>
<form class="action-form" method="post" action="/api/applications/rating" enctype="multipart/form-data">${key}
<div class="form-group"><fieldset class="fieldset"><legend class="legend">您对这次办理满意吗？</legend><div class="choices">
${RATING_LEVELS.map((level) => html`<div class="choice"><input type="radio" id="level-${level}" name="level" value="${level}" required><label for="level-${level}">${RATING_LABELS[level]}</label></div>`)}
</div></fieldset></div>
<div class="form-group"><label class="label" for="comment">意见和建议<span class="optional">（选填）</span></label><p class="hint" id="comment-hint">最多${TEXT_LIMITS.comment}字。</p>
<textarea class="textarea" id="comment" name="comment" rows="4" aria-describedby="comment-hint"></textarea></div>
<button type="submit" class="button">提交评价</button></form></section>`

const rating = (given: NonNullable<StatusAnswer['rating']>) => html`<section aria-labelledby="rating-title"><h2 id="rating-title">您的评价</h2>
<p><strong>${given.label}</strong>（${dateTimeText(given.ratedAt)}评价）</p>${given.comment ? html`<p class="pre-line">${given.comment}</p>` : null}</section>`

/** Withdrawing cannot be undone: the post must carry the ticked confirmation (withdrawEndpoint checks it). */
const withdrawForm = (key: ReturnType<typeof keyFields>) => html`<section aria-labelledby="withdraw-title"><h2 id="withdraw-title">撤回申请</h2>
<p>${WITHDRAW_WORDS.explain}</p>
<form class="action-form" method="post" action="/api/applications/withdraw" enctype="multipart/form-data">${key}
<div class="form-group"><div class="choice"><input type="checkbox" id="withdraw-confirm" name="confirm" value="yes" required><label for="withdraw-confirm">${WITHDRAW_WORDS.question}${WITHDRAW_WORDS.warning}</label></div></div>
<button type="submit" class="button button--warning">确定撤回</button></form></section>`

const timeline = (status: StatusAnswer) => html`<h2>办理过程</h2>
<ol class="timeline">${status.timeline.map(
  (entry) => html`<li><time class="timeline__when" datetime="${entry.at}">${dateTimeText(entry.at)}</time><p class="timeline__status">${entry.statusLabel}</p>${entry.note ? html`<p class="timeline__note pre-line">${entry.note}</p>` : null}</li>`,
)}</ol>`

/**
 * The page of one application. `queryCode` is the code the resident typed
 * (carried again by the page's forms), or empty for its signed-in owner;
 * `notice` says what the resident's last step did.
 */
export async function statusPage(req: PayloadRequest, application: Application, queryCode: string, notice?: string): Promise<Response> {
  const status = await statusAnswer(req, application)
  const key = keyFields(status.trackingNumber, queryCode)
  const body = html`${notice ? html`<p class="notice" role="status">${notice}</p>` : null}
<h1>${status.service.title}</h1>
${facts(status, key)}
${heldDocumentsHtml(status.documents, { fields: key })}
${status.can.supplement ? supplementForm(status, key) : null}
${status.can.rate ? rateForm(key) : null}
${status.rating ? rating(status.rating) : null}
${status.can.withdraw ? withdrawForm(key) : null}
${timeline(status)}
<p>对办理有疑问，请拨打政务服务便民热线 <a href="tel:12345">12345</a>。</p>
<p><a href="${PORTAL_PATHS.track()}">查询其他申请</a></p>`
  return htmlPage({ title: `办件进度 ${status.trackingNumber}`, body })
}
