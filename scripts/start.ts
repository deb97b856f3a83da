/**
 * `npm start`: check the environment, migrate and seed the database, build
 * the CMS if its sources changed, then serve admin, API and (once built) the
 * portal on one port, and print where to find them.
 */
import path from 'node:path'

import { resolveDatabaseTarget } from '../cms/config/database'
import { refreshPlannerStatistics } from '../cms/jobs/refreshPlannerStatistics'
import { buildPortal } from '../cms/publish/buildPortal'
import { isPortalBuildCurrent } from '../cms/publish/siteStamp'
import { type PlatformMode, resolvePlatformMode } from '../cms/config/mode'
import { resolveDataDir } from '../cms/config/paths'
import { trustedProxies } from '../cms/config/trustedProxies'
import { type FirstAdminState, prepareFirstAdmin } from '../cms/setup/firstAdmin'
import { exitWithError } from './lib/cli'
import { buildCms } from './lib/cmsBuild'
import { ensureSecret, loadDotEnv } from './lib/env'
import { openPayload } from './lib/payload'
import { ensurePortFree, ensureWritableDir, resolvePort } from './lib/preflight'
import { waitUntilHealthy } from './lib/health'
import { resolveWorkerCount, startServerWorkers } from './lib/serverWorkers'
import { DEMO_PASSWORD, describeSeedReport, seedChangedAnything, seedContent } from './lib/seed'
import { refreshApplicantKeys } from '../collections/Applications/search/keys'

async function main(): Promise<void> {
  loadDotEnv()
  // `npm start` is the demo; production deployments set YIZHAN_MODE=production.
  process.env.YIZHAN_MODE ||= 'demo'
  const mode = resolvePlatformMode()
  const port = resolvePort()
  const workers = resolveWorkerCount(mode)
  const host = process.env.HOST?.trim() || undefined
  const database = resolveDatabaseTarget()
  // Checked here so a mistake stops the start with one line, not every server process.
  trustedProxies()
  // Children must find the same data folder whatever their working directory.
  process.env.DATA_DIR = resolveDataDir()
  if (database.engine === 'sqlite') ensureWritableDir(path.dirname(database.file))
  await ensurePortFree(port, host)
  if (ensureSecret()) console.log('已生成随机 PAYLOAD_SECRET 并写入 .env（请妥善保管，勿提交到代码库）')

  console.log(`正在准备数据库（${database.engine === 'sqlite' ? `SQLite：${database.file}` : 'MongoDB'}）…`)
  const payload = await openPayload()
  const report = await seedContent(payload, { demo: mode === 'demo', rebuildPortal: false })
  console.log(describeSeedReport(report))
  const firstAdmin = await prepareFirstAdmin(payload)
  // Applications stored before search by applicant, or before PAYLOAD_SECRET changed, get their keyed hashes.
  const rehashed = await refreshApplicantKeys(payload)
  if (rehashed > 0) console.log(`已为 ${rehashed} 件办件建立按申请人查找的索引`)
  if (seedChangedAnything(report) || !isPortalBuildCurrent()) {
    console.log('正在生成门户网站…')
    const portal = await buildPortal(payload)
    console.log(`门户网站已生成：${portal.pages} 个页面，用时 ${Math.round(portal.durationMs / 1000)} 秒`)
  }
  await refreshPlannerStatistics(payload)
  await payload.destroy()

  console.log('正在检查管理后台构建…')
  const started = Date.now()
  if (await buildCms()) console.log(`管理后台构建完成，用时 ${Math.round((Date.now() - started) / 1000)} 秒`)

  const servers = startServerWorkers({
    count: workers,
    args: ['--port', String(port), ...(host ? ['--hostname', host] : [])],
    env: { NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  })
  process.once('SIGINT', servers.stop)
  process.once('SIGTERM', servers.stop)

  const base = `http://${host && host !== '0.0.0.0' ? host : 'localhost'}:${port}`
  try {
    await Promise.race([waitUntilHealthy(`${base}/api/health`), servers.done])
  } catch (error) {
    servers.stop()
    throw error
  }
  servers.markReady()
  printBanner(base, mode, firstAdmin, workers)
  await servers.done
}

function printBanner(base: string, mode: PlatformMode, firstAdmin: FirstAdminState, workers: number): void {
  const lines = [
    '',
    `一站通已就绪（${mode === 'demo' ? '演示模式' : '生产模式'}，${workers} 个服务进程）`,
    `  门户网站：${base}/`,
    `  管理后台：${base}/admin`,
    `  REST 接口：${base}/api`,
    `  GraphQL：${base}/api/graphql`,
    `  健康检查：${base}/api/health`,
  ]
  if (firstAdmin.status === 'created') {
    lines.push(`  已按环境变量创建首个管理员：${firstAdmin.username}`)
  }
  if (firstAdmin.status === 'awaiting-setup') {
    lines.push(
      '',
      '  尚无正式管理员。请在24小时内打开下面的一次性链接创建首个管理员：',
      `  ${base}/setup?token=${firstAdmin.token}`,
    )
  }
  if (mode === 'demo') {
    lines.push(
      '',
      `  演示账号（密码均为 ${DEMO_PASSWORD}）：admin-city、editor-city、reviewer-city、agent-city、registrar-city，`,
      '  以及把 city 换成 district、street、community 的同类账号，详见 README.md。',
    )
  }
  lines.push('', '按 Ctrl+C 停止服务。')
  console.log(lines.join('\n'))
}

main().catch(exitWithError)
