import type { Endpoint, PayloadRequest, Where } from 'payload'

import type { Resident, Ticket, TicketFollower } from '../../../cms/payload-types'
import { limitClient } from '../../Applications/endpoints/guard'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { html, htmlPage, wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { answer, handled } from '../../endpoints/respond'
import { RequestError } from '../../errors'
import { portalPath } from '../../Residents/endpoints/signIn'
import { optionalResident } from '../../Residents/lib/accounts'
import { isOwnOrder } from '../lib/followers'
import { OPEN_PUBLIC_ORDERS } from './similar'

/** What the script is told about a follow. */
export type FollowAnswer = { number: string; following: boolean; followedAt?: string }

/** Where a resident who is not signed in is sent, back to 网上12345 afterwards. */
const SIGN_IN_TO_FOLLOW = PORTAL_PATHS.mySignIn(PORTAL_PATHS.hotline())

/** The same answer whether the order does not exist or may not be followed: numbers cannot be probed. */
const notFollowable = () => new RequestError('TICKET_NOT_FOUND', '没有找到可以关注的诉求，可能已经办结', 404)

/** Following is for signed-in residents (their number is verified, so nobody subscribes someone else's): 401, a form post a page with the sign-in link. */
function signInFirst(req: PayloadRequest): Promise<Response> | Response {
  const message = '请先登录，登录后才能关注诉求'
  if (!wantsHtmlPage(req)) return answer(req, { code: 'UNAUTHENTICATED', message }, 401)
  return htmlPage({
    title: '请先登录',
    status: 401,
    body: html`<h1>请先登录</h1><p class="lead">${message}。</p><p><a class="button" href="${portalPath(SIGN_IN_TO_FOLLOW)}">登录后关注</a></p>
<p>不登录也可以拨打 <a class="phone" href="tel:12345">12345</a> 报工单编号了解进度。</p>`,
  })
}

/** The order number in the body (JSON or a form post), as typed. */
async function numberOf(req: PayloadRequest): Promise<string> {
  const { fields } = await readBody(req)
  const errors: FieldError[] = []
  const number = textField(fields, 'number', errors, 40).trim().toUpperCase()
  assertWellFormed(errors)
  return number
}

type FollowableOrder = Pick<Ticket, 'caller' | 'id' | 'number' | 'resident' | 'scope'>

/** The order with this number (and meeting `where`), with what following needs: the caller's number is compared, never shown. */
async function orderNumbered(req: PayloadRequest, number: string, where?: Where): Promise<FollowableOrder | undefined> {
  const { docs } = await req.payload.find({
    collection: 'tickets',
    where: { and: [{ number: { equals: number } }, ...(where ? [where] : [])] },
    limit: 1,
    depth: 0,
    pagination: false,
    joins: false,
    overrideAccess: true,
    showHiddenFields: true,
    select: { number: true, resident: true, scope: true, caller: true },
  })
  return docs[0]
}

/** The order with this number that "是否是这些问题？" would list (open, caller not confidential), or 404. */
async function followableOrder(req: PayloadRequest, number: string): Promise<FollowableOrder> {
  const order = await orderNumbered(req, number, OPEN_PUBLIC_ORDERS)
  if (!order) throw notFollowable()
  return order
}

const followOf = async (req: PayloadRequest, ticketId: number | string, residentId: number | string): Promise<TicketFollower | undefined> =>
  (
    await req.payload.find({
      collection: 'ticket-followers',
      where: { and: [{ ticket: { equals: ticketId } }, { resident: { equals: residentId } }] },
      limit: 1,
      depth: 0,
      pagination: false,
    })
  ).docs[0]

/** The follow, created unless it exists (a second request racing this one finds the first's). */
async function follow(req: PayloadRequest, ticket: FollowableOrder, resident: Resident): Promise<{ created: boolean; follow: TicketFollower }> {
  const existing = await followOf(req, ticket.id, resident.id)
  if (existing) return { created: false, follow: existing }
  try {
    const created = await req.payload.create({ collection: 'ticket-followers', data: { ticket: ticket.id, resident: resident.id, scope: ticket.scope }, depth: 0 })
    return { created: true, follow: created }
  } catch (error) {
    // The unique index on (ticket, resident) refused a second record.
    const raced = await followOf(req, ticket.id, resident.id)
    if (raced) return { created: false, follow: raced }
    throw error
  }
}

/** What a browser without JavaScript is shown once the order is followed. */
const followedPage = (number: string) =>
  htmlPage({
    title: '已关注',
    body: html`<div class="panel"><h1 class="panel__title">已关注</h1><p class="panel__body">工单编号<br><strong class="panel__number" data-ticket-number>${number}</strong></p></div>
<p>这个问题已经有人反映，正在办理，您不用重复提交。办结时我们会给您发短信；办理状态列在“我的”的“我关注的诉求”中。</p>
<p><a href="${portalPath(PORTAL_PATHS.my())}">查看“我的”</a></p>`,
  })

/**
 * `POST /api/tickets/follow` {number}: a signed-in resident follows an open
 * order someone else filed (网上12345's "是否是这些问题？") instead of filing
 * the same request: 201 the follow, 200 when they already follow it. The
 * order must be one the similar list shows — open, its caller not
 * confidential — else 404 `TICKET_NOT_FOUND`, whether or not it exists; the
 * resident's own order is 422 `OWN_TICKET`. Not signed in: 401 (a form post
 * gets a page with the sign-in link).
 */
const followEndpoint: Endpoint = {
  path: '/follow',
  method: 'post',
  handler: handled(async (req) => {
    await limitClient(req, 'lookup')
    const resident = await optionalResident(req)
    if (!resident) return signInFirst(req)
    const ticket = await followableOrder(req, await numberOf(req))
    if (isOwnOrder(ticket, resident)) throw new RequestError('OWN_TICKET', '这是您自己的诉求，办理情况在“我的”的“我的12345诉求”中', 422)
    const { created, follow: followed } = await follow(req, ticket, resident)
    if (wantsHtmlPage(req)) return followedPage(ticket.number!)
    return answer(req, { number: ticket.number!, following: true, followedAt: followed.createdAt } satisfies FollowAnswer, created ? 201 : 200)
  }),
}

/** Stop following: the resident's follow of the order with this number (any status), or 404. */
const unfollow = handled(async (req) => {
  await limitClient(req, 'lookup')
  const resident = await optionalResident(req)
  if (!resident) return signInFirst(req)
  const number = await numberOf(req)
  const order = await orderNumbered(req, number)
  const followed = order ? await followOf(req, order.id, resident.id) : undefined
  if (!followed) throw new RequestError('NOT_FOLLOWING', '您没有关注这个诉求', 404)
  await req.payload.delete({ collection: 'ticket-followers', id: followed.id, depth: 0 })
  if (wantsHtmlPage(req)) {
    return htmlPage({ title: '已取消关注', body: html`<h1>已取消关注</h1><p class="lead">工单 ${number} 办结时不再给您发短信。</p><p><a href="${portalPath(PORTAL_PATHS.my())}">返回“我的”</a></p>` })
  }
  return answer(req, { number, following: false } satisfies FollowAnswer)
})

/** `DELETE /api/tickets/follow` {number}, or `POST /api/tickets/unfollow` (a form's 取消关注): stop following. */
export const followEndpoints: Endpoint[] = [followEndpoint, { path: '/follow', method: 'delete', handler: unfollow }, { path: '/unfollow', method: 'post', handler: unfollow }]
