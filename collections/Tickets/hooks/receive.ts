import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { Ticket } from '../../../cms/payload-types'
import { suggestDispatch } from '../../DispatchRules/suggest'
import { unusedCaseNumber } from '../../casework/numbers'
import { relationId } from '../../relations'
import { TICKET_NUMBERING, type TicketKind } from '../states'
import { dueDateFor } from '../lib/dueDate'
import { appendTicketEvent } from '../lib/events'
import { tellCallerReceived } from '../lib/notify'
import { takeTicketAction } from '../lib/transition'

/** Set on a creation whose caller takes the next step at once (the desk answering or dispatching): no automatic dispatch then. */
export const DESK_DECIDES_CONTEXT = 'deskDecides'

/** The fields the dispatch catalogue reads: a change to one of them while the order waits for dispatch asks it again. */
const SUGGESTION_INPUTS = ['division', 'service', 'topic', 'summary', 'content', 'kind'] as const

/** The catalogue's suggestion for the order as it will be saved. */
async function suggestionFor(req: PayloadRequest, order: Partial<Ticket>, receivedAt: Date): Promise<Pick<Ticket, 'dispatchSuggestion'>> {
  const division = relationId(order.division as never)
  const suggestion = division
    ? await suggestDispatch(
        req,
        { division, kind: order.kind as TicketKind, service: relationId(order.service as never), topic: relationId(order.topic as never), text: `${order.summary ?? ''}\n${order.content ?? ''}` },
        receivedAt,
      )
    : null
  return { dispatchSuggestion: suggestion ?? { rule: null, department: null, division: null, automatic: false, dueDate: null, dueDateProvisional: null } }
}

/**
 * A new order is 已受理 now, with its number, the dispatch catalogue's
 * suggestion and its due date (by the suggested rule's time limit when the
 * platform will dispatch it by that rule, else by kind); an open order whose
 * kind is corrected gets the due date of its new kind, and one still
 * waiting for dispatch a fresh suggestion when what the catalogue reads changed.
 */
export const receiveTicket: CollectionBeforeChangeHook = async ({ context, data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    const receivedAt = new Date()
    const suggested = await suggestionFor(req, data, receivedAt)
    const automatic = suggested.dispatchSuggestion?.automatic && !context[DESK_DECIDES_CONTEXT]
    return {
      ...data,
      ...suggested,
      number: await unusedCaseNumber(req, TICKET_NUMBERING, receivedAt),
      status: 'received',
      receivedAt: receivedAt.toISOString(),
      ...(automatic
        ? { dueDate: suggested.dispatchSuggestion!.dueDate, dueDateProvisional: suggested.dispatchSuggestion!.dueDateProvisional }
        : await dueDateFor(req, data.kind as TicketKind, receivedAt)),
    }
  }
  let changed = data
  if (originalDoc?.status === 'received' && SUGGESTION_INPUTS.some((field) => field in data && String(relationId(data[field])) !== String(relationId(originalDoc[field])))) {
    changed = { ...changed, ...(await suggestionFor(req, { ...originalDoc, ...data }, new Date(originalDoc.receivedAt))) }
  }
  if (data.kind && originalDoc && data.kind !== originalDoc.kind && originalDoc.closedAt == null) {
    return { ...changed, ...(await dueDateFor(req, data.kind as TicketKind, new Date(originalDoc.receivedAt), originalDoc.timeLimitDays)) }
  }
  return changed
}

/**
 * The first line of every order's history: 受理, by whoever took it; the
 * caller is told its number and due date; and an order an automatic rule
 * fits is dispatched by the platform (按派单目录自动派单) in the same transaction.
 */
export const recordReceipt: CollectionAfterChangeHook = async ({ context, doc, operation, req }) => {
  if (operation !== 'create') return doc
  await appendTicketEvent(req, doc, { action: 'receive', actionLabel: '受理', fromStatus: null, toStatus: 'received', note: null })
  await tellCallerReceived(req, doc)
  const suggestion = (doc as Ticket).dispatchSuggestion
  if (!suggestion?.automatic || context[DESK_DECIDES_CONTEXT]) return doc
  return takeTicketAction(req, doc, 'autoDispatch', {
    department: relationId(suggestion.department as never)?.toString(),
    division: relationId(suggestion.division as never)?.toString(),
  })
}
