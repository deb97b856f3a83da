import type { Payload, PayloadRequest } from 'payload'

import { afterCommit } from '../../cms/lib/withTransaction'
import { describeFailure } from '../endpoints/failures'
import { smsAdapter } from './sms'

/** Tries before a message is marked failed and left for staff to see. */
const MAX_ATTEMPTS = 5

/**
 * Send every queued message: email through Payload's mail adapter, SMS
 * through the SMS adapter. Runs after each commit that queued something and
 * on a schedule, so a message queued just before a crash still goes out.
 */
export async function deliverQueuedNotifications(payload: Payload): Promise<{ failed: number; sent: number }> {
  const { docs } = await payload.find({
    collection: 'notifications',
    where: { and: [{ status: { equals: 'queued' } }, { attempts: { less_than: MAX_ATTEMPTS } }] },
    sort: 'createdAt',
    limit: 100,
    depth: 0,
  })
  let sent = 0
  let failed = 0
  for (const notification of docs) {
    try {
      let gatewayId: null | string | undefined | void = null
      if (notification.channel === 'email') {
        await payload.sendEmail({ to: notification.recipient, subject: notification.subject, text: notification.message })
      } else {
        gatewayId = await smsAdapter.send?.(notification.recipient, notification.message)
      }
      await payload.update({
        collection: 'notifications',
        id: notification.id,
        data: { status: 'sent', sentAt: new Date().toISOString(), attempts: (notification.attempts ?? 0) + 1, error: null, gatewayId: gatewayId || null },
        depth: 0,
      })
      sent += 1
    } catch (error) {
      const attempts = (notification.attempts ?? 0) + 1
      await payload.update({
        collection: 'notifications',
        id: notification.id,
        data: {
          attempts,
          status: attempts >= MAX_ATTEMPTS ? 'failed' : 'queued',
          error: error instanceof Error ? error.message.slice(0, 200) : '发送失败',
        },
        depth: 0,
      })
      failed += 1
    }
  }
  return { failed, sent }
}

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

/** Resolves once this process's delivery runs (and the runs they asked for) are over. */
export async function notificationDeliveriesSettled(): Promise<void> {
  while (running) await running
}

/** Send what `req`'s transaction queued once it commits (see `afterCommit`; otherwise the scheduled sweep sends it). */
export function deliverOnCommit(req: PayloadRequest): void {
  afterCommit(req, () => deliverAfterCommit(req.payload))
}
