/** `npm run catalogue:generate -- <count> <folder>`: write a synthetic catalogue for benchmarks. */
import path from 'node:path'

import { runCli } from './lib/cli'
import { generateCatalogue } from './lib/syntheticCatalogue'

runCli(async () => {
  const [countArg, targetArg] = process.argv.slice(2)
  const count = Number(countArg)
  if (!Number.isInteger(count) || count < 1 || count > 99_999 || !targetArg) {
    throw new Error('用法：npm run catalogue:generate -- <事项数量 1–99999> <目标文件夹>')
  }
  generateCatalogue(count, path.resolve(targetArg))
  console.log(`已生成 ${count} 个样本事项：${path.resolve(targetArg)}`)
})
