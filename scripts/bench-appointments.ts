/**
 * `npm run bench:appointments`: 300 signed-in residents race for one slot
 * of 100 seats over real HTTP, against the platform started as `npm start`
 * runs it with two server processes on one SQLite file (demo content in a
 * throw-away data folder, seeded in a child process, which also signs the
 * residents in). Every booking is sent at once; exactly 100 must be booked
 * and every other one refused with 409 SLOT_FULL, and the database must
 * hold exactly 100 bookings for the slot afterwards. Prints the count and
 * the latency (median, p95) as JSON.
 *
 * Options: --residents=300 --seats=100
 */
import { parseArgs } from 'node:util'

import { openSlots } from '../collections/Appointments/lib/schedule'
import { loadWorkingCalendar } from '../collections/CalendarDays/load'
import { chinaDate } from '../collections/CalendarDays/workingDays'
import { runCli } from './lib/cli'
import { benchSite, runScriptForJson, startPlatform } from './lib/bench/platform'
import { residentCookies } from './lib/bench/residentSessions'
import { median, percentile } from './lib/bench/timing'
import { openPayload } from './lib/payload'
import { seedContent } from './lib/seed'
import { DEFAULT_BOOKING_HOURS } from './lib/seed/appointmentSchedules'

const SERVICE = '010103'
const CENTRE = 'jinshui-district'

type Seeded = { centre: string; cookies: string[]; slot: string }

/** Child process: the demo content, the centre's seats per slot, the residents' sessions and the slot to race for. */
async function seed(residents: number, seats: number): Promise<void> {
  const payload = await openPayload()
  await seedContent(payload, { demo: true, rebuildPortal: false })
  const { docs: [centre] } = await payload.find({ collection: 'service-centres', where: { code: { equals: CENTRE } }, limit: 1, depth: 0 })
  await payload.update({ collection: 'appointment-schedules', where: { centre: { equals: centre!.id } }, data: { capacity: seats }, depth: 0 })
  const cookies = await residentCookies(payload, residents, '137')
  const [slot] = openSlots(DEFAULT_BOOKING_HOURS, await loadWorkingCalendar(payload)).filter((each) => each.date > chinaDate())
  await payload.destroy()
  const seeded: Seeded = { centre: String(centre!.id), cookies, slot: `${slot!.date} ${slot!.start}` }
  console.log(JSON.stringify(seeded))
}

/** Child process, after the race: how many bookings the database holds for the slot. */
async function count(slot: string): Promise<void> {
  const payload = await openPayload()
  const [date, start] = slot.split(' ')
  const { totalDocs } = await payload.count({ collection: 'appointments', where: { and: [{ date: { equals: date } }, { start: { equals: start } }, { status: { equals: 'booked' } }] } })
  await payload.destroy()
  console.log(JSON.stringify({ booked: totalDocs }))
}

type Outcome = { code: string; ms: number; status: number }

/** One resident's booking, timed. */
async function bookOnce(baseUrl: string, cookie: string, body: string): Promise<Outcome> {
  const started = performance.now()
  const response = await fetch(`${baseUrl}/api/appointments/book`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', accept: 'application/json' }, body })
  const answer = (await response.json()) as { code?: string; status?: string }
  return { status: response.status, code: answer.code ?? answer.status ?? '', ms: performance.now() - started }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { residents: { type: 'string', default: '300' }, seats: { type: 'string', default: '100' } } })
  const residents = Number(values.residents)
  const seats = Number(values.seats)
  // Every resident books from this machine's one address: lift the per-client limit on bookings.
  const site = await benchSite({ WEB_CONCURRENCY: '2', APPOINTMENT_BOOK_LIMIT: `${residents * 2}/600` })
  try {
    console.error(`数据目录 ${site.dataDir}：写入演示内容、${residents} 位已登录居民，一个时段 ${seats} 个号…`)
    const seeded = await runScriptForJson<Seeded>('bench-appointments', ['--seed', String(residents), String(seats)], site.env)
    console.error('启动平台（与 npm start 相同，两个服务进程）…')
    const platform = await startPlatform(site.env)
    let outcomes: Outcome[]
    try {
      // Untimed: a few reads, so both processes have loaded what a booking needs before the race.
      for (const cookie of seeded.cookies.slice(0, 4)) await fetch(`${platform.baseUrl}/api/appointments/mine`, { headers: { cookie, accept: 'application/json' } })
      const body = JSON.stringify({ service: SERVICE, centre: seeded.centre, slot: seeded.slot, name: '王芳' })
      outcomes = await Promise.all(seeded.cookies.map((cookie) => bookOnce(platform.baseUrl, cookie, body)))
    } finally {
      await platform.stop()
    }
    const { booked: stored } = await runScriptForJson<{ booked: number }>('bench-appointments', ['--count', seeded.slot], site.env)
    const booked = outcomes.filter((outcome) => outcome.status === 201).length
    const full = outcomes.filter((outcome) => outcome.status === 409 && outcome.code === 'SLOT_FULL').length
    const other = outcomes.filter((outcome) => outcome.status !== 201 && !(outcome.status === 409 && outcome.code === 'SLOT_FULL'))
    const times = outcomes.map((outcome) => outcome.ms)
    const figures = { residents, seats, booked, slotFull: full, other: other.length, stored, medianMs: Math.round(median(times)), p95Ms: Math.round(percentile(times, 0.95)), processes: 2 }
    console.log(JSON.stringify(figures))
    console.error(`${residents} 位居民同时抢 ${seats} 个号：预约成功 ${booked}，约满（SLOT_FULL）${full}，其他 ${other.length}；数据库中 ${stored} 个预约；耗时中位数 ${figures.medianMs} ms，p95 ${figures.p95Ms} ms`)
    if (booked !== seats || stored !== seats || other.length) {
      throw new Error(`应正好预约 ${seats} 个：成功 ${booked}，数据库 ${stored}，其他回答 ${JSON.stringify(other.slice(0, 3))}`)
    }
  } finally {
    site.remove()
  }
}

runCli(async () => {
  const args = process.argv.slice(2)
  if (args[0] === '--seed') return seed(Number(args[1]), Number(args[2]))
  if (args[0] === '--count') return count(args[1]!)
  await main()
})
