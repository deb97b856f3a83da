/**
 * `npm run bench:seed`: seed throughput and memory through Payload on SQLite,
 * for the shipped catalogue and for a synthetic one of 10,000 services
 * (`npm run bench:seed -- 243 2000 10000` picks other sizes; a size equal to
 * the shipped count uses content/ itself). Each size runs in a fresh process
 * on a fresh database: it seeds the divisions and departments first, then
 * times the seed of the whole folder (every file validated, then every
 * service and bundle written through Payload), sampling heap use while it
 * works, and finally a second run in which nothing changes.
 */
import os from 'node:os'

import { measureInFreshProcess, shippedServiceCount } from './lib/benchCatalogue'
import { runCli } from './lib/cli'
import { openPayload } from './lib/payload'
import { seedContent } from './lib/seed'

type Result = {
  firstRunSeconds: number
  heapMiB: number[]
  peakHeapMiB: number
  peakRssMiB: number
  secondRunSeconds: number
  services: number
}

const MiB = 1024 * 1024
/**
 * Each size runs with this heap limit: a seed that held the catalogue in
 * memory would run out of it at 10,000 services; one that streams does not.
 */
const HEAP_LIMIT_MIB = 256
const round = (value: number, digits = 1) => Number(value.toFixed(digits))

/** Child process: seed `baseDir` (no services), then time `contentDir` twice, and print the figures. */
async function measure(baseDir: string, contentDir: string): Promise<void> {
  const payload = await openPayload()
  await seedContent(payload, { contentDir: baseDir, demo: false, rebuildPortal: false })
  const samples: number[] = []
  let peakRss = 0
  const sample = () => {
    const { heapUsed, rss } = process.memoryUsage()
    samples.push(heapUsed)
    peakRss = Math.max(peakRss, rss)
  }
  const timer = setInterval(sample, 200)
  let started = performance.now()
  const first = await seedContent(payload, { contentDir, demo: false, rebuildPortal: false })
  const firstRunSeconds = (performance.now() - started) / 1000
  sample()
  clearInterval(timer)
  started = performance.now()
  await seedContent(payload, { contentDir, demo: false, rebuildPortal: false })
  const secondRunSeconds = (performance.now() - started) / 1000
  await payload.destroy()
  // Heap in use at each fifth of the first run: flat means it does not climb with the count.
  const fifths = [1, 2, 3, 4, 5].map((n) => samples[Math.max(0, Math.ceil((samples.length * n) / 5) - 1)] ?? 0)
  const result: Result = {
    services: first.services.created,
    firstRunSeconds: round(firstRunSeconds, 2),
    secondRunSeconds: round(secondRunSeconds, 2),
    heapMiB: fifths.map((bytes) => round(bytes / MiB)),
    peakHeapMiB: round(Math.max(...samples) / MiB),
    peakRssMiB: round(peakRss / MiB),
  }
  console.log(JSON.stringify(result))
}

runCli(async () => {
  const args = process.argv.slice(2)
  if (args[0] === '--measure' && args[1] && args[2]) return measure(args[1], args[2])

  const shipped = shippedServiceCount()
  const sizes = args.length ? args.map(Number) : [shipped, 10_000]
  console.log(
    `种子数据写入基准（SQLite，${os.cpus().length} 核，Node ${process.version}，堆上限 ${HEAP_LIMIT_MIB} MiB）`,
  )
  for (const size of sizes) {
    const result = measureInFreshProcess<Result>('bench-seed', size, { nodeArgs: [`--max-old-space-size=${HEAP_LIMIT_MIB}`] })
    const rate = result.services / result.firstRunSeconds
    console.log(
      [
        `\n${result.services} 个事项${size === shipped ? '（content/ 实际内容）' : '（生成的样本）'}`,
        `  首次写入：${result.firstRunSeconds} 秒，${round(rate)} 个事项/秒（含全部文件校验、Payload 钩子和字段校验、版本记录）`,
        `  再次运行（无变化）：${result.secondRunSeconds} 秒`,
        `  堆内存（首次写入过程中每 1/5 处）：${result.heapMiB.join(' → ')} MiB；峰值堆 ${result.peakHeapMiB} MiB，峰值 RSS ${result.peakRssMiB} MiB`,
      ].join('\n'),
    )
  }
})
