import type { PayloadRequest } from 'payload'

import type { Ticket } from '../../../cms/payload-types'
import { isActiveClient, isActiveStaff } from '../../access'
import { requestActorWords } from '../../fields/actorWords'
import type { TicketStatus } from '../states'

type TicketEventInput = { action: string; actionLabel: string; fromStatus: null | TicketStatus; note: null | string; toStatus: TicketStatus }

/**
 * Append one step to an order's history, in the caller's transaction: who
 * (the signed-in staff member, another system's client, or the platform,
 * by name and unit in words), what, from which state to which, and the note.
 */
export async function appendTicketEvent(req: PayloadRequest, ticket: Pick<Ticket, 'id' | 'scope'>, event: TicketEventInput): Promise<void> {
  const { user } = req
  const by = isActiveStaff(user) ? 'staff' : isActiveClient(user) ? 'client' : 'system'
  await req.payload.create({
    collection: 'ticket-events',
    data: {
      ...event,
      ticket: ticket.id,
      by,
      ...(await requestActorWords(req)),
      actor: by === 'staff' ? user!.id : null,
      client: by === 'client' ? user!.id : null,
      scope: ticket.scope,
    },
    req,
    depth: 0,
    // Nothing is read back: the entry would only cost time inside the transaction.
    select: { createdAt: true },
  })
}
