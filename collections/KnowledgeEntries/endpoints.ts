import type { Endpoint, PayloadRequest, Where } from 'payload'

import { addToCounterRow } from '../../cms/lib/counterRow'
import { scopeWhere } from '../access'
import { RequestError } from '../errors'
import { answer, handled } from '../endpoints/respond'
import { isDesk } from '../Tickets/access'
import { withoutPersonalNumbers } from '../Tickets/web/similarity'
import { areaWhere } from './access'
import { KNOWLEDGE_KIND_LABELS } from './kinds'
import { queryWords } from './search'

/** How many entries the desk shows beside the guides. */
const SHOWN = 5

/** The longest query the desk sends: a question, not a paragraph. */
const MAX_QUERY = 100

const notDesk = () => new RequestError('FORBIDDEN', '只有热线坐席可以使用热线知识库', 403)

/** Set, or not set at all (a null in SQLite, a missing key in MongoDB). */
const unset = (field: string): Where[] => [{ [field]: { exists: false } }, { [field]: { equals: null } }]

/** The entries a desk may answer from now: published, for its area, within their validity. */
function answerableWhere(req: PayloadRequest): Where {
  const area = areaWhere(req.user)
  if (!area) throw notDesk()
  const now = new Date().toISOString()
  return {
    and: [
      { _status: { equals: 'published' } },
      area,
      { or: [...unset('validFrom'), { validFrom: { less_than_equal: now } }] },
      { or: [...unset('validTo'), { validTo: { greater_than: now } }] },
    ],
  }
}

/**
 * `GET /api/knowledge-entries/desk-search?q=停水`: the entries answering what
 * the agent typed (search.ts), the five most used, with the answer to read
 * out. One query per pause in typing, on the entries' own rows; the desk
 * shows them beside the guides.
 */
const deskSearchEndpoint: Endpoint = {
  path: '/desk-search',
  method: 'get',
  handler: handled(async (req) => {
    if (!isDesk(req.user)) throw notDesk()
    const words = queryWords(String(req.searchParams.get('q') ?? '').slice(0, MAX_QUERY))
    if (words.length === 0) return answer(req, { entries: [] })
    // No total: counting every match would double the keystroke's cost for a number nobody needs.
    const { docs } = await req.payload.find({
      collection: 'knowledge-entries',
      where: { and: [answerableWhere(req), ...words.map((word) => ({ searchKey: { contains: word } }))] },
      sort: '-useCount',
      limit: SHOWN,
      pagination: false,
      depth: 0,
      select: { kind: true, title: true, answer: true, source: true, validTo: true, useCount: true },
    })
    return answer(req, { entries: docs.map((doc) => ({ ...doc, kindLabel: KNOWLEDGE_KIND_LABELS[doc.kind].zh })) })
  }),
}

/**
 * `POST /api/knowledge-entries/:id/used`: the agent answered with this
 * entry (用此条答复). One atomic increment of its count; 404 when the entry
 * is not one the desk could have found (unpublished, expired, another area).
 */
const usedEndpoint: Endpoint = {
  path: '/:id/used',
  method: 'post',
  handler: handled(async (req) => {
    if (!isDesk(req.user)) throw notDesk()
    const id = String(req.routeParams?.id ?? '')
    const { docs } = await req.payload.find({ collection: 'knowledge-entries', where: { and: [{ id: { equals: id } }, answerableWhere(req)] }, depth: 0, limit: 1, pagination: false, select: { title: true } })
    const useCount = docs[0] && (await addToCounterRow(req.payload, { collection: 'knowledge-entries', field: 'useCount', where: { id: { equals: docs[0].id } } }, 1))
    if (!useCount) throw new RequestError('NOT_FOUND', '没有找到这条知识，它可能已过期或不适用于您负责的辖区', 404)
    return answer(req, { id: docs[0]!.id, useCount })
  }),
}

/**
 * `POST /api/knowledge-entries/from-ticket/:ticket`: a good reply becomes a
 * draft entry for editors to check and publish — the order's summary as its
 * title and first question, the reply as its answer, phone and ID numbers
 * removed from both, for the order's division and topic, linked back to the
 * order. Desk staff whose division covers the order; once per order.
 */
const fromTicketEndpoint: Endpoint = {
  path: '/from-ticket/:ticket',
  method: 'post',
  handler: handled(async (req) => {
    if (!isDesk(req.user)) throw notDesk()
    const ticketId = String(req.routeParams?.ticket ?? '')
    const { docs } = await req.payload.find({
      collection: 'tickets',
      where: { and: [{ id: { equals: ticketId } }, scopeWhere(req.user) || { id: { exists: false } }] },
      depth: 0,
      limit: 1,
      pagination: false,
      select: { summary: true, reply: true, topic: true, division: true },
    })
    const ticket = docs[0]
    if (!ticket) throw new RequestError('NOT_FOUND', '没有找到这张工单，或它不在您负责的辖区内', 404)
    if (!ticket.reply?.trim()) throw new RequestError('NO_REPLY', '这张工单还没有答复，不能转为知识条目', 409)
    const earlier = await req.payload.find({ collection: 'knowledge-entries', where: { fromTicket: { equals: ticket.id } }, draft: true, depth: 0, limit: 1, pagination: false, select: { title: true } })
    if (earlier.docs[0]) throw new RequestError('ALREADY_PROMOTED', '这张工单的答复已经转为知识条目', 409, { entry: earlier.docs[0].id })
    const title = withoutPersonalNumbers(ticket.summary).slice(0, 100)
    const entry = await req.payload.create({
      collection: 'knowledge-entries',
      draft: true,
      data: {
        _status: 'draft',
        kind: 'policy',
        title,
        questions: [title],
        answer: withoutPersonalNumbers(ticket.reply),
        topic: ticket.topic,
        areas: [ticket.division],
        fromTicket: ticket.id,
      },
      req,
    })
    return answer(req, { id: entry.id, title: entry.title }, 201)
  }),
}

export const knowledgeEndpoints: Endpoint[] = [deskSearchEndpoint, usedEndpoint, fromTicketEndpoint]
