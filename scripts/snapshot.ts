/** `npm run snapshot`: write the portal's content snapshot (published content only) to site/snapshot/. */
import { SNAPSHOT_DIR } from '../cms/publish/paths'
import { writeSnapshot } from '../cms/publish/snapshot/write'
import { runCli } from './lib/cli'
import { ensureSecret, loadDotEnv } from './lib/env'
import { openPayload } from './lib/payload'

runCli(async () => {
  loadDotEnv()
  ensureSecret()
  const started = performance.now()
  const payload = await openPayload()
  const report = await writeSnapshot(payload)
  await payload.destroy()
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `内容快照已写入 ${SNAPSHOT_DIR}（${seconds} 秒）：人生阶段 ${report.stages}，主题 ${report.topics}，事项 ${report.services}，一件事 ${report.bundles}`,
  )
  if (report.skipped.length) {
    console.log(`  ${report.skipped.length} 个已发布事项的主题、人生阶段或部门未公开，暂不显示：${report.skipped.join('、')}`)
  }
})
