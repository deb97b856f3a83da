import type { Endpoint, PayloadRequest } from 'payload'

import { portalOrigin } from '../catalogue/portalUrl'
import { PORTAL_PATHS } from '../catalogue/portalPaths'
import { RequestError } from '../errors'
import { handled } from '../endpoints/respond'
import { workerCardDocument } from './pages'
import { readableWorker } from './publicCard'

/** Where the card's QR code leads: this server's public address (PUBLIC_URL, else the one asked), which serves the live page. */
function verificationUrl(req: PayloadRequest, cardNumber: string): string {
  const origin = process.env.PUBLIC_URL?.trim().replace(/\/$/, '') || (req.url ? new URL(req.url).origin : portalOrigin())
  return `${origin}${PORTAL_PATHS.lifeWorker(cardNumber)}`
}

/**
 * `GET /api/workers/:id/card`: the worker's printable card (credit-card
 * size) for the provider's own accounts and life-services staff in scope.
 */
export const workerCardEndpoint: Endpoint = {
  path: '/:id/card',
  method: 'get',
  handler: handled(async (req) => {
    if (!req.user) throw new RequestError('UNAUTHENTICATED', '请先登录', 401)
    const worker = await readableWorker(req, String(req.routeParams?.id ?? ''))
    if (!worker) throw new RequestError('NOT_FOUND', '没有找到这名服务人员', 404)
    return new Response(await workerCardDocument(worker, verificationUrl(req, worker.cardNumber)), {
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
    })
  }),
}
