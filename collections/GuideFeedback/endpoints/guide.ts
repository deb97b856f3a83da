import type { PayloadRequest } from 'payload'

import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { html, type Html } from '../../endpoints/htmlAnswer'
import { RequestError } from '../../errors'
import { type PublishedService, publishedService } from '../../Services/publishedService'

/** The published guide named by the route's `:code`, or a 404. */
export async function guideOfRoute(req: PayloadRequest): Promise<PublishedService> {
  const code = String(req.routeParams?.code ?? '')
  const guide = /^\d{6}$/.test(code) ? await publishedService(req, code) : undefined
  if (!guide) throw new RequestError('NOT_FOUND', '没有找到这个办事指南', 404)
  return guide
}

/** The way back to the guide, at the end of an answer page. */
export const backToGuide = (guide: PublishedService): Html => html`<p><a href="${PORTAL_PATHS.service(guide.code)}">返回“${guide.title}”办事指南</a></p>`
