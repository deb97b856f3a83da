import type { TaskConfig } from 'payload'

import { attemptDelivery } from '../../collections/DepartmentSystems/lib/deliver'
import { DELIVER_WEBHOOK_TASK } from '../../collections/DepartmentSystems/lib/handOver'

/**
 * One attempt at one webhook delivery to a department's system. Queued in
 * the transaction that recorded the delivery, run right after it commits,
 * and otherwise by the `webhooks` queue's schedule; a failed attempt worth
 * retrying queues the next one at its time in the backoff schedule (the
 * task itself never fails, so Payload's own retries stay unused). The
 * delivery is claimed atomically first, so two workers never send it twice.
 */
export const deliverWebhookTask: TaskConfig<{ input: { delivery: string }; output: { status: string } }> = {
  slug: DELIVER_WEBHOOK_TASK,
  label: '推送到部门业务系统',
  inputSchema: [{ name: 'delivery', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text', required: true }],
  concurrency: { key: ({ input }) => `webhook:${input.delivery}`, exclusive: true },
  retries: 0,
  handler: async ({ input, req: { payload } }) => ({ output: { status: await attemptDelivery(payload, input.delivery) } }),
}
