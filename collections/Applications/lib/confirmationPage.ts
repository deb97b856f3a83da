import { dateTimeText } from '../../../site/lib/dates'
import { html, htmlPage } from '../../endpoints/htmlAnswer'
import type { PublishedService } from '../../Services/publishedService'
import { afterAcceptance, CONFIRMATION_WORDS as WORDS } from '../residentWords'
import type { SubmitAnswer } from '../states'
import { keyFields } from './statusPage'

/**
 * The confirmation a browser without JavaScript gets after posting the
 * application form: the tracking number and the query code, shown this
 * once, in the words of the script's panel (site/components/apply/Confirmation.tsx),
 * and a button that opens the status page with both.
 */
export function confirmationPage(answer: SubmitAnswer, service: Pick<PublishedService, 'caseType' | 'promisedDays' | 'title'>, withEmail: boolean, status = 201): Promise<Response> {
  const body = html`<section class="confirmation" aria-labelledby="confirmation-title">
<div class="panel"><h1 class="panel__title" id="confirmation-title">${WORDS.title}</h1><p class="panel__body">受理编号<br><strong class="panel__number" data-slot="trackingNumber">${answer.trackingNumber}</strong></p></div>
<div class="query-code"><p class="query-code__label">查询码</p><p class="query-code__value" data-slot="queryCode">${answer.queryCode}</p>
<p><strong>${WORDS.queryCodeOnce}</strong></p><p>${WORDS.queryCodeUse}</p></div>
<dl class="summary-list">
<div><dt>申请事项</dt><dd>${service.title}</dd></div>
<div><dt>提交时间</dt><dd>${dateTimeText(answer.submittedAt)}</dd></div>
<div><dt>当前状态</dt><dd>${answer.statusLabel}</dd></div>
</dl>
<h2>接下来会怎样</h2>
<ol class="next-steps">
<li>${WORDS.review}${afterAcceptance(service)}</li>
<li>${WORDS.messages}${withEmail ? WORDS.messagesByEmail : ''}${WORDS.supplementBySms}</li>
<li>${WORDS.trackAnyTime}</li>
</ol>
<form method="post" action="/api/applications/status" enctype="multipart/form-data">${keyFields(answer.trackingNumber, answer.queryCode)}<button type="submit" class="button">查询办理进度</button></form>
<p>有疑问请拨打政务服务便民热线 <a href="tel:12345">12345</a>。</p>
</section>`
  return htmlPage({ title: WORDS.title, body, status })
}
