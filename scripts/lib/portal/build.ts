import type { Payload } from 'payload'

import { existsSync, readFileSync } from 'node:fs'
import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { resolvePortalDir } from '../../../cms/config/paths'
import { portalOrigin } from '../../../site/lib/site'
import { sourceFingerprint } from '../cmsBuild'
import { runNextBuild } from '../processes'
import { SNAPSHOT_DIR, writeSnapshot } from '../snapshot'
import { buildAssets } from './assets'
import { SITE_DIR } from './paths'
import { writeSearchIndex } from './searchIndex'
import { writeSitemap } from './sitemap'

/** Everything the portal's pages depend on besides the content. */
const SITE_INPUTS = [
  'package-lock.json',
  'site',
  'collections/Services/options.ts',
  'collections/catalogue/portalUrl.ts',
  // The application form's rules and words, bundled into the apply and track pages' scripts.
  'collections/Applications/form',
  'collections/Applications/states.ts',
  'collections/validation',
  'collections/CalendarDays/workingDays.ts',
  'scripts/lib/portal',
  'scripts/lib/snapshot',
]
/** Inside the built portal; a dot file, so never served. */
const STAMP_FILE = '.yizhan-site-stamp'

/** Whether the built portal came from the current site sources (content changes are tracked separately). */
export function isPortalBuildCurrent(outDir = resolvePortalDir()): boolean {
  const stamp = path.join(outDir, STAMP_FILE)
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === sourceFingerprint(SITE_INPUTS)
}

export type PortalBuildReport = {
  durationMs: number
  /** The last lines of the build's output, for the admin. */
  logTail: string
  pages: number
  searchable: number
  services: number
  steps: { ms: number; name: string }[]
}

/** How many lines of output a report keeps. */
const LOG_TAIL_LINES = 60

/** A build log that keeps only its last lines. */
function createLog(echo: boolean) {
  const lines: string[] = []
  const add = (text: string) => {
    for (const line of text.split('\n')) {
      if (!line.trim()) continue
      lines.push(line.trimEnd())
      if (echo) console.log(line.trimEnd())
    }
    lines.splice(0, Math.max(0, lines.length - LOG_TAIL_LINES))
  }
  return { add, tail: () => lines.join('\n') }
}

export class PortalBuildError extends Error {
  constructor(
    message: string,
    readonly logTail: string,
  ) {
    super(message)
    this.name = 'PortalBuildError'
  }
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
  const log = createLog(echo)
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
    const assetVersion = await step('打包脚本和样式', buildAssets)
    await step('生成静态页面（Next.js）', () =>
      runNextBuild([SITE_DIR, '--webpack'], {
        env: {
          ...process.env,
          NEXT_TELEMETRY_DISABLED: '1',
          PORTAL_EXPORT_DIR: path.relative(SITE_DIR, stagingDir),
          PORTAL_SNAPSHOT_DIR: SNAPSHOT_DIR,
          PORTAL_ASSET_VERSION: assetVersion,
        },
        onOutput: log.add,
      }),
    )
    await cp(path.join(SNAPSHOT_DIR, 'media'), path.join(stagingDir, 'media'), { recursive: true })
    const searchable = await step('建立搜索索引（Pagefind）', () => writeSearchIndex(stagingDir))
    log.add(`已索引 ${searchable} 个办事指南`)
    const pages = await step('写入 sitemap.xml', () =>
      writeSitemap(stagingDir, portalOrigin(), new Date().toISOString().slice(0, 10)),
    )
    await writeFile(path.join(stagingDir, STAMP_FILE), sourceFingerprint(SITE_INPUTS))
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

/** Move a folder, copying when it must cross file systems (a portal folder under /tmp, say). */
async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await cp(from, to, { recursive: true })
    await rm(from, { recursive: true, force: true })
  }
}

/**
 * Replace the served portal with the new one: the new build is first moved
 * next to the old, then two renames swap them; the old copy is removed last.
 */
async function swapIn(stagingDir: string, outDir: string): Promise<void> {
  const incomingDir = `${outDir}.incoming-${process.pid}`
  const oldDir = `${outDir}.old-${process.pid}`
  await rm(incomingDir, { recursive: true, force: true })
  await move(stagingDir, incomingDir)
  await rm(oldDir, { recursive: true, force: true })
  await rename(outDir, oldDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
  })
  await rename(incomingDir, outDir)
  await rm(oldDir, { recursive: true, force: true })
}
