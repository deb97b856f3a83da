import type { Endpoint, PayloadRequest } from 'payload'

import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { limitClient } from '../../Applications/endpoints/guard'
import { html, type Html } from '../../endpoints/htmlAnswer'
import { handled } from '../../endpoints/respond'
import { RequestError } from '../../errors'
import { type PublishedService, publishedService } from '../../Services/publishedService'

/** The published guide named by the route's `:code`, or a 404. */
async function guideOfRoute(req: PayloadRequest): Promise<PublishedService> {
  const code = String(req.routeParams?.code ?? '')
  const guide = /^\d{6}$/.test(code) ? await publishedService(req, code) : undefined
  if (!guide) throw new RequestError('NOT_FOUND', '没有找到这个办事指南', 404)
  return guide
}

/** The way back to the guide, at the end of an answer page. */
export const backToGuide = (guide: PublishedService): Html => html`<p><a href="${PORTAL_PATHS.service(guide.code)}">返回“${guide.title}”办事指南</a></p>`

/**
 * A resident's feedback on a guide, `POST /api/services/:code/<what>`:
 * limited per client (GUIDE_FEEDBACK_LIMIT), for a published guide only.
 */
export const guideFeedbackEndpoint = (what: string, respond: (req: PayloadRequest, guide: PublishedService) => Promise<Response>): Endpoint => ({
  path: `/:code/${what}`,
  method: 'post',
  handler: handled(async (req) => {
    await limitClient(req, 'guideFeedback')
    return respond(req, await guideOfRoute(req))
  }),
})
