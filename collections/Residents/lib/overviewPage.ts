import type { StatusAnswer } from '../../Applications/states'
import type { JointStatusAnswer } from '../../BundleCases/states'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { heldDocumentsHtml, resultHtml } from '../../ResultDocuments/lib/resultHtml'
import { CERTIFICATE_KINDS, CERTIFICATE_WORDS, RESULT_PATHS } from '../../ResultDocuments/states'
import { type Html, html, htmlPage } from '../../endpoints/htmlAnswer'
import { chinaTime, ticketDetails } from '../../Tickets/web/trackPage'
import { type accountView, portalPath } from '../endpoints/signIn'
import { accountWords, followedWords, lifeOrderWords, type MyCases, type MyFollowed, type MyLifeOrder, type MyMessage, type MyRating, type MyTicket, UNFOLLOW_PATH } from '../myCases'

/**
 * 我的 as a page for a browser without JavaScript (GET /api/my/overview):
 * what the portal's script shows on /my/, rendered on the server from the
 * same answer as GET /api/my/cases.
 */

type AccountSummary = ReturnType<typeof accountView>

/** A list, or what to say when it is empty. */
const listOr = <T>(rows: T[], empty: string, item: (row: T) => Html): Html =>
  rows.length ? html`<ol class="my-cases">${rows.map(item)}</ol>` : html`<p>${empty}</p>`

function details(account: AccountSummary): Html {
  return html`<section aria-labelledby="details-title"><h2 id="details-title">我的账号</h2>
<dl class="summary-list">
<div><dt>手机号码</dt><dd>${account.phone}</dd></div>
<div><dt>实名信息</dt><dd>${accountWords.realName(account.realName)}</dd></div>
<div><dt>登录密码</dt><dd>${accountWords.password(account.hasPassword)}</dd></div>
<div><dt>个人信息保护说明</dt><dd>${accountWords.consent(account.privacyConsent)}</dd></div>
</dl>
<p><a href="${portalPath(PORTAL_PATHS.my())}">填写实名信息、设置密码、下载我的数据、注销账号</a></p>
<form method="post" action="/api/residents/logout" enctype="multipart/form-data"><button type="submit" class="button button--secondary">退出登录</button></form></section>`
}

const application = (each: StatusAnswer): Html => html`<li class="my-case" data-application="${each.trackingNumber}"><h3>${each.service.title}（${each.statusLabel}）</h3>
<p>受理编号 ${each.trackingNumber}，${chinaTime(each.submittedAt)}提交${each.dueDate ? `，${each.dueDate}前办结` : ''}</p>
${resultHtml(each.result, { trackingNumber: each.trackingNumber })}
${heldDocumentsHtml(each.documents, { trackingNumber: each.trackingNumber })}
${each.rating ? html`<p>我的评价：${each.rating.label}</p>` : null}
<p><a href="/api/applications/mine/${encodeURIComponent(each.trackingNumber)}">查看办理过程${each.can.supplement || each.can.withdraw || each.can.rate ? '，补正、撤回或评价' : ''}<span class="visually-hidden">（${each.trackingNumber}）</span></a></p></li>`

/** A 一件事 applied for as one: the joint state, and each member as its own entry. */
const bundleCase = (each: JointStatusAnswer): Html => html`<li class="my-case" data-bundle-case="${each.number}"><h3>${each.bundle.title}（${each.stateLabel}）</h3>
<p>联办编号 ${each.number}，${chinaTime(each.submittedAt)}提交。${each.summary}</p>
<ol class="my-cases">${each.members.map(application)}</ol></li>`

const ticket = (each: MyTicket): Html => html`<li class="my-case" data-ticket="${each.number}"><h3>工单 ${each.number}：${each.summary}</h3>
${ticketDetails(each, { heading: 4, phone: '', prefix: `${each.number}-` })}</li>`

const followed = (each: MyFollowed): Html => html`<li class="my-case" data-followed="${each.number}"><h3>${followedWords.title(each)}</h3>
<p>${followedWords.facts(each, chinaTime)}</p>
<form method="post" action="/api/${UNFOLLOW_PATH}" enctype="multipart/form-data"><input type="hidden" name="number" value="${each.number}"><button type="submit" class="button button--secondary">取消关注<span class="visually-hidden">（${each.number}）</span></button></form></li>`

const lifeOrder = (each: MyLifeOrder): Html => html`<li class="my-case" data-life-order="${each.number}"><h3>${lifeOrderWords.title(each)}</h3>
<p>${lifeOrderWords.facts(each)}</p><p><a href="${each.page}">${lifeOrderWords.link}<span class="visually-hidden">（${each.number}）</span></a></p></li>`

const rating = (each: MyRating): Html => html`<li><p><strong>${each.label}</strong> · ${each.kind === 'application' ? '申请' : '12345诉求'} ${each.number}（${each.title}）· ${chinaTime(each.ratedAt)}</p>${each.comment ? html`<p class="pre-line">${each.comment}</p>` : null}</li>`

const message = (each: MyMessage): Html => html`<li><p>${chinaTime(each.at)} ${each.subject}</p><p class="pre-line">${each.message}</p></li>`

/** The whole of 我的 for the signed-in resident. */
export function overviewPage(account: AccountSummary, cases: MyCases): Promise<Response> {
  const body = html`<h1>我的</h1>
${details(account)}
<section aria-labelledby="applications-title"><h2 id="applications-title">我的申请</h2>
${cases.bundleCases.length ? html`<h3>一件事</h3><ol class="my-cases">${cases.bundleCases.map(bundleCase)}</ol>` : null}
${listOr(cases.applications, cases.bundleCases.length ? '没有其他申请。' : '还没有与账号关联的申请。', application)}
<p><a href="${portalPath(PORTAL_PATHS.my())}">用受理编号（一件事用联办编号）和查询码添加以前提交的申请</a></p></section>
<section aria-labelledby="certificates-title"><h2 id="certificates-title">${CERTIFICATE_WORDS.title}</h2><p>${CERTIFICATE_WORDS.explain}</p>
<ul class="certificate-list">${CERTIFICATE_KINDS.map(
  (kind) =>
    html`<li><form method="post" action="${RESULT_PATHS.certificates}" enctype="multipart/form-data"><input type="hidden" name="kind" value="${kind}"><button type="submit" class="button button--secondary">${CERTIFICATE_WORDS.button(kind)}</button></form></li>`,
)}</ul></section>
<section aria-labelledby="tickets-title"><h2 id="tickets-title">我的12345诉求</h2>
${listOr(cases.tickets, '还没有与账号关联的诉求。', ticket)}
<p><a href="${portalPath(PORTAL_PATHS.hotline())}">提出新的咨询、求助、投诉或建议</a></p></section>
<section aria-labelledby="life-orders-title"><h2 id="life-orders-title">我的生活服务</h2>
${listOr(cases.lifeOrders, '还没有预约过生活服务。', lifeOrder)}
<p><a href="${portalPath('/life/')}">预约家政、维修、养老等生活服务</a></p></section>
<section aria-labelledby="followed-title"><h2 id="followed-title">我关注的诉求</h2>
${listOr(cases.followed, '还没有关注别人反映的诉求。在网上12345提交时，遇到相同的问题可以关注它。', followed)}</section>
<section aria-labelledby="ratings-title"><h2 id="ratings-title">我的评价</h2>
${listOr(cases.ratings, '还没有评价。', rating)}</section>
<section aria-labelledby="messages-title"><h2 id="messages-title">我的消息</h2>
${listOr(cases.messages, '还没有消息。', message)}</section>`
  return htmlPage({ title: '我的', body })
}
