import type { Endpoint, PayloadRequest, Where } from 'payload'

import { withTransaction } from '../../../cms/lib/withTransaction'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import { scopeWhere } from '../../access'
import { RequestError } from '../../errors'
import { handled, invalid } from '../../endpoints/respond'
import { handlerWhere, isDesk } from '../access'
import { takeTicketAction } from '../lib/transition'
import { TICKET_NUMBER, TICKET_STATUS_LABELS } from '../states'
import { isStaffAction, isTicketAction, TICKET_ACTIONS, type TicketSide } from '../workflow'

/** The order with this id or number (GD…) if this user may act on it from `side`, else null. */
async function ticketFor(req: PayloadRequest, idOrNumber: string, side: 'desk' | 'handler') {
  const rule: false | Where = side === 'desk' ? (isDesk(req.user) ? scopeWhere(req.user) : false) : handlerWhere(req.user)
  if (!rule || !idOrNumber) return null
  const which: Where = TICKET_NUMBER.test(idOrNumber) ? { number: { equals: idOrNumber } } : { id: { equals: idOrNumber } }
  const { docs } = await req.payload.find({ collection: 'tickets', where: { and: [which, rule] }, depth: 0, limit: 1, pagination: false, select: { status: true } })
  return docs[0] ?? null
}

/**
 * `POST /api/tickets/:id/actions` with `{ action, note, department,
 * division, satisfaction, mergeInto }`: one step of the loop. Desk actions
 * need an agent or admin whose division covers the order; handler actions
 * a case worker the order is dispatched to. The step and its history entry
 * are written together.
 */
export const ticketActionEndpoint: Endpoint = {
  path: '/:id/actions',
  method: 'post',
  handler: handled(async (req) => {
    const body = await readBody(req)
    const errors: Parameters<typeof textField>[2] = []
    const [action, note, department, division, satisfaction, mergeInto] = [
      textField(body.fields, 'action', errors, 40),
      textField(body.fields, 'note', errors, 4000),
      textField(body.fields, 'department', errors, 40),
      textField(body.fields, 'division', errors, 40),
      textField(body.fields, 'satisfaction', errors, 2),
      textField(body.fields, 'mergeInto', errors, 40),
    ]
    assertWellFormed(errors)
    if (!isTicketAction(action) || !isStaffAction(action)) throw new RequestError('UNKNOWN_ACTION', '没有这个工单操作', 400)
    const side = TICKET_ACTIONS[action].by as TicketSide
    const id = String(req.routeParams?.id ?? '')
    if (!(await ticketFor(req, id, side))) {
      throw new RequestError('NOT_FOUND', side === 'desk' ? '没有找到这张工单，或它不在您负责的辖区内' : '没有找到派给您所在单位的这张工单', 404)
    }
    const target = action === 'merge' ? await ticketFor(req, mergeInto, 'desk') : null
    if (action === 'merge' && !target) {
      throw invalid([{ field: 'mergeInto', code: 'UNKNOWN_TICKET', message: '要合并到的工单不存在或不在您负责的辖区内' }])
    }
    const updated = await withTransaction(
      req.payload,
      async (tx) => {
        const current = await tx.payload.findByID({ collection: 'tickets', id, depth: 0, showHiddenFields: true, req: tx })
        return takeTicketAction(tx, current, action, { note, department, division, satisfaction, mergeInto: target?.id })
      },
      req,
    )
    return Response.json(
      { id: updated.id, number: updated.number, status: updated.status, statusLabel: TICKET_STATUS_LABELS[updated.status], dueDate: updated.dueDate ?? null, dueDateProvisional: Boolean(updated.dueDateProvisional) },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  }),
}
