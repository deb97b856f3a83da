import type { Payload, TypedUser } from 'payload'

import { hasRole } from '../../access'
import { HANDLING_ROLES } from '../access'
import { queueFilters } from '../lib/queues'
import { QueueNav } from '../../../cms/components/casework/QueueNav'

type Props = { payload: Payload; user?: null | TypedUser }

/**
 * The reviewer's queues with their counts, above the applications list and
 * on the dashboard. Each tab is a link to the list filtered to that queue and
 * sorted by due date; counts use the viewer's own access, so they match what
 * the list will show.
 */
export async function QueueTabs({ payload, user }: Props) {
  if (!user || !hasRole(user, ...HANDLING_ROLES)) return null
  const queues = await queueFilters(payload, user.id)
  const counts = await Promise.all(
    queues.map(async (queue) => (await payload.count({ collection: 'applications', where: queue.where, overrideAccess: false, user })).totalDocs),
  )
  return (
    <QueueNav
      label="办件队列"
      listUrl={`${payload.config.routes.admin}/collections/applications`}
      queues={[
        ...queues.map((queue, index) => ({
          ...queue,
          count: counts[index],
          sort: queue.key === 'to-accept' ? 'submittedAt' : 'dueDate',
          alert: queue.key === 'overdue',
        })),
        { key: 'all', label: '全部办件' },
      ]}
    />
  )
}
