import type { Payload, TypedUser } from 'payload'

import { stringify } from 'qs-esm'

import { hasRole } from '../../access'
import { HANDLING_ROLES } from '../access'
import { queueFilters } from '../lib/queues'
import './casework.css'

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
  const listUrl = `${payload.config.routes.admin}/collections/applications`
  return (
    <nav aria-label="办件队列" className="casework-queues">
      <ul>
        {queues.map((queue, index) => (
          <li key={queue.key}>
            <a
              href={`${listUrl}?${stringify({ where: queue.where, sort: queue.key === 'to-accept' ? 'submittedAt' : 'dueDate' })}`}
              className={queue.key === 'overdue' && (counts[index] ?? 0) > 0 ? 'casework-queues__alert' : undefined}
              data-queue={queue.key}
            >
              <span className="casework-queues__label">{queue.label}</span>
              <span className="casework-queues__count">{counts[index]}</span>
            </a>
          </li>
        ))}
        <li>
          <a href={listUrl} data-queue="all">
            <span className="casework-queues__label">全部办件</span>
          </a>
        </li>
      </ul>
    </nav>
  )
}
