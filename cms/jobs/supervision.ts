import type { TaskConfig } from 'payload'

import { superviseTickets } from '../../collections/Tickets/supervision/sweep'

/**
 * Every hour (working-day reminders need no finer clock), 督办: reminders
 * before and after due dates, escalation of long-overdue orders, overdue
 * 督办单. Each message is left once, so a rerun or a second server is harmless.
 */
export const superviseTicketsTask: TaskConfig<{ input: object; output: { dueSoon: number; escalated: number; ordersOverdue: number; overdue: number } }> = {
  slug: 'superviseTickets',
  label: '热线督办：到期提醒、超期升级、督办单超期',
  schedule: [{ cron: '0 5 * * * *', queue: 'default' }],
  concurrency: { key: () => 'supervise-tickets', exclusive: true, supersedes: true },
  retries: 0,
  handler: async ({ req: { payload } }) => ({ output: await superviseTickets(payload) }),
}
