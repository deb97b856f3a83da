import type { Payload } from 'payload'

import { describeFailure } from '../endpoints/respond'
import { deliverQueuedNotifications } from './notify'

let running: Promise<unknown> | null = null
let again = false

/**
 * Send queued notifications soon after a commit, without holding up the
 * answer to the resident or staff member. One delivery runs at a time per
 * process; commits during a run trigger one more run after it. Anything left
 * (a crash, an SMTP outage) is picked up by the scheduled task.
 */
export function deliverAfterCommit(payload: Payload): void {
  if (running) {
    again = true
    return
  }
  running = deliverQueuedNotifications(payload)
    .catch((error: unknown) => payload.logger.error({ failure: describeFailure(error) }, 'notification delivery failed'))
    .finally(() => {
      running = null
      if (again) {
        again = false
        deliverAfterCommit(payload)
      }
    })
}
