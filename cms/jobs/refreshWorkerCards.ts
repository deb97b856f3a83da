import type { TaskConfig } from 'payload'

import { refreshWorkerCards } from '../../collections/Workers/refresh'

/** Just after midnight China time (16:05 UTC), every worker's card colour for the new day; providers hear of cards that turned. */
export const refreshWorkerCardsTask: TaskConfig<{ input: object; output: { turned: number } }> = {
  slug: 'refreshWorkerCards',
  label: '重算服务人员服务卡颜色',
  schedule: [{ cron: '0 5 16 * * *', queue: 'default' }],
  concurrency: { key: () => 'refresh-worker-cards', exclusive: true, supersedes: true },
  retries: 0,
  handler: async ({ req: { payload } }) => ({ output: await refreshWorkerCards(payload) }),
}
