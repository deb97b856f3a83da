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
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { runCli } from './lib/cli'
import { openPayload } from './lib/payload'
import { CONTENT_DIR, seedContent } from './lib/seed'
import { generateCatalogue } from './lib/syntheticCatalogue'

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

function runSize(size: number, shipped: number): Result {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-bench-'))
  try {
    let contentDir = CONTENT_DIR
    if (size !== shipped) {
      contentDir = path.join(workDir, 'content')
      generateCatalogue(size, contentDir)
    }
    // The same folder without services and bundles, seeded first and not timed.
    const baseDir = path.join(workDir, 'base')
    cpSync(contentDir, baseDir, { recursive: true })
    for (const folder of ['services', 'bundles']) {
      rmSync(path.join(baseDir, folder), { recursive: true })
      mkdirSync(path.join(baseDir, folder))
    }
    // Always the embedded database, whatever the operator's environment says.
    const env = { ...process.env }
    delete env.DATABASE_URI
    mkdirSync(path.join(workDir, 'data'))
    const child = spawnSync(
      process.execPath,
      [
        '--conditions=production',
        `--max-old-space-size=${HEAP_LIMIT_MIB}`,
        path.join('scripts', 'run.mjs'),
        'bench-seed',
        '--measure',
        baseDir,
        contentDir,
      ],
      {
        encoding: 'utf8',
        env: {
          ...env,
          DATA_DIR: path.join(workDir, 'data'),
          PAYLOAD_SECRET: randomBytes(32).toString('hex'),
          YIZHAN_MODE: 'production',
        },
        maxBuffer: 16 * MiB,
      },
    )
    const line = child.stdout.trim().split('\n').pop() ?? ''
    if (child.status !== 0 || !line.startsWith('{')) {
      throw new Error(`规模 ${size} 的测量失败：${child.stderr.trim().split('\n').slice(-3).join(' ')}`)
    }
    return JSON.parse(line) as Result
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
}

runCli(async () => {
  const args = process.argv.slice(2)
  if (args[0] === '--measure' && args[1] && args[2]) return measure(args[1], args[2])

  const shipped = readdirSync(path.join(CONTENT_DIR, 'services')).length
  const sizes = args.length ? args.map(Number) : [shipped, 10_000]
  console.log(
    `种子数据写入基准（SQLite，${os.cpus().length} 核，Node ${process.version}，堆上限 ${HEAP_LIMIT_MIB} MiB）`,
  )
  for (const size of sizes) {
    const result = runSize(size, shipped)
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
