import type { Payload, TypedUser } from 'payload'

import { CaseQueueTabs } from '../../casework/components/CaseQueueTabs'
import { ticketReadWhere } from '../access'
import { ticketQueues } from '../lib/queues'

/** The work-order queues with their counts, above the tickets list, for the desk and for handlers. */
export async function TicketQueueTabs({ payload, user }: { payload: Payload; user?: null | TypedUser }) {
  if (!user || !ticketReadWhere(user)) return null
  return <CaseQueueTabs payload={payload} user={user} collection="tickets" label="工单队列" allLabel="全部工单" queues={await ticketQueues(payload, user)} />
}
