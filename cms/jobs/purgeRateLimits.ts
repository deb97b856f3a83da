import type { TaskConfig } from 'payload'

import { purgeEndedWindows } from '../lib/rateLimit'

/** Every hour, drop the rate-limit windows that have ended (a window's row is only read while it lasts). */
export const purgeRateLimitsTask: TaskConfig<{ input: object; output: object }> = {
  slug: 'purgeRateLimits',
  label: '清理过期的访问计数',
  schedule: [{ cron: '0 43 * * * *', queue: 'default' }],
  concurrency: { key: () => 'purge-rate-limits', exclusive: true, supersedes: true },
  retries: 0,
  handler: async ({ req: { payload } }) => {
    await purgeEndedWindows(payload)
    return { output: {} }
  },
}
