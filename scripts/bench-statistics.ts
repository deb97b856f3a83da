/**
 * `node --conditions=production scripts/run.mjs bench-statistics [count]`:
 * how long 办件统计 takes on a large database (default 100,000 applications;
 * goal well under 2 s for the whole city). It works on a throw-away SQLite
 * file: seeds the demo content, writes `count` synthetic applications through
 * the Local API, as the workflow would have left them (spread over 13 months,
 * every community, all services, realistic states, ratings and the figures
 * stored when a case finishes), then times the statistics for a city
 * administrator, a district reviewer of one department, a street reviewer
 * and a community reviewer, three runs each, and prints the figures as JSON.
 *
 * BENCH_DATA_DIR=<folder> keeps the database there, and a later run with the
 * same folder only measures.
 */
import type { Payload } from 'payload'

import type { Application } from '../cms/payload-types'
import { withTransaction } from '../cms/lib/withTransaction'
import { WORKFLOW_CONTEXT } from '../collections/Applications/hooks/refuseEditsOutsideWorkflow'
import { applicationFigures } from '../collections/Applications/lib/transition'
import { applicationStatistics } from '../collections/Applications/statistics/compute'
import { loadWorkingCalendar } from '../collections/CalendarDays/load'
import { addWorkingDays, chinaDate, shiftDays } from '../collections/CalendarDays/workingDays'
import { relationId } from '../collections/relations'
import { randomSource } from './lib/bench/applicants'
import { demoStaff, openBenchDatabase } from './lib/bench/benchDatabase'
import { runCli } from './lib/cli'
import { seedContent } from './lib/seed'
import { listCommunities } from '../collections/Divisions/lookup'

const DAY_MS = 24 * 60 * 60 * 1000
const BATCH = 500
/** A typical form's answers, so rows are as wide as real ones and a scan reads as much. */
const ANSWERS = {
  reason: '本人因工作需要申请办理此事项，相关材料已按办事指南要求准备齐全，请予审核。',
  address: '河南省郑州市金水区经八路街道纬五路社区某某小区3号楼2单元501室',
  household: [
    { name: '家庭成员一', relation: '配偶', idNumber: '410105199001011234' },
    { name: '家庭成员二', relation: '子女', idNumber: '410105201501011234' },
  ],
  contactTime: '工作日上午',
  agreed: true,
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

/**
 * Write `count` applications through the Local API, BATCH to a transaction,
 * as the workflow leaves them in each state (its context lets the writes
 * through). Returns how many were written per second.
 */
async function fill(payload: Payload, count: number): Promise<number> {
  const { next } = randomSource(20261121)
  const calendar = await loadWorkingCalendar(payload)
  const services = (
    await payload.find({ collection: 'services', pagination: false, depth: 0, draft: true, select: { code: true, title: true, department: true, promisedDays: true } })
  ).docs
  const communities = await listCommunities(payload)
  const departments = (await payload.find({ collection: 'departments', pagination: false, depth: 0, select: { code: true } })).docs
  const jinshuiCivilAffairs = departments.find((department) => department.code === 'jinshui-civil-affairs')?.id ?? departments[0]!.id
  // Busy services are much busier than the rest, as in real life.
  const serviceWeights = services.map((service, index) => [service, 1 / (index + 1)] as const)
  const now = Date.now()
  const started = performance.now()
  const one = (i: number): Omit<Application, 'createdAt' | 'id' | 'updatedAt'> => {
    const service = pick(next, serviceWeights)
    const community = communities[Math.floor(next() * communities.length)]!
    // In 金水区, a share of the cases belong to its civil affairs bureau, as a department's reviewer sees them.
    const own = String(relationId(service.department) ?? departments[0]!.id)
    const department = community.code.startsWith('410105') && next() < 0.4 ? jinshuiCivilAffairs : own
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
      ? new Date(Math.min(now, submitted.getTime() + next() * 2 * DAY_MS))
      : null
    const paused = accepted && next() < 0.1 ? 1 + Math.floor(next() * 5) : 0
    const due = accepted ? addWorkingDays(chinaDate(accepted), promised + paused, calendar) : null
    const finished =
      status === 'completed' && accepted
        ? new Date(Math.min(now, accepted.getTime() + next() * promised * 1.6 * DAY_MS))
        : status === 'rejected' || status === 'withdrawn'
          ? new Date(Math.min(now, submitted.getTime() + next() * DAY_MS))
          : null
    const rating = status === 'completed' && next() < 0.6 ? pick(next, [['5', 60], ['4', 20], ['3', 10], ['2', 6], ['1', 4]] as const) : null
    const followUp = rating && Number(rating) <= 2 ? (next() < 0.5 ? 'open' : 'closed') : null
    const supplement = accepted ? { pausedWorkingDays: paused } : undefined
    return {
      trackingNumber: `YZ${chinaDate(submitted).slice(2).replaceAll('-', '')}${String(i).padStart(8, '0')}`,
      status,
      channel: pick(next, [['web', 70], ['phone', 10], ['counter', 15], ['open311', 5]] as const),
      service: service.id,
      serviceCode: service.code,
      serviceTitle: service.title,
      department,
      promisedDays: promised,
      division: community.id,
      submittedAt: submitted.toISOString(),
      acceptedAt: accepted?.toISOString() ?? null,
      dueDate: due,
      completedAt: finished?.toISOString() ?? null,
      outcome: status === 'completed' ? 'approved' : null,
      resultNote: status === 'completed' ? '经审核，符合办理条件，已为您办结。请携带身份证到社区服务中心领取。' : null,
      supplement,
      // What the workflow stores when it finishes a case, worked out the same way.
      ...(status === 'completed' && accepted && finished
        ? applicationFigures({ acceptedAt: accepted.toISOString(), dueDate: due, supplement }, chinaDate(finished), calendar)
        : {}),
      rating: rating ? { level: rating, ratedAt: finished?.toISOString() ?? null } : undefined,
      followUp: followUp ? { status: followUp, dueDate: shiftDays(chinaDate(finished ?? submitted), 21) } : undefined,
      applicant: { name: '测试居民', idNumber: '410105199001011234', phone: '13800000000' },
      answers: ANSWERS,
    }
  }
  for (let written = 0; written < count; written += BATCH) {
    await withTransaction(payload, async (req) => {
      for (let i = written; i < Math.min(count, written + BATCH); i += 1) {
        await payload.create({
          collection: 'applications',
          data: one(i),
          req,
          depth: 0,
          select: { trackingNumber: true },
          context: { [WORKFLOW_CONTEXT]: true },
        })
      }
    })
    if ((written / BATCH) % 20 === 19) {
      console.error(`已写入 ${written + BATCH} 件（${((performance.now() - started) / 1000).toFixed(0)} 秒）`)
    }
  }
  return count / ((performance.now() - started) / 1000)
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100_000)
  const { payload, reused, close } = await openBenchDatabase('statistics', { keepable: true })
  try {
    let started = performance.now()
    let seededPerSecond: null | number = null
    if (!reused) {
      await seedContent(payload, { demo: true, rebuildPortal: false })
      started = performance.now()
      seededPerSecond = Math.round(await fill(payload, count))
      console.error(`已写入 ${count} 件（${((performance.now() - started) / 1000).toFixed(1)} 秒），开始计时…`)
    }
    const { totalDocs: applications } = await payload.count({ collection: 'applications' })
    // Wall time, and the process's own CPU time: on a shared machine the first shows the load too.
    const results: Record<string, { cpuMs: number[]; medianMs: number; runsMs: number[]; total: number }> = {}
    for (const username of ['admin-city', 'reviewer-district', 'reviewer-street', 'reviewer-community']) {
      const viewer = await demoStaff(payload, username)
      const runsMs: number[] = []
      const cpuMs: number[] = []
      let total = 0
      for (let run = 0; run < 3; run += 1) {
        started = performance.now()
        const cpu = process.cpuUsage()
        total = (await applicationStatistics(payload, viewer)).total
        const used = process.cpuUsage(cpu)
        runsMs.push(Math.round(performance.now() - started))
        cpuMs.push(Math.round((used.user + used.system) / 1000))
      }
      results[username] = { total, runsMs, cpuMs, medianMs: [...runsMs].sort((a, b) => a - b)[1]! }
    }
    console.log(JSON.stringify({ applications, seededPerSecond, results }))
  } finally {
    await close()
  }
}

runCli(main)
