import type { Payload, TaskConfig } from 'payload'

import { sql } from '@payloadcms/db-sqlite/drizzle'

/** Rows SQLite samples per index: enough to tell a phone number (a few rows each) from a city (all of them), in a fraction of a second for millions. */
const ANALYSIS_LIMIT = 1000

/**
 * Refresh SQLite's statistics about its indexes (ANALYZE, sampled). Without
 * them the query planner guesses that every indexed column is equally
 * selective, and for "this caller's orders in my city" it walked the city's
 * million orders instead of the caller's five (0.6 s instead of a few ms).
 * Database upkeep like the migrations, so it speaks to SQLite directly;
 * MongoDB's planner measures its candidate plans itself and needs nothing.
 */
export async function refreshPlannerStatistics(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const { drizzle } = payload.db as unknown as { drizzle: { run: (query: unknown) => Promise<unknown> } }
  await drizzle.run(sql.raw(`PRAGMA analysis_limit = ${ANALYSIS_LIMIT}`))
  await drizzle.run(sql`ANALYZE`)
}

/** Every hour on SQLite (payload.config.ts registers it for no other database), as the data grows (an import can add a street's population at once); `npm start` also runs it before serving. */
export const refreshPlannerStatisticsTask: TaskConfig<{ input: object; output: object }> = {
  slug: 'refreshPlannerStatistics',
  label: '更新数据库索引统计',
  schedule: [{ cron: '0 17 * * * *', queue: 'default' }],
  concurrency: { key: () => 'planner-statistics', exclusive: true, supersedes: true },
  retries: 0,
  handler: async ({ req: { payload } }) => {
    await refreshPlannerStatistics(payload)
    return { output: {} }
  },
}
