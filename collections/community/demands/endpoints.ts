import type { Endpoint, PayloadRequest } from 'payload'

import { DEMAND_KIND_LABELS } from '../../Demands/sources'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { answer, handled, invalid } from '../../endpoints/respond'
import { TICKET_KIND_LABELS, TICKET_STATUS_LABELS } from '../../Tickets/states'
import { CONVERTIBLE_DEMAND_KINDS, CONVERTIBLE_TICKET_KINDS, defaultKindOf, threadToConvert, threadToDemand, threadToTicket } from './convert'

/** The kind staff chose (one of `allowed`, named in `labels`), or none (no body: the thread's default); 422 for another. */
async function chosenKind<K extends string>(req: PayloadRequest, allowed: readonly K[], labels: Record<K, string>): Promise<K | undefined> {
  if (!req.headers.get('content-type')) return undefined
  const errors: FieldError[] = []
  const { fields } = await readBody(req)
  const kind = textField(fields, 'kind', errors, 40).trim()
  assertWellFormed(errors)
  if (!kind) return undefined
  if (!(allowed as readonly string[]).includes(kind)) {
    throw invalid([{ field: 'kind', code: 'UNKNOWN_KIND', message: `诉求类型应为${allowed.map((each) => labels[each]).join('、')}之一` }])
  }
  return kind as K
}

/**
 * `POST /api/board-threads/:id/to-ticket` `{ kind? }`: the post becomes a
 * 12345 work order (kind 咨询/求助/投诉/建议; by default 求助 for 邻里互助 and
 * 失物招领, else 建议). 201 with the order's number and state.
 */
const toTicketEndpoint: Endpoint = {
  path: '/:id/to-ticket',
  method: 'post',
  handler: handled(async (req) => {
    // Who may convert is checked before the body is read.
    const thread = await threadToConvert(req, String(req.routeParams?.id ?? ''))
    const kind = await chosenKind(req, CONVERTIBLE_TICKET_KINDS, TICKET_KIND_LABELS)
    const ticket = await threadToTicket(req, thread, kind ?? defaultKindOf(thread))
    return answer(req, { ticket: { id: ticket.id, number: ticket.number, status: ticket.status, statusLabel: TICKET_STATUS_LABELS[ticket.status], kind: ticket.kind } }, 201)
  }),
}

/**
 * `POST /api/board-threads/:id/to-demand` `{ kind? }`: the post is
 * registered as a demand (建议/投诉/求助, defaults as above), grouped with
 * similar ones for 诉求分析. 201 with the demand.
 */
const toDemandEndpoint: Endpoint = {
  path: '/:id/to-demand',
  method: 'post',
  handler: handled(async (req) => {
    // Who may convert is checked before the body is read.
    const thread = await threadToConvert(req, String(req.routeParams?.id ?? ''))
    const kind = await chosenKind(req, CONVERTIBLE_DEMAND_KINDS, DEMAND_KIND_LABELS)
    const demand = await threadToDemand(req, thread, kind ?? defaultKindOf(thread))
    return answer(req, { demand: { id: demand.id, kind: demand.kind, kindLabel: DEMAND_KIND_LABELS[demand.kind], group: demand.group ?? null } }, 201)
  }),
}

export const threadConversionEndpoints: Endpoint[] = [toTicketEndpoint, toDemandEndpoint]
