import type { TaskConfig } from 'payload'

import { precomputeRepeats } from '../../collections/Tickets/analysis/repeats'

/** Every night at 02:45 China time, after the regrouping: 诉求分析's repeated callers and addresses of large divisions, counted ahead for the default twelve months. */
export const precomputeDemandRepeatsTask: TaskConfig<{ input: object; output: { divisions: number } }> = {
  slug: 'precomputeDemandRepeats',
  label: '预先统计重复来电和重复地址',
  schedule: [{ cron: '0 45 18 * * *', queue: 'default' }],
  concurrency: { key: () => 'demand-repeats', exclusive: true, supersedes: true },
  retries: 0,
  handler: async ({ req: { payload } }) => ({ output: { divisions: await precomputeRepeats(payload) } }),
}
