/** `npm run portal:build`: snapshot, export and index the public portal into site/out/. */
import { buildPortal } from '../cms/publish/buildPortal'
import { PortalBuildError } from '../cms/publish/buildLog'
import { runCli } from './lib/cli'
import { ensureSecret, loadDotEnv } from './lib/env'
import { openPayload } from './lib/payload'

runCli(async () => {
  loadDotEnv()
  ensureSecret()
  const payload = await openPayload()
  try {
    const report = await buildPortal(payload, { echo: process.argv.includes('--verbose') })
    const seconds = (report.durationMs / 1000).toFixed(1)
    console.log(`门户构建完成：${report.pages} 个页面（${report.searchable} 个可搜索的办事指南），用时 ${seconds} 秒`)
    for (const { ms, name } of report.steps) console.log(`  ${name}：${(ms / 1000).toFixed(1)} 秒`)
  } catch (error) {
    if (error instanceof PortalBuildError) console.error(error.logTail)
    throw error
  } finally {
    await payload.destroy()
  }
})
