import type { TaskConfig } from 'payload'

import { purgePendingResidents } from '../../collections/Residents/lib/pending'

/** Every hour, delete residents' accounts that never signed in (a code asked for, more than a day ago). */
export const purgePendingResidentsTask: TaskConfig<{ input: object; output: object }> = {
  slug: 'purgePendingResidents',
  label: '清理未完成登录的居民账号',
  schedule: [{ cron: '0 17 * * * *', queue: 'default' }],
  concurrency: { key: () => 'purge-pending-residents', exclusive: true, supersedes: true },
  retries: 0,
  handler: async ({ req: { payload } }) => {
    await purgePendingResidents(payload)
    return { output: {} }
  },
}
