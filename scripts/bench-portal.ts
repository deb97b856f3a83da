/**
 * `npm run bench:portal`: the full portal build (snapshot through the Local
 * API → Next.js static export → Pagefind index → sitemap) for the shipped
 * catalogue and for 10,000 synthetic guides (`npm run bench:portal -- 243
 * 2000` picks other sizes). Each size is seeded untimed into a fresh
 * database in its own process, then the build is timed step by step.
 */
import os from 'node:os'

import { buildPortal, type PortalBuildReport } from '../cms/publish/buildPortal'
import { measureInFreshProcess, shippedServiceCount } from './lib/benchCatalogue'
import { runCli } from './lib/cli'
import { openPayload } from './lib/payload'
import { seedContent } from './lib/seed'

type Result = Omit<PortalBuildReport, 'logTail'>

/** Child process: seed the catalogue (untimed), build the portal, print the report. */
async function measure(contentDir: string): Promise<void> {
  const payload = await openPayload()
  await seedContent(payload, { contentDir, demo: false, rebuildPortal: false })
  const { durationMs, pages, searchable, services, steps } = await buildPortal(payload)
  await payload.destroy()
  const result: Result = { durationMs, pages, searchable, services, steps }
  console.log(JSON.stringify(result))
}

runCli(async () => {
  const args = process.argv.slice(2)
  if (args[0] === '--measure' && args[2]) return measure(args[2])

  const shipped = shippedServiceCount()
  const sizes = args.length ? args.map(Number) : [shipped, 10_000]
  console.log(`门户完整构建基准（SQLite，${os.cpus().length} 核，Node ${process.version}）`)
  for (const size of sizes) {
    const result = measureInFreshProcess<Result>('bench-portal', size)
    const seconds = result.durationMs / 1000
    console.log(
      [
        `\n${result.services} 个事项${size === shipped ? '（content/ 实际内容）' : '（生成的样本）'}：${result.pages} 个页面，${result.searchable} 个可搜索`,
        `  完整构建：${seconds.toFixed(1)} 秒${size === shipped ? '（目标 ≤ 90 秒）' : ''}，每页 ${(result.durationMs / result.pages).toFixed(1)} 毫秒`,
        ...result.steps.map(({ ms, name }) => `  ${name}：${(ms / 1000).toFixed(1)} 秒`),
      ].join('\n'),
    )
  }
})
