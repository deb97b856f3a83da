import type { TaskConfig } from 'payload'

import { deliverDueWebhooks } from '../../collections/DepartmentSystems/lib/deliver'

/** The jobs queue the webhook sweep runs in, every 10 seconds on the server process that runs jobs. */
export const WEBHOOK_QUEUE = 'webhooks'

/**
 * Attempt the webhook deliveries to department systems that are due:
 * retries at their time in the backoff schedule, and any delivery the
 * attempt right after its commit missed. Deliveries are an outbox
 * (`webhook-deliveries`) rather than one job each: a job per delivery cost
 * several more writes per application on SQLite's single writer, and
 * Payload's queue does not promise one worker per job across server
 * processes anyway (`runByID` takes a job whatever its state) — each attempt
 * claims its delivery atomically instead.
 */
export const deliverWebhooksTask: TaskConfig<{ input: object; output: { attempted: number; delivered: number } }> = {
  slug: 'deliverWebhooks',
  label: '推送到部门业务系统',
  schedule: [{ cron: '*/10 * * * * *', queue: WEBHOOK_QUEUE }],
  concurrency: { key: () => 'deliver-webhooks', exclusive: true, supersedes: true },
  retries: 0,
  handler: async ({ req: { payload } }) => ({ output: await deliverDueWebhooks(payload) }),
}
