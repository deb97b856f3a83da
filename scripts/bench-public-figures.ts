/**
 * `node --conditions=production scripts/run.mjs bench-public-figures [applications] [orders]`:
 * how long the public figures (/statistics/, collections/statistics/public/figures.ts)
 * take for the whole city — every division down to the communities, every
 * department, service and centre — on a large database (default 100,000
 * applications and 1,000,000 work orders; goal ≤ 60 s on 2 cores), and the
 * nightly open-data export of the same orders. It works on a throw-away
 * SQLite file: seeds the demo content, writes the applications through the
 * Local API as the workflow leaves them (scripts/lib/bench/seedApplications.ts)
 * and the orders through the database adapter's own create (payload.db,
 * no hooks: the fields the hooks would set are written as they would be),
 * then times each, three runs of the figures, and prints JSON.
 *
 * BENCH_DATA_DIR=<folder> keeps the database there, and a later run with the
 * same folder only measures.
 */
import type { Payload } from 'payload'

import path from 'node:path'

import { withTransaction } from '../cms/lib/withTransaction'
import { writeOpenDataExport } from '../cms/publish/openData'
import { addWorkingDays, chinaDate } from '../collections/CalendarDays/workingDays'
import { loadWorkingCalendar } from '../collections/CalendarDays/load'
import { parseDivisionCode } from '../collections/Divisions/code'
import { listCommunities } from '../collections/Divisions/lookup'
import { publicFigures } from '../collections/statistics/public/figures'
import { TICKET_CHANNEL_LABELS, TICKET_KIND_LABELS } from '../collections/Tickets/states'
import { randomSource } from './lib/bench/applicants'
import { seedApplications } from './lib/bench/seedApplications'
import { openBenchDatabase } from './lib/bench/benchDatabase'
import { runCli } from './lib/cli'
import { seedContent } from './lib/seed'

const DAY_MS = 24 * 60 * 60 * 1000
const BATCH = 2000

/**
 * Write `count` work orders spread over the last 13 months and every
 * community, in the states and with the outcomes the workflow leaves
 * (closed on time or not, call-back satisfaction), BATCH to a transaction.
 */
async function seedOrders(payload: Payload, count: number): Promise<number> {
  const random = randomSource(20_261_206)
  const calendar = await loadWorkingCalendar(payload)
  const communities = await listCommunities(payload)
  const services = (await payload.find({ collection: 'services', pagination: false, depth: 0, select: { code: true } })).docs.map((doc) => doc.id)
  const kinds = Object.keys(TICKET_KIND_LABELS)
  const channels = Object.keys(TICKET_CHANNEL_LABELS)
  const now = Date.now()
  const started = performance.now()
  for (let first = 0; first < count; first += BATCH) {
    await withTransaction(payload, async (req) => {
      for (let index = first; index < Math.min(count, first + BATCH); index += 1) {
        const community = random.pick(communities)
        const received = now - random.int(395 * DAY_MS)
        const dueDate = addWorkingDays(chinaDate(new Date(received)), 5, calendar)
        const open = received > now - 7 * DAY_MS && random.next() < 0.5
        const closedAt = open ? null : received + random.int(9 * DAY_MS)
        const satisfaction = closedAt && random.next() < 0.7 ? random.weighted([['5', 60], ['4', 20], ['3', 10], ['2', 6], ['1', 4]] as const) : null
        await payload.db.create({
          collection: 'tickets',
          req,
          data: {
            number: `GD98${String(index).padStart(12, '0')}`,
            channel: random.pick(channels),
            kind: random.pick(kinds),
            status: open ? 'received' : satisfaction ? 'evaluated' : 'closed',
            caller: { name: '来电人', phone: `139${String(index % 100_000_000).padStart(8, '0')}`, confidential: random.next() < 0.05 },
            summary: '小区路灯不亮，晚上出行不便',
            content: '门口的路灯连续三晚不亮，老人晚上出门不安全，请尽快修复。',
            service: random.next() < 0.3 ? random.pick(services) : null,
            division: community.id,
            scope: parseDivisionCode(community.code).path,
            receivedAt: new Date(received).toISOString(),
            dueDate,
            closedAt: closedAt ? new Date(closedAt).toISOString() : null,
            closedOnTime: closedAt ? chinaDate(new Date(closedAt)) <= dueDate : null,
            answeredDirectly: random.next() < 0.3,
            satisfaction,
          },
        })
      }
    })
    if ((first / BATCH) % 25 === 24) console.error(`已写入 ${first + BATCH} 张工单（${((performance.now() - started) / 1000).toFixed(0)} 秒）`)
  }
  return Math.round(count / ((performance.now() - started) / 1000))
}

async function timed<T>(work: () => Promise<T>): Promise<{ cpuMs: number; ms: number; result: T }> {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const result = await work()
  const used = process.cpuUsage(cpu)
  return { result, ms: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000) }
}

async function main(): Promise<void> {
  const applications = Number(process.argv[2] ?? 100_000)
  const orders = Number(process.argv[3] ?? 1_000_000)
  const { dataDir, payload, reused, close } = await openBenchDatabase('public-figures', { keepable: true })
  try {
    const seeded: Record<string, number> = {}
    if (!reused) {
      await seedContent(payload, { demo: true, rebuildPortal: false })
      seeded.applicationsPerSecond = Math.round(
        (await seedApplications(payload, applications, { onProgress: (written, seconds) => written % 10_000 === 0 && console.error(`已写入 ${written} 件（${seconds.toFixed(0)} 秒）`) })).perSecond,
      )
      seeded.ordersPerSecond = await seedOrders(payload, orders)
      console.error('数据已写入，开始计时…')
    }
    const [{ totalDocs: applicationCount }, { totalDocs: orderCount }] = await Promise.all([payload.count({ collection: 'applications' }), payload.count({ collection: 'tickets' })])
    const runs: { cpuMs: number; ms: number }[] = []
    let divisions = 0
    for (let run = 0; run < 3; run += 1) {
      const { cpuMs, ms, result } = await timed(() => publicFigures(payload))
      runs.push({ ms, cpuMs })
      divisions = result.divisions.length
    }
    const exported = await timed(() => writeOpenDataExport(payload, { dir: path.join(dataDir, 'open-data') }))
    console.log(
      JSON.stringify({
        applications: applicationCount,
        orders: orderCount,
        divisions,
        seeded,
        figures: { runs, medianMs: [...runs].map((run) => run.ms).sort((a, b) => a - b)[1] },
        openDataExport: { ms: exported.ms, cpuMs: exported.cpuMs, records: exported.result.records },
      }),
    )
  } finally {
    await close()
  }
}

runCli(main)
