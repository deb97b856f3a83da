import { createLocalReq, type Payload } from 'payload'

import { boardRoutes } from '../../BoardThreads/pages'
import { describeFailure } from '../../endpoints/failures'
import { html, htmlPage, refusalPage } from '../../endpoints/htmlAnswer'
import { RequestError } from '../../errors'
import { MODERATION_ROUTES } from '../moderation/pages'
import { PROPOSAL_ROUTES } from '../proposals/pages'
import { boardTrail } from './crumbs'
import type { CommunityRoute } from './route'

/**
 * The community pages, every one rendered by the server on each request
 * (posts change all the time; no export can hold them), in the portal's
 * frame, readable without JavaScript. Each room lists its own routes, joined
 * here: boards and threads, reports and 我的论坛, proposals and meetings.
 */
const COMMUNITY_ROUTES: CommunityRoute[] = [...MODERATION_ROUTES, ...PROPOSAL_ROUTES, ...boardRoutes]

const matches = (pattern: string[], segments: string[]): null | string[] => {
  if (pattern.length !== segments.length) return null
  const params: string[] = []
  for (const [index, part] of pattern.entries()) {
    if (part.startsWith(':')) params.push(segments[index]!)
    else if (part !== segments[index]) return null
  }
  return params
}

/** Whether the portal path is a community page (served live, not from the export). */
export const isCommunityPath = (segments: string[]): boolean => segments[0] === 'community'

const decoded = (segment: string): null | string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

/** The page for /community/…, a 404 page for any path no route knows, and a refusal page for a RequestError. */
export async function communityPage(payload: Payload, request: Request, segments: string[]): Promise<Response> {
  const rest = segments.slice(1).map(decoded)
  // The most literal pattern wins (`mine` over `:code`), whichever room listed its routes first.
  const route = rest.includes(null)
    ? undefined
    : COMMUNITY_ROUTES.map((each) => ({ each, params: matches(each.pattern, rest as string[]) }))
        .filter(({ params }) => params)
        .sort((one, other) => one.params!.length - other.params!.length)[0]
  if (!route) return htmlPage({ title: '没有找到这个页面', crumbs: boardTrail(), body: html`<h1>没有找到这个页面</h1><p><a href="/community/">返回社区论坛</a></p>`, status: 404 })
  const req = await createLocalReq({ req: { headers: request.headers, url: request.url } }, payload)
  try {
    return await route.each.page({ params: route.params!, req, request, url: new URL(request.url) })
  } catch (error) {
    if (error instanceof RequestError) return refusalPage({ code: error.data.code, message: error.message }, error.status)
    // A fault of ours: logged without the data, and a page in Chinese rather than the framework's bare 500.
    payload.logger.error({ failure: describeFailure(error), path: new URL(request.url).pathname }, 'community page failed')
    return htmlPage({ title: '页面暂时打不开', crumbs: boardTrail(), status: 500, body: html`<h1>页面暂时打不开</h1><p>服务器暂时出错，请稍后刷新再试，或拨打 <a class="phone" href="tel:12345">12345</a>。</p><p><a href="/community/">返回社区论坛</a></p>` })
  }
}
