import type { TaskConfig } from 'payload'

import { regroupDemands } from '../../collections/DemandGroups/regroup'

/** Every night at 02:30 China time, the recent demands regrouped now that more are known (staff decisions kept). */
export const regroupDemandsTask: TaskConfig<{ input: object; output: { demands: number; groupsCreated: number; groupsRemoved: number; moved: number } }> = {
  slug: 'regroupDemands',
  label: '重新归类近期诉求',
  schedule: [{ cron: '0 30 18 * * *', queue: 'default' }],
  concurrency: { key: () => 'regroup-demands', exclusive: true, supersedes: true },
  retries: 0,
  handler: async ({ req: { payload } }) => ({ output: await regroupDemands(payload) }),
}
