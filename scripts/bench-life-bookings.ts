/**
 * `npm run bench:life:bookings`: 1,000 life-service bookings sent at once
 * over real HTTP by 100 signed-in residents (10 each) for 100 time slots of
 * one seat each (the three demo providers set to capacity 1: their days
 * from tomorrow and their three periods, the first 100 of those slots), 10
 * bookings per slot, against the platform started as `npm start` runs it
 * with two server processes on one SQLite file. Exactly one booking per
 * slot must succeed and every other one be refused 409 SLOT_FULL, with no
 * other answer; afterwards no slot may hold more orders than its capacity.
 * Prints the counts and the latency (median, p95) as JSON.
 *
 * Options: --residents=100 --slots=100 --per-slot=10
 */
import { parseArgs } from 'node:util'

import { shiftDays, chinaDate } from '../collections/CalendarDays/workingDays'
import { BOOKING_DAYS_AHEAD } from '../collections/LifeOrders/lib/book'
import { SLOT_HOLDING_STATUSES, TIME_PERIODS } from '../collections/LifeOrders/states'
import { runCli } from './lib/cli'
import { benchSite, runScriptForJson, startPlatform } from './lib/bench/platform'
import { residentCookies } from './lib/bench/residentSessions'
import { median, percentile } from './lib/bench/timing'
import { openPayload } from './lib/payload'
import { seedContent } from './lib/seed'

const COMMUNITY = '410105001001'

/** A slot to race for: a provider's item on a date and period. */
type Slot = { item: string; date: string; period: string }
type Seeded = { cookies: string[]; slots: Slot[] }

/** Child process: the demo content, the providers at one seat per slot, the residents' sessions and the slots. */
async function seed(residents: number, slotCount: number): Promise<void> {
  const payload = await openPayload()
  await seedContent(payload, { demo: true, rebuildPortal: false })
  const { docs: providers } = await payload.find({ collection: 'providers', where: { status: { equals: 'listed' } }, sort: 'name', depth: 0, pagination: false, overrideAccess: true })
  const slots: Slot[] = []
  for (const provider of providers) {
    await payload.update({ collection: 'providers', id: provider.id, data: { capacity: 1 }, overrideAccess: true, depth: 0 })
    const { docs: [item] } = await payload.find({ collection: 'provider-items', where: { and: [{ provider: { equals: provider.id } }, { active: { equals: true } }] }, limit: 1, depth: 0, overrideAccess: true })
    for (let day = 1; day <= BOOKING_DAYS_AHEAD; day += 1) {
      for (const period of Object.keys(TIME_PERIODS)) slots.push({ item: String(item!.id), date: shiftDays(chinaDate(), day), period })
    }
  }
  if (slots.length < slotCount) throw new Error(`演示企业只有 ${slots.length} 个时段`)
  const cookies = await residentCookies(payload, residents, '136')
  await payload.destroy()
  console.log(JSON.stringify({ cookies, slots: slots.slice(0, slotCount) } satisfies Seeded))
}

/** Child process, after the race: the orders holding a seat, and the most any one slot holds. */
async function count(): Promise<void> {
  const payload = await openPayload()
  const { docs } = await payload.find({ collection: 'life-orders', where: { status: { in: SLOT_HOLDING_STATUSES } }, pagination: false, depth: 0, select: { provider: true, date: true, period: true }, overrideAccess: true })
  const perSlot = new Map<string, number>()
  for (const order of docs) {
    const key = `${String(order.provider)}|${order.date}|${order.period}`
    perSlot.set(key, (perSlot.get(key) ?? 0) + 1)
  }
  await payload.destroy()
  console.log(JSON.stringify({ orders: docs.length, slots: perSlot.size, mostInOneSlot: Math.max(0, ...perSlot.values()) }))
}

type Outcome = { code: string; ms: number; status: number }

/** One resident's booking, timed. */
async function bookOnce(baseUrl: string, cookie: string, slot: Slot): Promise<Outcome> {
  const body = JSON.stringify({ ...slot, community: COMMUNITY, address: '经八路1号院', quantity: 1, name: '王芳' })
  const started = performance.now()
  const response = await fetch(`${baseUrl}/api/life/book`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', accept: 'application/json' }, body })
  const answer = (await response.json()) as { code?: string; status?: string }
  return { status: response.status, code: answer.code ?? answer.status ?? '', ms: performance.now() - started }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { residents: { type: 'string', default: '100' }, slots: { type: 'string', default: '100' }, 'per-slot': { type: 'string', default: '10' } } })
  const residents = Number(values.residents)
  const slotCount = Number(values.slots)
  const perSlot = Number(values['per-slot'])
  const total = slotCount * perSlot
  // Every resident books from this machine's one address: lift the per-client limit on bookings (well above the
  // burst, as each server process reserves its places in blocks and a burst of first requests reserves many at once).
  const site = await benchSite({ WEB_CONCURRENCY: '2', LIFE_BOOK_LIMIT: `${total * 100}/600` })
  try {
    console.error(`数据目录 ${site.dataDir}：写入演示内容、${residents} 位已登录居民、${slotCount} 个各1个名额的时段…`)
    const seeded = await runScriptForJson<Seeded>('bench-life-bookings', ['--seed', String(residents), String(slotCount)], site.env)
    console.error('启动平台（与 npm start 相同，两个服务进程）…')
    const platform = await startPlatform(site.env)
    let outcomes: Outcome[]
    try {
      // Untimed: one booking form's worth of reads, so both processes have loaded what a booking needs.
      for (const cookie of seeded.cookies.slice(0, 4)) await fetch(`${platform.baseUrl}/api/my/cases`, { headers: { cookie, accept: 'application/json' } })
      const requests = Array.from({ length: total }, (_, index) => ({ cookie: seeded.cookies[index % residents]!, slot: seeded.slots[index % slotCount]! }))
      outcomes = await Promise.all(requests.map(({ cookie, slot }) => bookOnce(platform.baseUrl, cookie, slot)))
    } finally {
      await platform.stop()
    }
    const stored = await runScriptForJson<{ orders: number; slots: number; mostInOneSlot: number }>('bench-life-bookings', ['--count'], site.env)
    const booked = outcomes.filter((outcome) => outcome.status === 201).length
    const full = outcomes.filter((outcome) => outcome.status === 409 && outcome.code === 'SLOT_FULL').length
    const other = outcomes.filter((outcome) => outcome.status !== 201 && !(outcome.status === 409 && outcome.code === 'SLOT_FULL'))
    const times = outcomes.map((outcome) => outcome.ms)
    const figures = { bookings: total, residents, slots: slotCount, booked, slotFull: full, errors: other.length, storedOrders: stored.orders, slotsHeld: stored.slots, mostInOneSlot: stored.mostInOneSlot, medianMs: Math.round(median(times)), p95Ms: Math.round(percentile(times, 0.95)), processes: 2 }
    console.log(JSON.stringify(figures))
    console.error(`${total} 个预约同时抢 ${slotCount} 个时段（每个1个名额）：成功 ${booked}，约满（SLOT_FULL）${full}，其他 ${other.length}；数据库中占名额的订单 ${stored.orders}，单个时段最多 ${stored.mostInOneSlot} 单；耗时中位数 ${figures.medianMs} ms，p95 ${figures.p95Ms} ms`)
    if (booked !== slotCount || stored.orders !== slotCount || stored.mostInOneSlot > 1 || other.length) {
      throw new Error(`每个时段应正好一单：成功 ${booked}，数据库 ${JSON.stringify(stored)}，其他回答 ${JSON.stringify(other.slice(0, 3))}`)
    }
  } finally {
    site.remove()
  }
}

runCli(async () => {
  const args = process.argv.slice(2)
  if (args[0] === '--seed') return seed(Number(args[1]), Number(args[2]))
  if (args[0] === '--count') return count()
  await main()
})
