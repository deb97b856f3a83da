import type { Payload } from 'payload'

import { cp, mkdir, rm } from 'node:fs/promises'
import path from 'node:path'

import { portalOrigin } from '../../collections/catalogue/portalUrl'
import { resolvePortalDir } from '../config/paths'
import { runNextBuild } from '../lib/processes'
import { buildAssets } from './assets'
import { createBuildLog, PortalBuildError } from './buildLog'
import { SITE_DIR, SNAPSHOT_DIR } from './paths'
import { writeSearchIndex } from './searchIndex'
import { stampSiteSources } from './siteStamp'
import { writeSitemap } from './sitemap'
import { writeSnapshot } from './snapshot/write'
import { swapIn } from './swapIn'

export type PortalBuildReport = {
  durationMs: number
  /** The last lines of the build's output, for the admin. */
  logTail: string
  pages: number
  searchable: number
  services: number
  steps: { ms: number; name: string }[]
}

/**
 * Build the public portal: snapshot of the published catalogue (Local API, as
 * the public) → static export of site/ → Pagefind index → sitemap.xml. The
 * new portal is assembled beside the one being served and swapped in at the
 * end, so visitors never see half a build.
 */
export async function buildPortal(
  payload: Payload,
  { echo = false, outDir = resolvePortalDir() }: { echo?: boolean; outDir?: string } = {},
): Promise<PortalBuildReport> {
  const started = Date.now()
  const log = createBuildLog(echo)
  const steps: PortalBuildReport['steps'] = []
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const stepStarted = Date.now()
    log.add(`▶ ${name}`)
    const result = await work()
    steps.push({ name, ms: Date.now() - stepStarted })
    log.add(`✓ ${name}（${((Date.now() - stepStarted) / 1000).toFixed(1)} 秒）`)
    return result
  }

  // Next writes its export only inside the site's own folder.
  const stagingDir = path.join(SITE_DIR, '.build', `export-${process.pid}`)
  try {
    await rm(stagingDir, { recursive: true, force: true })
    await mkdir(path.dirname(outDir), { recursive: true })
    const snapshot = await step('读取已发布内容（快照）', () => writeSnapshot(payload, SNAPSHOT_DIR))
    log.add(`${snapshot.stages} 个人生阶段，${snapshot.topics} 个主题，${snapshot.services} 个事项，${snapshot.bundles} 个一件事`)
    const assets = await step('打包脚本和样式', buildAssets)
    await step('生成静态页面（Next.js）', () =>
      runNextBuild([SITE_DIR, '--webpack'], {
        env: {
          ...process.env,
          NEXT_TELEMETRY_DISABLED: '1',
          PORTAL_EXPORT_DIR: path.relative(SITE_DIR, stagingDir),
          PORTAL_SNAPSHOT_DIR: SNAPSHOT_DIR,
          PORTAL_ASSET_VERSION: assets.version,
        },
        onOutput: log.add,
      }),
    )
    await cp(path.join(SNAPSHOT_DIR, 'media'), path.join(stagingDir, 'media'), { recursive: true })
    await cp(path.join(SNAPSHOT_DIR, 'open-data'), path.join(stagingDir, 'open-data'), { recursive: true })
    const searchable = await step('建立搜索索引（Pagefind）', () => writeSearchIndex(stagingDir))
    log.add(`已索引 ${searchable} 个办事指南`)
    const pages = await step('写入 sitemap.xml', () =>
      writeSitemap(stagingDir, portalOrigin(), new Date().toISOString().slice(0, 10)),
    )
    await stampSiteSources(stagingDir, assets.inputs)
    await swapIn(stagingDir, outDir)
    log.add(`门户已更新：${pages} 个页面`)
    return {
      durationMs: Date.now() - started,
      pages,
      searchable,
      services: snapshot.services,
      steps,
      logTail: log.tail(),
    }
  } catch (error) {
    log.add(error instanceof Error ? error.message : String(error))
    throw new PortalBuildError(error instanceof Error ? error.message : String(error), log.tail())
  } finally {
    await rm(stagingDir, { recursive: true, force: true })
  }
}
