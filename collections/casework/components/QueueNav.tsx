import { stringify } from 'qs-esm'

import type { Queue } from '../queues'
import './casework.css'

/**
 * Queue tabs above a casework list: each a link to the list filtered to
 * that queue, with its count (the caller counts with the viewer's own
 * access, so the numbers match what the list will show).
 */
export function QueueNav({ label, listUrl, queues }: { label: string; listUrl: string; queues: Queue[] }) {
  return (
    <nav aria-label={label} className="casework-queues">
      <ul>
        {queues.filter((queue) => !(queue.hideWhenEmpty && queue.count === 0)).map((queue) => (
          <li key={queue.key}>
            <a
              href={queue.where ? `${listUrl}?${stringify({ where: queue.where, ...(queue.sort ? { sort: queue.sort } : {}) })}` : listUrl}
              className={queue.alert && (queue.count ?? 0) > 0 ? 'casework-queues__alert' : undefined}
              data-queue={queue.key}
            >
              <span className="casework-queues__label">{queue.label}</span>
              {queue.count === undefined ? null : <span className="casework-queues__count">{queue.count}</span>}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
