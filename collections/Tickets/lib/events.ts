import type { PayloadRequest } from 'payload'

import type { Ticket } from '../../../cms/payload-types'
import { isActiveClient, isActiveStaff } from '../../access'
import { requestActorWords } from '../../casework/actorWords'
import { appendCaseEvent, type CaseEvent } from '../../casework/history'
import type { TicketStatus } from '../states'
import { isTicketAction, TICKET_ACTIONS } from '../workflow'

/** How a history names the caller taking their own step on the portal. */
export const CALLER_NAME = '来电人（网上）'

const byCaller = (action: string): boolean => isTicketAction(action) && TICKET_ACTIONS[action].by === 'resident'

/**
 * Append one step to an order's history, in the caller's transaction: who
 * (the signed-in staff member, another system's client, the caller on the
 * portal, or the platform,
 * by name and unit in words), what, from which state to which, and the note.
 */
export async function appendTicketEvent(
  req: PayloadRequest,
  ticket: Pick<Ticket, 'id' | 'scope'>,
  event: CaseEvent<TicketStatus> & { handlerDepartment?: null | number | string; handlerDivisionCode?: null | string },
): Promise<void> {
  const { user } = req
  const by = byCaller(event.action) ? 'resident' : isActiveStaff(user) ? 'staff' : isActiveClient(user) ? 'client' : 'system'
  await appendCaseEvent(
    req,
    'ticket-events',
    { ...event, ticket: ticket.id, by, actor: by === 'staff' ? user!.id : null, client: by === 'client' ? user!.id : null, scope: ticket.scope },
    by === 'resident' ? { actorName: CALLER_NAME, actorUnit: null } : requestActorWords(req),
  )
}
