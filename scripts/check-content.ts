/** `npm run content:check`: validate every file in content/ without touching the database. */
import { runCli } from './lib/cli'
import { CONTENT_DIR } from './lib/seed'
import { loadSeedContent } from './lib/seed/content'

runCli(async () => {
  const contentDir = process.argv[2] ?? CONTENT_DIR
  const { catalogue, departments, divisions } = await loadSeedContent(contentDir)
  console.log(
    [
      `内容校验通过：${contentDir}`,
      `  区划 ${divisions.length}，部门 ${departments.length}，服务中心 ${catalogue.centres.length}`,
      `  人生阶段 ${catalogue.stages.length}，主题 ${catalogue.topics.length}，事项 ${catalogue.services.length}，一件事 ${catalogue.bundles.length}`,
    ].join('\n'),
  )
})
