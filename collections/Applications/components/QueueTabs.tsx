import type { Payload, TypedUser } from 'payload'

import { hasRole } from '../../access'
import { HANDLING_ROLES } from '../access'
import { queueFilters } from '../lib/queues'
import { CaseQueueTabs } from '../../casework/components/CaseQueueTabs'

type Props = { payload: Payload; user?: null | TypedUser }

/**
 * The reviewer's queues with their counts, above the applications list and
 * on the dashboard. Each tab is a link to the list filtered to that queue and
 * sorted by due date; counts use the viewer's own access, so they match what
 * the list will show.
 */
export async function QueueTabs({ payload, user }: Props) {
  if (!user || !hasRole(user, ...HANDLING_ROLES)) return null
  const queues = (await queueFilters(payload, user.id)).map((queue) => ({
    ...queue,
    sort: queue.key === 'to-accept' ? 'submittedAt' : 'dueDate',
    alert: queue.key === 'overdue',
  }))
  return <CaseQueueTabs payload={payload} user={user} collection="applications" label="办件队列" allLabel="全部办件" queues={queues} />
}
