import type { Endpoint, PayloadRequest } from 'payload'

import type { LifeComplaint, LifeOrder } from '../../cms/payload-types'
import { withTransaction } from '../../cms/lib/withTransaction'
import { RATING_LABELS } from '../casework/satisfaction'
import { PORTAL_PATHS } from '../catalogue/portalPaths'
import { type Html, html, htmlPage, wantsHtmlPage } from '../endpoints/htmlAnswer'
import { assertWellFormed, readBody, textField } from '../endpoints/readBody'
import type { FieldError } from '../endpoints/refusal'
import { answer, handled, invalid } from '../endpoints/respond'
import { RequestError } from '../errors'
import { optionalResident, signedInResident } from '../Residents/lib/accounts'
import { portalPath } from '../Residents/endpoints/signIn'
import { complaintAnswer } from './endpoints'
import { takeLifeComplaintAction } from './lib/transition'
import { COMPLAINT_WORKING_DAYS, LIFE_COMPLAINTS } from './states'

/** Where a resident posts a complaint about their order. */
export const complaintPath = (orderNumber: string): string => `/api/life/orders/mine/${encodeURIComponent(orderNumber)}/complaint`

/** The plain page with the complaint form for one order. */
export const newComplaintPath = (orderNumber: string): string => `/api/life/complaints/new?order=${encodeURIComponent(orderNumber)}`

const CONTENT_MAX = 1000

/**
 * The complaint form for one order: a plain multipart form post that works
 * without JavaScript. The order's page (H3) includes it as it is; the page
 * at `newComplaintPath` shows it on its own.
 */
export const complaintForm = (orderNumber: string, idPrefix = 'complaint'): Html =>
  html`<form method="post" action="${complaintPath(orderNumber)}" enctype="multipart/form-data" class="form">
<div class="form-group"><label class="label" for="${idPrefix}-content">投诉内容</label><div class="hint" id="${idPrefix}-content-hint">请写明哪里不满意，例如服务质量、收费、上门时间或服务人员的态度。生活服务监管人员会向企业核实，${COMPLAINT_WORKING_DAYS}个工作日内办结并短信告知结果。</div><textarea class="textarea" id="${idPrefix}-content" name="content" rows="5" maxlength="${CONTENT_MAX}" required aria-describedby="${idPrefix}-content-hint"></textarea></div>
<button type="submit" class="button">提交投诉</button></form>`

/** The signed-in resident's own order by its number; 404 for anyone else's. */
async function ownOrder(req: PayloadRequest, residentId: number | string, number: string): Promise<LifeOrder> {
  const { docs } = await req.payload.find({ collection: 'life-orders', where: { and: [{ number: { equals: number } }, { resident: { equals: residentId } }] }, limit: 1, depth: 0, overrideAccess: true, req })
  if (!docs[0]) throw new RequestError('NOT_FOUND', '没有找到这张订单', 404)
  return docs[0] as LifeOrder
}

/** The signed-in resident's own complaint by its number; 404 for anyone else's. */
async function ownComplaint(req: PayloadRequest, residentId: number | string, number: string): Promise<LifeComplaint> {
  const { docs } = await req.payload.find({ collection: LIFE_COMPLAINTS, where: { and: [{ number: { equals: number } }, { resident: { equals: residentId } }] }, limit: 1, depth: 0, overrideAccess: true, req })
  if (!docs[0]) throw new RequestError('NOT_FOUND', '没有找到这件投诉', 404)
  return docs[0] as LifeComplaint
}

/** Raise a complaint as the resident: the platform acts (no staff scope applies), the order decides the rest. */
const raise = (req: PayloadRequest, order: LifeOrder, content: string): Promise<LifeComplaint> =>
  withTransaction(req.payload, (tx) =>
    tx.payload.create({ collection: LIFE_COMPLAINTS, data: { order: order.id, content, channel: 'portal' } as never, overrideAccess: true, depth: 0, req: tx }) as Promise<LifeComplaint>,
  )

/** The answer to a browser's own form post: what happens next. */
const receivedPage = (complaint: LifeComplaint): Promise<Response> =>
  htmlPage({
    title: '投诉已受理',
    body: html`<div class="panel"><h1 class="panel__title">投诉已受理</h1><p class="panel__body">投诉编号<br><strong class="panel__number">${complaint.number}</strong></p></div><p>我们会向企业核实情况，在 ${complaint.dueDate} 前办结，并用短信告诉您处理结果。</p><p><a href="${portalPath(PORTAL_PATHS.my())}">返回“我的”</a></p>`,
  })

/**
 * A resident's complaints about their own orders:
 * - `GET /api/life/complaints/new?order=<number>`: the form on a page of its own;
 * - `POST /api/life/orders/mine/<number>/complaint` with `content`: 201 with
 *   the complaint's number and due date (a page for a browser's form post);
 *   422 when the order cannot be complained about (no provider, a complaint open);
 * - `POST /api/life/complaints/mine/<number>/rate` with `level` (1–5) and `comment`.
 * Someone else's order or complaint is 404.
 */
export const lifeComplaintResidentEndpoints: Endpoint[] = [
  {
    path: '/life/complaints/new',
    method: 'get',
    handler: handled(async (req) => {
      const number = (req.searchParams.get('order') ?? '').trim().slice(0, 40)
      const resident = await optionalResident(req)
      if (!resident) {
        return htmlPage({ title: '请先登录', status: 401, body: html`<h1>请先登录</h1><p>投诉自己的生活服务订单，请先用手机号登录。</p><p><a class="button" href="${portalPath(PORTAL_PATHS.mySignIn(newComplaintPath(number)))}">登录</a></p>` })
      }
      const order = await ownOrder(req, resident.id, number)
      return htmlPage({ title: '投诉生活服务', body: html`<h1>投诉生活服务</h1><p>订单编号：${order.number}（${order.itemName}，${order.date}）</p>${complaintForm(order.number)}` })
    }),
  },
  {
    path: '/life/orders/mine/:number/complaint',
    method: 'post',
    handler: handled(async (req) => {
      const resident = await signedInResident(req)
      const order = await ownOrder(req, resident.id, String(req.routeParams?.number ?? ''))
      const { fields } = await readBody(req)
      const errors: FieldError[] = []
      const content = textField(fields, 'content', errors, CONTENT_MAX).trim()
      assertWellFormed(errors)
      if (!content) throw invalid([{ field: 'content', code: 'REQUIRED', message: '请填写投诉内容' }])
      const complaint = await raise(req, order, content)
      return wantsHtmlPage(req) ? receivedPage(complaint) : answer(req, complaintAnswer(complaint), 201)
    }),
  },
  {
    path: '/life/complaints/mine/:number/rate',
    method: 'post',
    handler: handled(async (req) => {
      const resident = await signedInResident(req)
      const complaint = await ownComplaint(req, resident.id, String(req.routeParams?.number ?? ''))
      const { fields } = await readBody(req)
      const errors: FieldError[] = []
      const level = textField(fields, 'level', errors, 1)
      const comment = textField(fields, 'comment', errors, 500)
      assertWellFormed(errors)
      const updated = await withTransaction(req.payload, (tx) => takeLifeComplaintAction(tx, complaint, 'rate', { side: 'resident' }, { level, comment }))
      if (wantsHtmlPage(req)) return htmlPage({ title: '评价已提交', body: html`<h1>评价已提交</h1><p>您对投诉 ${updated.number} 处理的评价：${RATING_LABELS[Number(level) as keyof typeof RATING_LABELS]}。谢谢！</p>` })
      return answer(req, complaintAnswer(updated))
    }),
  },
]
