/** `npm run build`: build the CMS for production if its sources changed (`--force` to rebuild). */
import { runCli } from './lib/cli'
import { buildCms } from './lib/cmsBuild'
import { ensureSecret, loadDotEnv } from './lib/env'

runCli(async () => {
  loadDotEnv()
  ensureSecret()
  const started = Date.now()
  const built = await buildCms({ force: process.argv.includes('--force') })
  const seconds = Math.round((Date.now() - started) / 1000)
  console.log(built ? `构建完成，用时 ${seconds} 秒` : '构建已是最新，无需重新构建')
})
