import type { Endpoint, PayloadRequest } from 'payload'

import { withTransaction } from '../../../cms/lib/withTransaction'
import { readBody } from '../../endpoints/readBody'
import { RequestError } from '../../errors'
import { handled, invalid } from '../../endpoints/respond'
import { publishedService } from '../../Services/publishedService'
import { isDesk } from '../access'
import { applicableBundles } from '../desk/bundles'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { takeTicketAction } from '../lib/transition'
import { DESK_DECIDES_CONTEXT } from '../hooks/receive'
import { TICKET_STATUS_LABELS } from '../states'

/** What the desk may do with a new order in the same step. */
const THEN = ['none', 'answerDirectly', 'dispatch'] as const
type Then = (typeof THEN)[number]

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/** The 一件事 the agent chose to file as one for the caller, if any; one that cannot be applied for as one now is refused. */
async function bundleToFile(req: PayloadRequest, code: string): Promise<null | { code: string; title: string }> {
  if (!code) return null
  const [bundle] = await applicableBundles(req, code)
  if (!bundle) throw invalid([{ field: 'bundleCode', code: 'NOT_APPLICABLE', message: '这件事没有找到，或暂不能一次申请，请按办事指南分别办理' }])
  return bundle
}

/** The portal's form at `path`, opened for the caller of order `ticket`. */
const applyUrlFor = (path: null | string, ticket: null | string | undefined): null | string => (path && ticket ? `${path}?ticket=${ticket}` : null)

/**
 * `POST /api/tickets/desk`: the agent desk's one step — create the order
 * (the collection validates every field) and, in the same transaction,
 * answer it directly or dispatch it. Body: the order's fields (`caller`,
 * `summary`, `content`, `kind`, `channel`, `division`, `serviceCode`), and
 * `then` with its `note`, `department` or `assignTo`; `bundleCode` names a
 * 一件事 the agent will file as one for the caller (answered with its form's
 * address, as an online service is).
 */
export const deskEndpoint: Endpoint = {
  path: '/desk',
  method: 'post',
  handler: handled(async (req) => {
    if (!isDesk(req.user)) throw new RequestError('FORBIDDEN', '只有热线坐席可以受理工单', 403)
    const { fields } = await readBody(req)
    const then = (THEN as readonly string[]).includes(text(fields.then) || 'none') ? ((text(fields.then) || 'none') as Then) : null
    if (!then) throw new RequestError('UNKNOWN_ACTION', '“then”只能是 none、answerDirectly 或 dispatch', 400)
    const serviceCode = text(fields.serviceCode)
    const service = serviceCode ? await publishedService(req, serviceCode) : null
    if (serviceCode && !service) throw new RequestError('UNKNOWN_SERVICE', '没有这个已发布的办事事项', 422)
    const bundle = await bundleToFile(req, text(fields.bundleCode))
    const caller = (fields.caller && typeof fields.caller === 'object' ? fields.caller : {}) as Record<string, unknown>
    const ticket = await withTransaction(
      req.payload,
      async (tx) => {
        const created = await tx.payload.create({
          collection: 'tickets',
          data: {
            channel: text(fields.channel) || 'phone',
            kind: text(fields.kind) || 'consultation',
            caller: { name: text(caller.name), phone: text(caller.phone).replace(/\s/g, '') || null, confidential: caller.confidential === true, answerConsent: caller.answerConsent === true },
            summary: text(fields.summary),
            content: text(fields.content),
            division: text(fields.division),
            service: service?.id ?? null,
          } as never,
          user: tx.user,
          overrideAccess: false,
          depth: 0,
          req: tx,
          // The agent answering or dispatching now decides; an order only received may be dispatched by the catalogue.
          context: then === 'none' ? {} : { [DESK_DECIDES_CONTEXT]: true },
        })
        if (then === 'none') return created
        const stored = await tx.payload.findByID({ collection: 'tickets', id: created.id, depth: 0, showHiddenFields: true, req: tx })
        return takeTicketAction(tx, stored, then, { note: text(fields.note), department: text(fields.department), division: text(fields.assignTo) })
      },
      req,
    )
    // An online service (or a 一件事) the caller wants done: the portal's form, filled by the agent for them, closes this order.
    const applyUrl = then === 'none' ? applyUrlFor(bundle ? PORTAL_PATHS.applyBundle(bundle.code) : service?.kind === 'online' ? PORTAL_PATHS.apply(service.code) : null, ticket.number) : null
    return Response.json(
      { id: ticket.id, number: ticket.number, status: ticket.status, statusLabel: TICKET_STATUS_LABELS[ticket.status], dueDate: ticket.dueDate ?? null, dueDateProvisional: Boolean(ticket.dueDateProvisional), applyUrl },
      { status: 201 },
    )
  }),
}
