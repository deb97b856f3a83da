/**
 * `npm run bench:applications`: online applications under load, on the
 * embedded SQLite database, against the real platform (`npm start` in demo
 * mode on a throw-away data folder, per-client rate limits lifted), in this
 * order:
 * - 100,000 applications are written first through the Local API, 500 to a
 *   transaction (seeding rate reported), spread over states, services,
 *   communities and due dates as a year of casework would be;
 * - the reviewer queue, signed in as admin-city: the REST lists and queue
 *   counts the admin uses (median and p95 of 20 requests), and the admin's
 *   list pages in Chromium until their rows are visible (goal ≤ 1 s);
 * - submits without attachments from 10 connections for 60 s (goal ≥ 200/s,
 *   p99 ≤ 200 ms, no errors; any answer but 201 is an error);
 * - status look-ups of the applications just submitted, each request naming
 *   another one, for 30 s (goal ≥ 1,000/s, p99 ≤ 50 ms).
 *
 * Options: --applications=100000 --submit-seconds=60 --lookup-seconds=30
 * --connections=10 --page-loads=5 --workers=<cores> (server processes, as
 * WEB_CONCURRENCY) --keep (leave the data folder for a look).
 * A benchmark reports figures; it exits non-zero only when it cannot run.
 */
import os from 'node:os'
import { parseArgs } from 'node:util'

import { type AdminListFigures, measureAdminLists } from './lib/bench/adminList'
import { describeLoad, ms, perSecond, type SummaryRow, summaryTable } from './lib/bench/report'
import { benchSite, type RunningPlatform, runScriptForJson, startPlatform } from './lib/bench/platform'
import { type Receipt, statusLoad, submitLoad } from './lib/bench/residentLoad'
import { seedApplications, type SeedApplicationsReport } from './lib/bench/seedApplications'
import { signInForToken, staffHeaders } from './lib/bench/staffSession'
import { type RepeatedTiming, timeRepeatedly } from './lib/bench/timing'
import { runCli } from './lib/cli'
import { openPayload } from './lib/payload'
import { seedContent } from './lib/seed'
import { listCommunities } from '../collections/Divisions/lookup'

const GOALS = { submitPerSecond: 200, submitP99Ms: 200, lookupPerSecond: 1000, lookupP99Ms: 50, queueMs: 1000 }
/** Lifted per-client limits: every request comes from one address. */
const UNLIMITED = '100000000/60'
const WARM_UP_SECONDS = 5
const REST_RUNS = 20

type SeedResult = SeedApplicationsReport & { communityCodes: string[]; contentSeconds: number }

/** Child process: seed the content and demo accounts, then the applications; print the figures. */
async function seed(count: number): Promise<void> {
  const payload = await openPayload()
  const contentStarted = performance.now()
  await seedContent(payload, { demo: true, rebuildPortal: false })
  const contentSeconds = (performance.now() - contentStarted) / 1000
  const report = await seedApplications(payload, count, {
    onProgress: (written, seconds) => {
      if (written % 10_000 === 0 || written === count) {
        console.error(`  已写入 ${written.toLocaleString('en')} 件（${Math.round(written / seconds)} 件/秒）`)
      }
    },
  })
  const communities = await listCommunities(payload)
  await payload.destroy()
  const result: SeedResult = { ...report, contentSeconds, communityCodes: communities.map((division) => division.code) }
  console.log(JSON.stringify(result))
}

const answeredOk = (timing: RepeatedTiming) => timing.statuses.every((status) => status === 200)

const describeTiming = (label: string, timing: RepeatedTiming) =>
  `  ${label}：首字节 中位数 ${ms(timing.firstByte.median)}（p95 ${ms(timing.firstByte.p95)}），` +
  `完整 中位数 ${ms(timing.complete.median)}（p95 ${ms(timing.complete.p95)}），${(timing.bytes / 1024).toFixed(1)} KB，` +
  `HTTP ${timing.statuses.join('/')}${answeredOk(timing) ? '' : '（失败）'}`

const describePage = (figures: AdminListFigures) =>
  `  ${figures.path}：行可见 中位数 ${ms(figures.median.rowsVisibleMs)}（各次 ${figures.loads.map((load) => Math.round(load.rowsVisibleMs)).join('、')} ms；` +
  `预热 ${ms(figures.warmUp.rowsVisibleMs)}），首字节 ${ms(figures.median.firstByteMs)}，load 事件 ${ms(figures.median.loadEventMs)}，` +
  `${figures.loads[0]?.rows ?? 0} 行${figures.pageInfo ? `，分页“${figures.pageInfo}”` : ''}`

const QUEUE_REQUESTS = [
  ['待受理列表', '/api/applications?where[status][equals]=submitted&sort=dueDate&limit=25&depth=0'],
  ['全部办件', '/api/applications?sort=dueDate&limit=25&depth=0'],
  ['队列计数', '/api/applications/queues'],
] as const
const QUEUE_PAGES = [
  ['办件列表页', '/admin/collections/applications'],
  ['待受理队列页', '/admin/collections/applications?where[status][equals]=submitted&sort=submittedAt'],
] as const

/** Summary rows, and whether any request failed (then the server's last output is shown). */
type Measured = { failed: boolean; rows: SummaryRow[] }

/** The reviewer queue as admin-city: the REST requests one after another, then the list pages in Chromium. */
async function measureQueue(baseUrl: string, count: number, pageLoads: number): Promise<Measured> {
  const token = await signInForToken(baseUrl, 'admin-city')
  console.log(`\n审核队列（${count.toLocaleString('en')} 件，以 admin-city 登录），REST，预热 1 次后连续 ${REST_RUNS} 次：`)
  const rows: SummaryRow[] = []
  let failed = false
  for (const [name, path] of QUEUE_REQUESTS) {
    const timing = await timeRepeatedly(`${baseUrl}${path}`, { headers: staffHeaders(token) }, REST_RUNS)
    console.log(describeTiming(`${name} GET ${path}`, timing))
    failed ||= !answeredOk(timing)
    rows.push([
      `${name} REST（完整，中位数 / p95）`,
      `≤ ${GOALS.queueMs} ms`,
      `${ms(timing.complete.median)} / ${ms(timing.complete.p95)}${answeredOk(timing) ? '' : `（HTTP ${timing.statuses.join('/')}）`}`,
      answeredOk(timing) && timing.complete.p95 <= GOALS.queueMs,
    ])
  }
  console.log(`\n管理后台办件列表（Chromium），预热 1 次后打开 ${pageLoads} 次，从开始导航到表格行可见：`)
  const pages = await measureAdminLists(baseUrl, token, QUEUE_PAGES.map(([, path]) => path), pageLoads)
  pages.forEach((figures, index) => {
    console.log(describePage(figures))
    const time = figures.median.rowsVisibleMs
    rows.splice(index, 0, [`${QUEUE_PAGES[index]![0]} 行可见（中位数）`, `≤ ${GOALS.queueMs} ms`, ms(time), time <= GOALS.queueMs])
  })
  return { rows, failed }
}

/** Submits, then look-ups of what was submitted, each after a warm-up that is not counted. */
async function measureResidents(
  baseUrl: string,
  { communityCodes, connections, lookupSeconds, submitSeconds }: { communityCodes: string[]; connections: number; lookupSeconds: number; submitSeconds: number },
): Promise<Measured> {
  console.log(`\n提交申请（无附件），先预热 ${WARM_UP_SECONDS} 秒（不计入）…`)
  const warmUp = await submitLoad(baseUrl, { communityCodes, connections, seconds: WARM_UP_SECONDS })
  const submit = await submitLoad(baseUrl, { communityCodes, connections, seconds: submitSeconds })
  console.log(describeLoad('提交', submit.figures, submit.failures))

  const receipts: Receipt[] = [...warmUp.receipts, ...submit.receipts]
  console.log(`\n查询办件进度（轮流查询刚提交的 ${receipts.length.toLocaleString('en')} 件），先预热 ${WARM_UP_SECONDS} 秒（不计入）…`)
  await statusLoad(baseUrl, receipts, { connections, seconds: WARM_UP_SECONDS })
  const lookup = await statusLoad(baseUrl, receipts, { connections, seconds: lookupSeconds })
  console.log(describeLoad('查询', lookup.figures, lookup.failures))

  const { figures: s } = submit
  const { figures: l } = lookup
  const rows: SummaryRow[] = [
    [`提交 速率（持续 ${submitSeconds} 秒）`, `≥ ${GOALS.submitPerSecond}/秒`, perSecond(s.perSecond), s.perSecond >= GOALS.submitPerSecond],
    ['提交 p99', `≤ ${GOALS.submitP99Ms} ms`, ms(s.p99), s.p99 <= GOALS.submitP99Ms],
    ['提交 错误（含非 2xx）', '0', String(s.errors), s.errors === 0],
    [`查询 速率（${lookupSeconds} 秒）`, `≥ ${GOALS.lookupPerSecond.toLocaleString('en')}/秒`, perSecond(l.perSecond), l.perSecond >= GOALS.lookupPerSecond],
    ['查询 p99', `≤ ${GOALS.lookupP99Ms} ms`, ms(l.p99), l.p99 <= GOALS.lookupP99Ms],
    ['查询 错误（含非 2xx）', '0', String(l.errors), l.errors === 0],
  ]
  return { rows, failed: s.errors + l.errors > 0 }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      applications: { type: 'string', default: '100000' },
      'submit-seconds': { type: 'string', default: '60' },
      'lookup-seconds': { type: 'string', default: '30' },
      connections: { type: 'string', default: '10' },
      'page-loads': { type: 'string', default: '5' },
      workers: { type: 'string', default: String(os.availableParallelism()) },
      keep: { type: 'boolean', default: false },
    },
  })
  const applications = Number(values.applications)
  const connections = Number(values.connections)

  console.log(`网上办件基准（SQLite，${os.cpus().length} 核，${values.workers} 个服务进程，Node ${process.version}）`)
  const site = await benchSite({
    APPLY_SUBMIT_LIMIT: UNLIMITED,
    APPLY_LOOKUP_LIMIT: UNLIMITED,
    WEB_CONCURRENCY: values.workers,
  })
  try {
    console.log(`\n数据目录 ${site.dataDir}：写入内容和演示账号，再通过 Local API 写入 ${applications.toLocaleString('en')} 件办件（每个事务 500 件）…`)
    const seeded = await runScriptForJson<SeedResult>('bench-applications', ['--seed', String(applications)], site.env)
    console.log(
      `  内容 ${seeded.contentSeconds.toFixed(1)} 秒；办件 ${seeded.written.toLocaleString('en')} 件用时 ${seeded.seconds.toFixed(1)} 秒，` +
        `${Math.round(seeded.perSecond)} 件/秒（含全部钩子和校验）；表中共 ${seeded.total.toLocaleString('en')} 件`,
    )

    console.log('\n启动平台（与 npm start 相同，演示模式，LOG_LEVEL=warn）…')
    const platform = await startPlatform(site.env)
    console.log(`  ${platform.baseUrl} 已就绪，用时 ${platform.startSeconds.toFixed(0)} 秒（含门户生成，以及源代码有变化时的管理后台构建）`)
    try {
      const queue = await measureQueue(platform.baseUrl, seeded.total, Number(values['page-loads']))
      const residents = await measureResidents(platform.baseUrl, {
        communityCodes: seeded.communityCodes,
        connections,
        submitSeconds: Number(values['submit-seconds']),
        lookupSeconds: Number(values['lookup-seconds']),
      })
      const rows: SummaryRow[] = [
        ...residents.rows,
        ...queue.rows,
        ['写入办件（Local API，500 件/事务）', '—', `${Math.round(seeded.perSecond)} 件/秒`, null],
      ]
      console.log(`\n汇总（SQLite，${os.cpus().length} 核；队列测量时库中 ${seeded.total.toLocaleString('en')} 件办件）`)
      console.log(summaryTable(rows))
      if (queue.failed || residents.failed) printServerOutput(platform)
    } catch (error) {
      const exited = platform.exited()
      if (exited) console.error(`\n平台在测量中停止（${exited}）`)
      printServerOutput(platform)
      throw error
    } finally {
      await platform.stop()
    }
  } finally {
    if (values.keep) console.log(`\n数据目录保留在 ${site.dataDir}`)
    else site.remove()
  }
}

function printServerOutput(platform: RunningPlatform): void {
  const lines = platform.recentOutput()
  if (lines.length) console.error(`\n服务器最近的输出：\n${lines.map((line) => `  ${line}`).join('\n')}`)
}

runCli(async () => {
  const args = process.argv.slice(2)
  if (args[0] === '--seed') return seed(Number(args[1]))
  await main()
})
