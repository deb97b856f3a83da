/**
 * `node --conditions=production scripts/run.mjs bench-statistics [count]`:
 * how long 办件统计 takes on a large embedded database (default 100,000
 * applications; goal < 2 s for the whole city). It works on a throw-away
 * SQLite file: seeds the demo content, writes `count` synthetic applications
 * straight into the table (spread over 13 months, every community, all 243
 * services, realistic states and ratings), then times the statistics for a
 * city administrator, a district reviewer and a street reviewer, three runs
 * each, and prints the figures as JSON.
 *
 * BENCH_DATA_DIR=<folder> keeps the database there, and a later run with the
 * same folder only measures; BENCH_SOURCE=payload times the Local API path
 * (what MongoDB uses) instead of the SQL one.
 */
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-sqlite'
import { randomBytes, randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { loadWorkingCalendar } from '../collections/CalendarDays'
import { addWorkingDays, chinaDate, shiftDays } from '../collections/CalendarDays/workingDays'
import { applicationStatistics } from '../collections/Applications/statistics/compute'
import { parseDivisionCode } from '../collections/Divisions/code'
import { runCli } from './lib/cli'
import { openPayload } from './lib/payload'
import { seedContent } from './lib/seed'

const DAY_MS = 24 * 60 * 60 * 1000
const BATCH = 500
/** A typical form's answers, so rows are as wide as real ones and a scan reads as much. */
const ANSWERS = JSON.stringify({
  reason: '本人因工作需要申请办理此事项，相关材料已按办事指南要求准备齐全，请予审核。',
  address: '河南省郑州市金水区经八路街道纬五路社区某某小区3号楼2单元501室',
  household: [
    { name: '家庭成员一', relation: '配偶', idNumber: '410105199001011234' },
    { name: '家庭成员二', relation: '子女', idNumber: '410105201501011234' },
  ],
  contactTime: '工作日上午',
  agreed: true,
})

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

const pick = <T>(next: () => number, weighted: readonly (readonly [T, number])[]): T => {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0)
  let roll = next() * total
  for (const [value, weight] of weighted) {
    roll -= weight
    if (roll < 0) return value
  }
  return weighted[weighted.length - 1]![0]
}

const quote = (value: null | number | string): string =>
  value === null ? 'NULL' : typeof value === 'number' ? String(value) : `'${value.replaceAll("'", "''")}'`

async function fill(payload: Payload, count: number): Promise<void> {
  const next = random(20261121)
  const calendar = await loadWorkingCalendar(payload)
  const services = (
    await payload.find({ collection: 'services', pagination: false, depth: 0, draft: true, select: { code: true, title: true, department: true, promisedDays: true } })
  ).docs
  const communities = (
    await payload.find({ collection: 'divisions', where: { level: { equals: 'community' } }, pagination: false, depth: 0, select: { code: true } })
  ).docs
  const departments = (await payload.find({ collection: 'departments', pagination: false, depth: 0, select: { code: true } })).docs
  const jinshuiCivilAffairs = departments.find((department) => department.code === 'jinshui-civil-affairs')?.id ?? departments[0]!.id
  // Busy services are much busier than the rest, as in real life.
  const serviceWeights = services.map((service, index) => [service, 1 / (index + 1)] as const)
  const now = Date.now()
  const db = (payload.db as unknown as SQLiteAdapter).drizzle
  for (let written = 0; written < count; written += BATCH) {
    const values: string[] = []
    for (let i = written; i < Math.min(count, written + BATCH); i += 1) {
      const service = pick(next, serviceWeights)
      const community = communities[Math.floor(next() * communities.length)]!
      const scope = parseDivisionCode(community.code).path
      // In 金水区, a share of the cases belong to its civil affairs bureau, as a department's reviewer sees them.
      const own = typeof service.department === 'string' ? service.department : (service.department?.id ?? departments[0]!.id)
      const department = scope.district === '410105000000' && next() < 0.4 ? jinshuiCivilAffairs : own
      const promised = service.promisedDays ?? 10
      const submitted = new Date(now - next() * 395 * DAY_MS)
      const status = pick(next, [
        ['completed', 70],
        ['rejected', 5],
        ['withdrawn', 5],
        ['submitted', 5],
        ['accepted', 5],
        ['processing', 7],
        ['supplement', 3],
      ] as const)
      const accepted = ['completed', 'accepted', 'processing', 'supplement'].includes(status)
        ? new Date(submitted.getTime() + next() * 2 * DAY_MS)
        : null
      const paused = accepted && next() < 0.1 ? 1 + Math.floor(next() * 5) : 0
      const due = accepted ? addWorkingDays(chinaDate(accepted), promised + paused, calendar) : null
      const finished =
        status === 'completed' && accepted
          ? new Date(accepted.getTime() + next() * promised * 1.6 * DAY_MS)
          : status === 'rejected' || status === 'withdrawn'
            ? new Date(submitted.getTime() + next() * DAY_MS)
            : null
      const rating = status === 'completed' && next() < 0.6 ? pick(next, [['5', 60], ['4', 20], ['3', 10], ['2', 6], ['1', 4]] as const) : null
      const followUp = rating && Number(rating) <= 2 ? (next() < 0.5 ? 'open' : 'closed') : null
      const row = [
        randomUUID(),
        `YZ${chinaDate(submitted).slice(2).replaceAll('-', '')}${String(i).padStart(8, '0')}`,
        status,
        pick(next, [['web', 70], ['phone', 10], ['counter', 15], ['open311', 5]] as const),
        service.id,
        service.code,
        service.title,
        department,
        promised,
        community.id,
        scope.city,
        scope.district,
        scope.street,
        scope.community,
        submitted.toISOString(),
        accepted?.toISOString() ?? null,
        due,
        finished && finished.getTime() < now ? finished.toISOString() : null,
        status === 'completed' ? 'approved' : null,
        paused,
        rating,
        followUp,
        followUp ? shiftDays(chinaDate(finished ?? submitted), 21) : null,
        '测试居民',
        '410105199001011234',
        '13800000000',
        ANSWERS,
        status === 'completed' ? '经审核，符合办理条件，已为您办结。请携带身份证到社区服务中心领取。' : null,
      ]
      values.push(`(${row.map(quote).join(', ')})`)
    }
    await db.run(
      sql.raw(`INSERT INTO applications (id, tracking_number, status, channel, service_id, service_code, service_title,
        department_id, promised_days, division_id, scope_city, scope_district, scope_street, scope_community,
        submitted_at, accepted_at, due_date, completed_at, outcome, supplement_paused_working_days, rating_level,
        follow_up_status, follow_up_due_date, applicant_name, applicant_id_number, applicant_phone, answers, result_note) VALUES ${values.join(',\n')}`),
    )
  }
}

async function user(payload: Payload, username: string) {
  const { docs } = await payload.find({ collection: 'users', where: { username: { equals: username } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`no user ${username}`)
  return { ...docs[0], collection: 'users' as const }
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100_000)
  // BENCH_SOURCE=payload times the Local API path that other databases use.
  const source = process.env.BENCH_SOURCE === 'payload' ? 'payload' : 'auto'
  // BENCH_DATA_DIR keeps the database for another run (which then only measures).
  const kept = process.env.BENCH_DATA_DIR
  const reuse = Boolean(kept && existsSync(path.join(kept, 'yizhan.db')))
  const dataDir = kept ?? mkdtempSync(path.join(os.tmpdir(), 'yizhan-bench-statistics-'))
  mkdirSync(dataDir, { recursive: true })
  delete process.env.DATABASE_URI
  process.env.DATA_DIR = dataDir
  process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')
  process.env.YIZHAN_MODE = 'demo'
  const payload = await openPayload()
  try {
    let started = performance.now()
    if (!reuse) {
      await seedContent(payload, { demo: true, rebuildPortal: false })
      started = performance.now()
      await fill(payload, count)
      console.error(`已写入 ${count} 件（${((performance.now() - started) / 1000).toFixed(1)} 秒），开始计时…`)
    }
    // Wall time, and the process's own CPU time: on a shared machine the first shows the load too.
    const results: Record<string, { cpuMs: number[]; medianMs: number; runsMs: number[]; total: number }> = {}
    for (const username of ['admin-city', 'reviewer-district', 'reviewer-street']) {
      const viewer = await user(payload, username)
      const runsMs: number[] = []
      const cpuMs: number[] = []
      let total = 0
      for (let run = 0; run < 3; run += 1) {
        started = performance.now()
        const cpu = process.cpuUsage()
        total = (await applicationStatistics(payload, viewer, { source })).total
        const used = process.cpuUsage(cpu)
        runsMs.push(Math.round(performance.now() - started))
        cpuMs.push(Math.round((used.user + used.system) / 1000))
      }
      results[username] = { total, runsMs, cpuMs, medianMs: [...runsMs].sort((a, b) => a - b)[1]! }
    }
    console.log(JSON.stringify({ applications: count, source, results }))
  } finally {
    await payload.destroy()
    if (!kept) rmSync(dataDir, { recursive: true, force: true })
  }
}

runCli(main)
