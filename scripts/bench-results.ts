/**
 * `npm run bench:results -- --count=200`: result PDF generation, the work
 * 办结 with 准予 adds: a result template filled and drawn as the workflow does
 * it (renderResult in collections/ResultDocuments/lib/issue.ts), rendered with the embedded font subset and QR code.
 * - the first document of a process (the font is parsed once);
 * - `count` documents one after another in one thread: ms each, p50/p95;
 *   goal ≤ 200 ms each;
 * - `count` documents on every core (one worker thread per core, as the
 *   server's processes would share them): documents per second; goal ≥ 20/s.
 * `--sample=<file.pdf>` also writes one document, to look at.
 * A benchmark reports figures; it exits non-zero only when it cannot run.
 */
import { copyFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'

import { renderResult } from '../collections/ResultDocuments/lib/issue'
import { newVerificationNumber } from '../collections/ResultDocuments/number'
import { percentile } from './lib/bench/timing'
import { runCli } from './lib/cli'

const GOALS = { eachMs: 200, perSecond: 20 }
const NAMES = ['王晓明', '李秀英', '张伟', '刘洋', '陈静', '杨帆', '赵丽娟', '黄志强', '周婷', '吴昊天', '欧阳子喆', '司马堃']

const TEMPLATE = {
  title: '{事项名称}办理结果',
  body: '{申请人}：\n您申请的{事项名称}（受理编号{受理编号}），经审核符合规定条件，已于{办结日期}办结，准予办理。\n{办理结果}\n本文件可通过核验编号{核验编号}在一站通门户网站“核验”页面查验真伪。',
}

/** The `index`-th document: a different applicant and number each time, so no two subsets are alike. */
async function resultDocument(index: number): Promise<Buffer> {
  const values = {
    applicant: NAMES[index % NAMES.length]!,
    service: '就业困难人员认定',
    completedOn: '2026年12月6日',
    department: '金水区人力资源和社会保障局',
    number: newVerificationNumber(),
    trackingNumber: `YZ2026120600${String(index).padStart(4, '0')}`,
    resultNote: '经审核，申请人符合就业困难人员认定条件，认定有效期三年，可享受相应的就业援助政策。',
  }
  return (await renderResult(TEMPLATE, values, '2026-12-06')).pdf
}

/** Render `count` documents one after another; each one's milliseconds and bytes. */
async function renderMany(count: number, offset = 0): Promise<{ bytes: number[]; times: number[] }> {
  const times: number[] = []
  const bytes: number[] = []
  for (let index = 0; index < count; index += 1) {
    const started = performance.now()
    const pdf = await resultDocument(offset + index)
    times.push(performance.now() - started)
    bytes.push(pdf.length)
  }
  return { bytes, times }
}

/** Render `count` documents split over `workers` threads of this same script; the wall time. */
async function renderInParallel(script: string, count: number, workers: number): Promise<number> {
  const share = Math.ceil(count / workers)
  // Each thread parses the font before the clock starts, as a warm server process has.
  const threads = Array.from({ length: workers }, (_, index) => new Worker(script, { workerData: { count: share, offset: index * share } }))
  await Promise.all(threads.map((thread) => new Promise((resolve) => thread.once('message', resolve))))
  const started = performance.now()
  threads.forEach((thread) => thread.postMessage('go'))
  await Promise.all(threads.map((thread) => new Promise((resolve, reject) => thread.once('message', resolve).once('error', reject))))
  const wall = performance.now() - started
  await Promise.all(threads.map((thread) => thread.terminate()))
  return wall
}

async function workerLoop(): Promise<void> {
  const { count, offset } = workerData as { count: number; offset: number }
  await resultDocument(0)
  parentPort!.postMessage('ready')
  parentPort!.once('message', async () => {
    await renderMany(count, offset)
    parentPort!.postMessage('done')
  })
}

/** Worker threads load a copy of this bundle: scripts/run.mjs removes the original once it has loaded. */
function copyOfThisScript(): string {
  const here = fileURLToPath(import.meta.url)
  const copy = path.join(path.dirname(here), `bench-results-worker-${process.pid}.mjs`)
  copyFileSync(here, copy)
  return copy
}

async function main(script: string): Promise<void> {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '200' }, sample: { type: 'string' } } })
  const count = Number(values.count)
  const cores = os.availableParallelism()
  console.log(`结果文件 PDF 生成：${count} 份，${cores} 个处理器核心`)
  try {
    const first = await renderMany(1)
    console.log(`  本进程第一份（含解析字体）：${first.times[0]!.toFixed(0)} ms`)
    if (values.sample) writeFileSync(values.sample, await resultDocument(10))
    const sequential = await renderMany(count)
    const p50 = percentile(sequential.times, 0.5)
    const p95 = percentile(sequential.times, 0.95)
    console.log(`  单线程逐份：每份 p50 ${p50.toFixed(1)} ms，p95 ${p95.toFixed(1)} ms（目标 ≤ ${GOALS.eachMs} ms）${p95 <= GOALS.eachMs ? '' : '  未达标'}`)
    console.log(`  单线程每秒：${(1000 / (sequential.times.reduce((sum, each) => sum + each, 0) / count)).toFixed(1)} 份`)
    console.log(`  文件大小：p50 ${(percentile(sequential.bytes, 0.5) / 1024).toFixed(1)} KB，最大 ${(Math.max(...sequential.bytes) / 1024).toFixed(1)} KB`)
    const wall = await renderInParallel(script, count, cores)
    const perSecond = (count / wall) * 1000
    console.log(`  ${cores} 个线程并行：每秒 ${perSecond.toFixed(1)} 份（目标 ≥ ${GOALS.perSecond} 份/秒）${perSecond >= GOALS.perSecond ? '' : '  未达标'}`)
  } finally {
    rmSync(script, { force: true })
  }
}

if (isMainThread) {
  const script = copyOfThisScript()
  runCli(() => main(script))
} else {
  void workerLoop()
}
