import type { Endpoint } from 'payload'

import { countInRow } from '../../../cms/lib/counterRow'
import { correctQuery } from '../../../site/lib/search/corrections'
import { normaliseQuery } from '../../../site/lib/search/normaliseQuery'
import { hasRole } from '../../access'
import { limitClient } from '../../Applications/endpoints/guard'
import { chinaDate } from '../../CalendarDays/workingDays'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { answer, handled, invalid } from '../../endpoints/respond'
import { RequestError } from '../../errors'
import { looksPersonal } from '../../privacy/anonymous'
import type { MissSource } from '../index'

/** Longer queries are cut: the worklist needs the gist, not a paragraph. */
export const MISS_QUERY_MAX = 40

/** The query as the worklist keeps it (the search's own normalising, cut short), or null when it looks personal: an ID number, a phone or an address typed into the search box is never kept. */
export function missQuery(typed: string): null | string {
  const query = correctQuery(normaliseQuery(typed)).slice(0, MISS_QUERY_MAX).trim()
  return query && !looksPersonal(query) ? query : null
}

/**
 * `POST /api/search/misses` {query, source?}: a search that found nothing,
 * counted into the editors' worklist (search-misses) for its query and
 * source. The portal's search page reports anonymously (limited per
 * client); `source: desk` is the hotline desk's, and only agents may send it.
 * Nothing about the sender is kept; a query that looks like personal data
 * is not kept at all.
 */
export const searchMissEndpoint: Endpoint = {
  path: '/search/misses',
  method: 'post',
  handler: handled(async (req) => {
    await limitClient(req, 'searchMiss')
    const body = await readBody(req)
    const errors: FieldError[] = []
    const typed = textField(body.fields, 'query', errors, 1000)
    const source = (textField(body.fields, 'source', errors, 16) || 'portal') as MissSource
    assertWellFormed(errors)
    if (!typed.trim()) throw invalid([{ field: 'query', code: 'REQUIRED', message: '请提供搜索内容' }])
    if (source !== 'portal' && source !== 'desk') throw invalid([{ field: 'source', code: 'INVALID', message: '来源应为 portal 或 desk' }])
    if (source === 'desk' && !hasRole(req.user, 'agent', 'admin')) throw new RequestError('FORBIDDEN', '只有热线坐席可以报告坐席台的搜索', 403)
    const query = missQuery(typed)
    if (query) {
      const today = chinaDate()
      await countInRow(
        req.payload,
        {
          collection: 'search-misses',
          field: 'count',
          where: { and: [{ query: { equals: query } }, { source: { equals: source } }] },
          identity: { query, source, firstSeen: today },
          set: { lastSeen: today, handled: false },
        },
        1,
      )
    }
    return answer(req, { message: '已记录' }, 202)
  }),
}
