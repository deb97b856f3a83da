import type { Payload, TypedUser } from 'payload'

import { QueueNav } from '../../../cms/components/casework/QueueNav'
import { ticketReadWhere } from '../access'
import { ticketQueues } from '../lib/queues'

/** The work-order queues with their counts, above the tickets list, for the desk and for handlers. */
export async function TicketQueueTabs({ payload, user }: { payload: Payload; user?: null | TypedUser }) {
  if (!user || !ticketReadWhere(user)) return null
  const queues = await ticketQueues(payload, user)
  const counts = await Promise.all(queues.map(async (queue) => (await payload.count({ collection: 'tickets', where: queue.where, overrideAccess: false, user })).totalDocs))
  return (
    <QueueNav
      label="工单队列"
      listUrl={`${payload.config.routes.admin}/collections/tickets`}
      queues={[...queues.map((queue, index) => ({ ...queue, count: counts[index] })), { key: 'all', label: '全部工单' }]}
    />
  )
}
