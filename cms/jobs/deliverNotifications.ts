import type { TaskConfig } from 'payload'

import { deliverQueuedNotifications } from '../../collections/Notifications/deliver'

/**
 * Send what is still queued in the notification outbox. Messages normally
 * leave right after the change that queued them; this sweep every minute
 * covers a server that stopped in between and an SMTP server that was down.
 */
export const deliverNotificationsTask: TaskConfig<{ input: object; output: { failed: number; sent: number } }> = {
  slug: 'deliverNotifications',
  label: '发送办件通知',
  schedule: [{ cron: '0 * * * * *', queue: 'default' }],
  concurrency: { key: () => 'deliver-notifications', exclusive: true, supersedes: true },
  retries: 0,
  handler: async ({ req: { payload } }) => ({ output: await deliverQueuedNotifications(payload) }),
}
