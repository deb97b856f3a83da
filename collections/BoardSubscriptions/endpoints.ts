import type { Endpoint, PayloadRequest } from 'payload'

import type { Board, Resident } from '../../cms/payload-types'
import { boardForRoute } from '../Boards/lookup'
import { PORTAL_PATHS } from '../catalogue/portalPaths'
import { html, htmlPage, wantsHtmlPage } from '../endpoints/htmlAnswer'
import { assertWellFormed, readBody, textField } from '../endpoints/readBody'
import type { FieldError } from '../endpoints/refusal'
import { answer, handled, invalid } from '../endpoints/respond'
import { boardTrail } from '../community/pages/crumbs'
import { signedInResident } from '../Residents/lib/accounts'

/**
 * 居务公开短信订阅. Any signed-in resident may subscribe to any board's
 * notices, to their account's phone: 居务公开 is public anyway, and people
 * follow the community where they work or their parents live as well as
 * their own. Only the resident starts and ends it.
 */

/** The resident's subscription to the board, if any. */
export async function subscriptionOf(req: PayloadRequest, board: Pick<Board, 'id'>, resident: Pick<Resident, 'id'>) {
  const { docs } = await req.payload.find({ collection: 'board-subscriptions', where: { and: [{ board: { equals: board.id } }, { resident: { equals: resident.id } }] }, depth: 0, limit: 1, pagination: false, overrideAccess: true, req })
  return docs[0]
}

/** Subscribe or unsubscribe; idempotent. Returns whether the resident is subscribed now. */
async function setSubscription(req: PayloadRequest, board: Board, resident: Resident, subscribe: boolean): Promise<boolean> {
  const existing = await subscriptionOf(req, board, resident)
  if (subscribe && !existing) await req.payload.create({ collection: 'board-subscriptions', data: { board: board.id, resident: resident.id }, overrideAccess: true, depth: 0, req })
  if (!subscribe && existing) await req.payload.delete({ collection: 'board-subscriptions', id: existing.id, overrideAccess: true, depth: 0, req })
  return subscribe
}

const ACTIONS = { subscribe: true, unsubscribe: false } as const

/** `POST /api/community/boards/:code/subscription` {action: subscribe|unsubscribe}: the signed-in resident's SMS subscription to the board's 居务公开. */
export const subscriptionEndpoint: Endpoint = {
  path: '/community/boards/:code/subscription',
  method: 'post',
  handler: handled(async (req) => {
    const resident = await signedInResident(req)
    const board = await boardForRoute(req, String(req.routeParams?.code))
    const { fields } = await readBody(req)
    const shape: FieldError[] = []
    const action = textField(fields, 'action', shape, 16)
    assertWellFormed(shape)
    if (!Object.hasOwn(ACTIONS, action)) throw invalid([{ field: 'action', code: 'REQUIRED', message: '请选择订阅或取消订阅' }])
    const subscribed = await setSubscription(req, board, resident, ACTIONS[action as keyof typeof ACTIONS])
    const message = subscribed ? `已订阅${board.name}的居务公开短信，新的居务公开发布后会发送到您账号的手机。` : `已取消订阅${board.name}的居务公开短信。`
    if (!wantsHtmlPage(req)) return answer(req, { subscribed, message })
    const title = subscribed ? '已订阅居务公开短信' : '已取消订阅'
    return htmlPage({ title, crumbs: boardTrail(board), body: html`<h1>${title}</h1><p>${message}</p><p><a href="${PORTAL_PATHS.communityBoard(board.code!)}">返回${board.name}</a></p>` })
  }),
}
