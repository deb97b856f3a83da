import type { TaskConfig } from 'payload'

import { queuePortalRebuild } from '../../collections/catalogue/hooks/queuePortalRebuild'
import { writeOpenDataExport } from '../publish/openData'
import { refreshPublicFigures } from '../publish/snapshot/public'

/**
 * Every night: export the work orders as open data and compute the public
 * figures, then rebuild the portal, which copies both in and reads the
 * published answers (cms/publish/snapshot/public.ts).
 */
export const publishOpenDataTask: TaskConfig<{ input: object; output: { records: number } }> = {
  slug: 'publishOpenData',
  label: '导出开放数据并更新公开统计',
  schedule: [{ cron: '0 30 2 * * *', queue: 'default' }],
  concurrency: { key: () => 'publish-open-data', exclusive: true, supersedes: true },
  retries: 1,
  outputSchema: [{ name: 'records', type: 'number' }],
  handler: async ({ req }) => {
    const report = await writeOpenDataExport(req.payload)
    await refreshPublicFigures(req.payload)
    await queuePortalRebuild(req, `每日开放数据（${report.records} 条工单）`)
    return { output: { records: report.records } }
  },
}
