/**
 * `npm run bench:analysis`: how long 诉求分析 takes for a city of
 * 1,000,000 work orders (--orders) on the embedded SQLite database; goal
 * ≤ 1 s. On a throw-away data folder (or BENCH_DATA_DIR, kept for a later
 * run that only measures) it seeds the demo content, makes the
 * orders in memory (24 months, every community, kinds, topics and services
 * weighted; 70% from callers who call once, the rest from repeat callers
 * bound to a community, and addresses alike), turns each into its counter
 * cells with the hook's own `cellsOf`, sums them and writes the rows in
 * bulk (SQL inserts: the orders themselves are not stored, only what the
 * page reads). Then it times `demandAnalysis` for agent-city,
 * agent-district, agent-street and agent-community: once with the repeats
 * counted on request (`live`), then the nightly precount of repeats, then
 * three runs each as the page runs on a normal day (`results`), and prints
 * the figures as JSON. A benchmark reports figures; it exits
 * non-zero only when it cannot run.
 */
import { randomUUID } from 'node:crypto'
import { parseArgs } from 'node:util'

import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import type { Ticket } from '../cms/payload-types'
import { chinaDate } from '../collections/CalendarDays/workingDays'
import { parseDivisionCode } from '../collections/Divisions/code'
import { listCommunities } from '../collections/Divisions/lookup'
import { type CounterCell, cellKey, cellsOf, COUNTERS } from '../collections/Tickets/analysis/aggregate'
import { demandAnalysis } from '../collections/Tickets/analysis/compute'
import { precomputeRepeats, REPEATS_SNAPSHOT_KEY } from '../collections/Tickets/analysis/repeats'
import { refreshPlannerStatistics } from '../cms/jobs/refreshPlannerStatistics'
import { TICKET_KIND_LABELS } from '../collections/Tickets/states'
import { runCli } from './lib/cli'
import { demoStaff, openBenchDatabase } from './lib/bench/benchDatabase'
import { median } from './lib/bench/timing'
import { seedContent } from './lib/seed'

const DAY_MS = 24 * 60 * 60 * 1000
const MONTHS = 24
const INSERT_ROWS = 2000
const GOAL_MS = 1000
const VIEWERS = ['agent-city', 'agent-district', 'agent-street', 'agent-community']

type Drizzle = { run: (query: SQL) => Promise<unknown> }

/** A small deterministic generator, so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Skewed towards the first items, as real topics and services are. */
const skewed = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(items.length * next() ** 2)]!

/** Counter cells summed by key. */
type Sums = Map<string, { cell: CounterCell; count: number }>

function add(sums: Sums, cells: CounterCell[]): void {
  for (const cell of cells) {
    const key = cellKey(cell)
    const sum = sums.get(key)
    if (sum) sum.count += 1
    else sums.set(key, { cell, count: 1 })
  }
}

/** Write summed rows in multi-row inserts. */
async function insert(drizzle: Drizzle, sums: Iterable<{ cell: CounterCell; count: number }>): Promise<number> {
  let batch: SQL[] = []
  let written = 0
  const flush = async () => {
    if (batch.length === 0) return
    await drizzle.run(sql`INSERT INTO ticket_analysis_counters (id, key, month, division, dimension, value, label, count) VALUES ${sql.join(batch, sql`, `)}`)
    written += batch.length
    batch = []
  }
  for (const { cell, count } of sums) {
    batch.push(sql`(${randomUUID()}, ${cellKey(cell)}, ${cell.month}, ${cell.division}, ${cell.dimension}, ${cell.value}, ${cell.label ?? null}, ${count})`)
    if (batch.length === INSERT_ROWS) await flush()
  }
  await flush()
  return written
}

/**
 * The orders of a city, community by community: callers and addresses
 * belong to one community, so their cells are complete once the community
 * is done and are written then; the other cells are summed for the whole city.
 */
async function fill(payload: Payload, orders: number): Promise<{ orders: number; rows: number }> {
  const next = random(20261206)
  const drizzle = (payload.db as unknown as { drizzle: Drizzle }).drizzle
  // A gigabyte of page cache: the three indexes of ten million rows are written at random places.
  await drizzle.run(sql`PRAGMA cache_size = -1000000`)
  const communities = await listCommunities(payload)
  const ids = async (collection: 'services' | 'topics') => (await payload.find({ collection, pagination: false, depth: 0, draft: true, select: {} })).docs.map((doc) => doc.id)
  const [topics, services] = [await ids('topics'), await ids('services')]
  const kinds = Object.keys(TICKET_KIND_LABELS) as Ticket['kind'][]
  const now = Date.now()
  const shared: Sums = new Map()
  let rows = 0
  let made = 0
  for (const [index, community] of communities.entries()) {
    const own: Sums = new Map()
    const count = Math.round((orders * (index + 1)) / communities.length) - made
    const scope = parseDivisionCode(community.code).path
    // 30% of orders from repeat callers (about 10 orders each), 40% at repeated addresses (about 10 each).
    const repeatCallers = Math.max(1, Math.round((count * 0.3) / 10))
    const repeatAddresses = Math.max(1, Math.round((count * 0.4) / 10))
    for (let order = 0; order < count; order += 1) {
      const serial = made + order
      const phone = next() < 0.3 ? `138${String(index * 100000 + Math.floor(next() * repeatCallers)).padStart(8, '0')}` : `139${String(serial).padStart(8, '0')}`
      const address = next() < 0.4 ? `${community.name}${1 + Math.floor(next() * repeatAddresses)}号院` : `${community.name}散居${serial}号`
      const cells = cellsOf(
        {
          caller: { phone },
          kind: skewed(next, kinds),
          location: { address },
          receivedAt: new Date(now - next() * MONTHS * 30 * DAY_MS).toISOString(),
          scope,
          service: next() < 0.6 ? skewed(next, services) : null,
          topic: skewed(next, topics),
        },
        payload.secret,
      )
      add(own, cells.filter((cell) => cell.dimension === 'caller' || cell.dimension === 'address' || cell.division === community.code))
      add(shared, cells.filter((cell) => cell.dimension !== 'caller' && cell.dimension !== 'address' && cell.division !== community.code))
    }
    made += count
    rows += await insert(drizzle, own.values())
    if (index % 20 === 19) console.error(`  已生成 ${made.toLocaleString('en')} 件，${rows.toLocaleString('en')} 行`)
  }
  rows += await insert(drizzle, shared.values())
  return { orders: made, rows }
}

type Viewer = Awaited<ReturnType<typeof demoStaff>>

/** `runs` timings of the page's figures for each viewer, with the median, the totals and whether the repeats were counted ahead. */
async function timeViewers(payload: Payload, viewers: Viewer[], runs: number) {
  const results: Record<string, { addresses: number; callers: number; cpuMs: number[]; medianMs: number; repeatsAsOf: null | string; runsMs: number[]; total: number }> = {}
  for (const viewer of viewers) {
    const runsMs: number[] = []
    const cpuMs: number[] = []
    let analysis: Awaited<ReturnType<typeof demandAnalysis>> | undefined
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now()
      const cpu = process.cpuUsage()
      analysis = await demandAnalysis(payload, viewer)
      const used = process.cpuUsage(cpu)
      runsMs.push(Math.round(performance.now() - started))
      cpuMs.push(Math.round((used.user + used.system) / 1000))
    }
    const { addresses, callers, repeatsAsOf, total } = analysis!
    results[viewer.username] = { total, callers: callers.count, addresses: addresses.count, repeatsAsOf, runsMs, cpuMs, medianMs: median(runsMs) }
  }
  return results
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { orders: { type: 'string', default: '1000000' } } })
  const { payload, reused, close } = await openBenchDatabase('analysis', { keepable: true })
  try {
    let filled = { orders: 0, rows: 0 }
    let fillSeconds = 0
    if (!reused) {
      await seedContent(payload, { demo: true, rebuildPortal: false })
      const started = performance.now()
      filled = await fill(payload, Number(values.orders))
      fillSeconds = Math.round((performance.now() - started) / 100) / 10
      console.error(`已写入 ${filled.rows.toLocaleString('en')} 行计数（${filled.orders.toLocaleString('en')} 件工单，${fillSeconds} 秒），开始计时…`)
    }
    // As the server does when it starts and every hour.
    await refreshPlannerStatistics(payload)
    const viewers = await Promise.all(VIEWERS.map((username) => demoStaff(payload, username)))
    // Counted on request, as for a period other than the default or before the first night.
    await payload.kv.delete(REPEATS_SNAPSHOT_KEY)
    const live = await timeViewers(payload, viewers, 1)
    const started = performance.now()
    const precomputed = await precomputeRepeats(payload)
    const precomputeSeconds = Math.round((performance.now() - started) / 100) / 10
    console.error(`夜间预先统计重复来电和地址：${precomputed} 个区划，${precomputeSeconds} 秒`)
    const results = await timeViewers(payload, viewers, 3)
    const counterRows = (await payload.db.count({ collection: COUNTERS, where: {} })).totalDocs
    console.log(JSON.stringify({ ...filled, counterRows, fillSeconds, goalMs: GOAL_MS, today: chinaDate(), precomputed, precomputeSeconds, results, live }))
  } finally {
    await close()
  }
}

runCli(main)
