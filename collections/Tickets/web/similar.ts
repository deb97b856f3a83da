import type { Endpoint, Where } from 'payload'

import { limitClient } from '../../Applications/endpoints/guard'
import { chinaDate } from '../../CalendarDays/workingDays'
import { assertWellFormed } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { answer, handled } from '../../endpoints/respond'
import { MAX_TICKET_CONTENT, OPEN_TICKET_STATUSES, TICKET_KIND_LABELS, TICKET_STATUS_LABELS } from '../states'
import { bigrams, publicSummary, similarity } from './similarity'

/** Open orders compared per look-up: the community's most recent. */
const CANDIDATES = 200
/** Shown at most, the most alike first. */
const SHOWN = 5
/** Below this Dice score two texts share little more than common words. */
const MIN_SIMILARITY = 0.25
/** Fewer tokens than this say too little to compare. */
const MIN_TOKENS = 3

export type SimilarRequest = { number: string; kind: string; kindLabel: string; status: string; statusLabel: string; summary: string; receivedOn: string }

/** Orders whose caller did not ask for confidentiality (older orders may have no flag): other residents may see them. */
export const PUBLIC_ORDERS: Where = { or: [{ 'caller.confidential': { equals: false } }, { 'caller.confidential': { exists: false } }] }

/** The orders other residents may be shown and follow: open and public. */
export const OPEN_PUBLIC_ORDERS: Where = { and: [{ status: { in: OPEN_TICKET_STATUSES } }, PUBLIC_ORDERS] }

/** The open public orders in the community. */
const openPublicOrdersIn = (community: string): Where => ({ and: [{ 'scope.community': { equals: community } }, OPEN_PUBLIC_ORDERS] })

/**
 * `GET /api/tickets/similar?division=<community code>&text=…`: "是否是这些问题？"
 * before a resident files a web request — open orders in the same
 * community whose text is alike (character bigrams, similarity.ts), so
 * they can follow one instead of filing a duplicate. Anonymous and limited
 * per client; nothing personal in the answer: the number, kind, status, the
 * day received and a short summary with phone and ID numbers blanked.
 * Orders whose caller asked for confidentiality are never listed.
 */
export const similarTicketsEndpoint: Endpoint = {
  path: '/similar',
  method: 'get',
  handler: handled(async (req) => {
    await limitClient(req, 'lookup')
    const division = String(req.searchParams.get('division') ?? '').trim()
    const text = String(req.searchParams.get('text') ?? '')
    const errors: FieldError[] = []
    if (!/^\d{12}$/.test(division)) errors.push({ field: 'division', code: 'DIVISION_FORMAT', message: '社区代码应为12位数字' })
    if (text.length > MAX_TICKET_CONTENT) errors.push({ field: 'text', code: 'TOO_LONG', message: `诉求内容不能超过${MAX_TICKET_CONTENT}个字` })
    assertWellFormed(errors)
    const wanted = bigrams(text)
    if (wanted.size < MIN_TOKENS) return answer(req, { requests: [] })
    const { docs } = await req.payload.find({
      collection: 'tickets',
      where: openPublicOrdersIn(division),
      sort: '-receivedAt',
      limit: CANDIDATES,
      depth: 0,
      pagination: false,
      select: { number: true, kind: true, status: true, summary: true, content: true, receivedAt: true },
    })
    const requests: SimilarRequest[] = docs
      .map((doc) => ({ doc, score: similarity(wanted, bigrams(`${doc.summary} ${doc.content}`)) }))
      .filter(({ score }) => score >= MIN_SIMILARITY)
      .sort((a, b) => b.score - a.score)
      .slice(0, SHOWN)
      .map(({ doc }) => ({
        number: doc.number!,
        kind: doc.kind,
        kindLabel: TICKET_KIND_LABELS[doc.kind],
        status: doc.status,
        statusLabel: TICKET_STATUS_LABELS[doc.status],
        summary: publicSummary(doc.summary),
        receivedOn: chinaDate(new Date(doc.receivedAt!)),
      }))
    return answer(req, { requests })
  }),
}
