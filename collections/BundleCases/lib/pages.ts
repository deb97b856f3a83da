import { dateTimeText } from '../../../site/lib/dates'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { type Html, html, htmlPage } from '../../endpoints/htmlAnswer'
import { keyFields } from '../../Applications/lib/statusPage'
import { type BundleSubmitAnswer, JOINT_CONFIRMATION_WORDS as WORDS, type JointStatusAnswer } from '../states'

/**
 * A joint case's pages for a browser without JavaScript: the confirmation
 * after the bundle's form is posted, and the joint status the tracking
 * page's form leads to with a joint number. Each member opens on its own
 * status page (补正, 撤回, 评价 there), with the same query code.
 */

/** A form (or, for the signed-in owner, a link) that opens one member's own status page. */
function openMember(trackingNumber: string, title: string, queryCode: string, label: string): Html {
  if (!queryCode) return html`<p><a href="/api/applications/mine/${encodeURIComponent(trackingNumber)}">${label}<span class="visually-hidden">（${title}）</span></a></p>`
  return html`<form method="post" action="/api/applications/status" enctype="multipart/form-data">${keyFields(trackingNumber, queryCode)}<button type="submit" class="button button--secondary">${label}<span class="visually-hidden">（${title}）</span></button></form>`
}

/** The confirmation: the joint number and query code, shown this once, and each member's tracking number. */
export function jointConfirmationPage(answer: BundleSubmitAnswer, status = 201): Promise<Response> {
  const body = html`<section class="confirmation" aria-labelledby="confirmation-title">
<div class="panel"><h1 class="panel__title" id="confirmation-title">${WORDS.title}</h1><p class="panel__body">${WORDS.numberLabel}<br><strong class="panel__number" data-slot="number">${answer.number}</strong></p></div>
<div class="query-code"><p class="query-code__label">查询码</p><p class="query-code__value" data-slot="queryCode">${answer.queryCode}</p>
<p><strong>${WORDS.queryCodeOnce}</strong></p><p>${WORDS.queryCodeUse}</p></div>
<dl class="summary-list">
<div><dt>一件事</dt><dd>${answer.bundle.title}</dd></div>
<div><dt>提交时间</dt><dd>${dateTimeText(answer.submittedAt)}</dd></div>
</dl>
<h2>${WORDS.membersTitle}</h2>
<dl class="summary-list" data-members>${answer.members.map((member) => html`<div><dt>${member.service.title}</dt><dd><span data-member-number>${member.trackingNumber}</span>（${member.statusLabel}）</dd></div>`)}</dl>
<p>${WORDS.routing}</p>
<form method="post" action="/api/applications/status" enctype="multipart/form-data">${keyFields(answer.number, answer.queryCode)}<button type="submit" class="button">查询办理进度</button></form>
<p>有疑问请拨打政务服务便民热线 <a href="tel:12345">12345</a>。</p>
</section>`
  return htmlPage({ title: WORDS.title, body, status })
}

/** The joint status: the overall state, which member needs a supplement, and each member with the way to open it. */
export function jointStatusPage(status: JointStatusAnswer, queryCode: string): Promise<Response> {
  const body = html`<h1>${status.bundle.title}</h1>
<p class="status-banner">整体状态：<strong class="status-tag status-tag--${status.state}" data-joint-status>${status.stateLabel}</strong></p>
<p data-joint-summary>${status.summary}</p>
<dl class="summary-list">
<div><dt>${WORDS.numberLabel}</dt><dd>${status.number}</dd></div>
<div><dt>提交时间</dt><dd>${dateTimeText(status.submittedAt)}</dd></div>
</dl>
<h2>各事项的办理情况</h2>
<ol class="my-cases">${status.members.map(
  (member) => html`<li class="my-case" data-member="${member.trackingNumber}"><h3>${member.service.title}（<span data-member-status>${member.statusLabel}</span>）</h3>
<p>受理编号 ${member.trackingNumber}${member.dueDate ? `，${member.dueDate}前办结` : ''}</p>
${member.supplementRequest ? html`<div class="callout"><p><strong>需要补正：</strong></p><p class="pre-line">${member.supplementRequest.note}</p></div>` : null}
${openMember(member.trackingNumber, member.service.title, queryCode, member.can.supplement ? '查看并上传补正材料' : '查看办理过程')}</li>`,
)}</ol>
<p>对办理有疑问，请拨打政务服务便民热线 <a href="tel:12345">12345</a>。</p>
<p><a href="${PORTAL_PATHS.track()}">查询其他申请</a></p>`
  return htmlPage({ title: `一件事办理进度 ${status.number}`, body })
}
