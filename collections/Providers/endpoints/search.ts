import type { Endpoint, PayloadRequest } from 'payload'

import { rateLimitFromEnv } from '../../../cms/lib/rateLimit'
import { limitClientTo } from '../../Applications/endpoints/guard'
import { asksForPage } from '../../endpoints/htmlAnswer'
import { answer, handled } from '../../endpoints/respond'
import { searchProviders } from '../lib/search'
import { searchResultPage } from '../lib/searchPage'

async function search(req: PayloadRequest): Promise<Response> {
  await limitClientTo(req, 'life-search', rateLimitFromEnv('LIFE_SEARCH_LIMIT', { limit: 120, windowSeconds: 60 }))
  const found = await searchProviders(req, String(req.searchParams.get('category') ?? '').trim(), String(req.searchParams.get('community') ?? '').trim())
  return asksForPage(req) ? searchResultPage(found) : answer(req, found)
}

/**
 * `GET /api/life/providers/search?category=<code>&community=<12 digits>`:
 * the providers in the register serving that community in that category,
 * with their bookable items (lib/search.ts). Public, limited per client
 * (`LIFE_SEARCH_LIMIT=120/60`), never cached: a suspension shows at once.
 * A browser's own GET (the category page's form without JavaScript) is
 * answered with a page, refusals too.
 */
export const providerSearchEndpoint: Endpoint = {
  path: '/life/providers/search',
  method: 'get',
  handler: (req) => handled(search, { page: asksForPage(req) })(req),
}
