import type { TaskConfig } from 'payload'

import { buildPortal } from './buildPortal'
import { PortalBuildError } from './buildLog'

/**
 * Rebuild the public portal (snapshot → static export → search index) and
 * record how it went in `portal-builds`. One at a time (exclusive), and a
 * newer request replaces any still waiting (supersedes), so a burst of
 * edits costs one build.
 */
export const rebuildPortalTask: TaskConfig<{ input: { reason?: null | string }; output: object }> = {
  slug: 'rebuildPortal',
  label: '重建门户网站',
  inputSchema: [{ name: 'reason', type: 'text' }],
  concurrency: { key: () => 'portal-rebuild', exclusive: true, supersedes: true },
  retries: 0,
  handler: async ({ input, req: { payload } }) => {
    const startedAt = new Date()
    // Written outside the job's transaction, so the admin sees the build while it runs.
    const record = await payload.create({
      collection: 'portal-builds',
      data: { status: 'running', reason: input.reason ?? null, startedAt: startedAt.toISOString() },
    })
    const finish = (data: Record<string, unknown>) =>
      payload.update({
        collection: 'portal-builds',
        id: record.id,
        data: { ...data, finishedAt: new Date().toISOString(), durationMs: Date.now() - startedAt.getTime() },
      })
    try {
      const report = await buildPortal(payload)
      await finish({ status: 'succeeded', pages: report.pages, services: report.services, logTail: report.logTail })
      payload.logger.info(`Portal rebuilt: ${report.pages} pages in ${report.durationMs} ms`)
      return { output: {} }
    } catch (error) {
      await finish({ status: 'failed', logTail: error instanceof PortalBuildError ? error.logTail : String(error) })
      throw error
    }
  },
}
