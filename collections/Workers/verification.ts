import { createLocalReq, type Payload } from 'payload'

import { clientAddress } from '../../cms/lib/clientAddress'
import { rateLimitFromEnv, takeRequest } from '../../cms/lib/rateLimit'
import { PORTAL_PATHS } from '../catalogue/portalPaths'
import { htmlPage, refusalPage } from '../endpoints/htmlAnswer'
import { isCardNumber } from './index'
import { unknownCardBody, workerCheckBody } from './pages'
import { publicWorkerByCard } from './publicCard'

/** Card checks per client address (`WORKER_CHECK_LIMIT=60/600`): enough for a household, far too few to try card numbers. */
const checkLimit = () => rateLimitFromEnv('WORKER_CHECK_LIMIT', { limit: 60, windowSeconds: 600 })

/** The lookup form's target (/life/workers/check/?n=…): a GET form cannot put the number into the path itself. */
const LOOKUP_SEGMENT = 'check'

/** A card number as people type it: spaces out, upper case. */
const normaliseCard = (input: string): string => input.replace(/\s+/g, '').toUpperCase()

/**
 * Whether the portal path is a worker's live verification page
 * (/life/workers/<card number>/ or the lookup form's target), which the
 * server renders on every request instead of the static export.
 */
export const isWorkerCheckPath = (segments: string[]): boolean => segments.length === 3 && segments[0] === 'life' && segments[1] === 'workers'

const unknownCard = (): Promise<Response> => htmlPage({ title: '没有找到这张服务卡', body: unknownCardBody(), status: 404 })

/** A path segment as typed, or '' when it is not valid percent-encoding. */
const decoded = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return ''
  }
}

/** Send the lookup form's number to its page (the address a card's QR code opens). */
async function lookupRedirect(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const card = normaliseCard(url.searchParams.get('n') ?? '')
  return isCardNumber(card) ? Response.redirect(new URL(PORTAL_PATHS.lifeWorker(card), url), 303) : unknownCard()
}

/**
 * 服务人员核验: the live page of the worker holding `segment`'s card number,
 * in the portal's look, or a 404 page with the hotline. Every check counts
 * against the client's limit, found or not.
 */
export async function workerCheckPage(payload: Payload, request: Request, segment: string): Promise<Response> {
  if (segment === LOOKUP_SEGMENT) return lookupRedirect(request)
  const decision = await takeRequest(payload, `rate:workerCheck:${clientAddress(request.headers)}`, checkLimit())
  if (!decision.allowed) {
    const refused = await refusalPage({ code: 'RATE_LIMITED', message: '核验太频繁，请稍后再试' }, 429)
    refused.headers.set('Retry-After', String(decision.retryAfterSeconds))
    return refused
  }
  const card = normaliseCard(decoded(segment))
  const worker = isCardNumber(card) ? await publicWorkerByCard(await createLocalReq({}, payload), card) : null
  if (!worker) return unknownCard()
  return htmlPage({ title: '服务人员核验', body: workerCheckBody(worker, new Date()) })
}
