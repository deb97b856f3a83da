/** `npm run seed`: load content/ into the database (demo accounts too when YIZHAN_MODE=demo). */
import { resolvePlatformMode } from '../cms/config/mode'
import { runCli } from './lib/cli'
import { ensureSecret, loadDotEnv } from './lib/env'
import { openPayload } from './lib/payload'
import { describeSeedReport, seedContent } from './lib/seed'

runCli(async () => {
  loadDotEnv()
  ensureSecret()
  const payload = await openPayload()
  const report = await seedContent(payload, { demo: resolvePlatformMode() === 'demo' })
  console.log(describeSeedReport(report))
  await payload.destroy()
})
