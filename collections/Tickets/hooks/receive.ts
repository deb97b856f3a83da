import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { loadWorkingCalendar } from '../../CalendarDays/load'
import { chinaDate, deadline, type Deadline } from '../../CalendarDays/workingDays'
import { deadlineDaysFor } from '../../HotlineSettings'
import { unusedCaseNumber } from '../../casework/numbers'
import { TICKET_NUMBERING, type TicketKind } from '../states'
import { appendTicketEvent } from '../lib/events'
import { tellCallerReceived } from '../lib/notify'

/** The last working day for an order of `kind` received on `receivedAt`, provisional when its year's holidays are not entered. */
export async function dueDateFor(req: PayloadRequest, kind: TicketKind, receivedAt: Date): Promise<Deadline> {
  const [days, calendar] = await Promise.all([deadlineDaysFor(req.payload, kind, req), loadWorkingCalendar(req.payload, req)])
  return deadline(chinaDate(receivedAt), days, calendar)
}

/**
 * A new order is 已受理 now, with its number and its due date by kind; an
 * open order whose kind is corrected gets the due date of its new kind.
 */
export const receiveTicket: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    const receivedAt = new Date()
    return {
      ...data,
      number: await unusedCaseNumber(req, TICKET_NUMBERING, receivedAt),
      status: 'received',
      receivedAt: receivedAt.toISOString(),
      ...(await dueDateFor(req, data.kind as TicketKind, receivedAt)),
    }
  }
  if (data.kind && originalDoc && data.kind !== originalDoc.kind && originalDoc.closedAt == null) {
    return { ...data, ...(await dueDateFor(req, data.kind as TicketKind, new Date(originalDoc.receivedAt))) }
  }
  return data
}

/** The first line of every order's history: 受理, by whoever took it; and the caller is told its number and due date. */
export const recordReceipt: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create') {
    await appendTicketEvent(req, doc, { action: 'receive', actionLabel: '受理', fromStatus: null, toStatus: 'received', note: null })
    await tellCallerReceived(req, doc)
  }
  return doc
}
