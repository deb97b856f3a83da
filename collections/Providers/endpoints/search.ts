import type { Endpoint } from 'payload'

import { rateLimitFromEnv } from '../../../cms/lib/rateLimit'
import { limitClientTo } from '../../Applications/endpoints/guard'
import { answer, handled } from '../../endpoints/respond'
import { searchProviders } from '../lib/search'

/**
 * `GET /api/life/providers/search?category=<code>&community=<12 digits>`:
 * the providers in the register serving that community in that category,
 * with their bookable items (lib/search.ts). Public, limited per client
 * (`LIFE_SEARCH_LIMIT=120/60`), never cached: a suspension shows at once.
 */
export const providerSearchEndpoint: Endpoint = {
  path: '/life/providers/search',
  method: 'get',
  handler: handled(async (req) => {
    await limitClientTo(req, 'life-search', rateLimitFromEnv('LIFE_SEARCH_LIMIT', { limit: 120, windowSeconds: 60 }))
    const found = await searchProviders(req, String(req.searchParams.get('category') ?? '').trim(), String(req.searchParams.get('community') ?? '').trim())
    return answer(req, found)
  }),
}
