import type { Payload } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { loadWorkingCalendar } from '../../../collections/CalendarDays/load'
import { addWorkingDays, chinaDate, type WorkingCalendar } from '../../../collections/CalendarDays/workingDays'
import { WORKFLOW_CONTEXT } from '../../../collections/Applications/hooks/refuseEditsOutsideWorkflow'
import { type ApplicationStatus, OPEN_STATUSES } from '../../../collections/Applications/states'
import { BAD_RATING_MAX, FOLLOW_UP_WORKING_DAYS } from '../../../collections/casework/satisfaction'
import { relationId } from '../../../collections/relations'
import { randomSource, type RandomSource, sampleApplicant } from './applicants'
import { listCommunities } from '../../../collections/Divisions/lookup'

const DAY_MS = 24 * 60 * 60 * 1000

/** Shares of each state in a year's applications: most are finished, about a third still open. */
const STATUS_SHARES: [ApplicationStatus, number][] = [
  ['submitted', 12],
  ['accepted', 8],
  ['processing', 12],
  ['supplement', 4],
  ['completed', 56],
  ['rejected', 4],
  ['withdrawn', 4],
]
/** What a typical form's answers hold, so a row is as wide as a real one. */
const SAMPLE_ANSWERS = {
  reason: '本人因工作需要申请办理此事项，相关材料已按办事指南要求准备齐全，请予审核。',
  address: '河南省郑州市金水区经八路街道纬五路社区某小区3号楼2单元501室',
  contactTime: '工作日上午',
  agreed: true,
}
const RATING_SHARES: [NonNullable<NonNullable<Application['rating']>['level']>, number][] = [
  ['5', 60],
  ['4', 25],
  ['3', 10],
  ['2', 3],
  ['1', 2],
]

type Reference = {
  calendar: WorkingCalendar
  communities: string[]
  reviewers: string[]
  /** Each online service with its weight: the n-th is applied for about 1/n as often as the first. */
  services: (readonly [Service, number])[]
}

type Service = { code: string; department: string; id: string; promisedDays: number; title: string }

async function loadReference(payload: Payload): Promise<Reference> {
  const [services, communities, reviewers, calendar] = await Promise.all([
    payload.find({
      collection: 'services',
      where: { and: [{ kind: { equals: 'online' } }, { _status: { equals: 'published' } }] },
      pagination: false,
      depth: 0,
      sort: 'code',
      select: { code: true, title: true, department: true, promisedDays: true },
    }),
    listCommunities(payload),
    payload.find({ collection: 'users', where: { roles: { contains: 'reviewer' } }, pagination: false, depth: 0 }),
    loadWorkingCalendar(payload),
  ])
  if (!services.docs.length || !communities.length) throw new Error('数据库中没有网上办理事项或社区：请先写入内容')
  return {
    calendar,
    communities: communities.map((division) => division.id),
    reviewers: reviewers.docs.map((user) => String(user.id)),
    services: services.docs.map((service, rank) => [
      {
        id: service.id,
        code: service.code,
        title: service.title,
        department: String(relationId(service.department)),
        promisedDays: service.promisedDays ?? 20,
      },
      1 / (rank + 1),
    ]),
  }
}

type NewApplication = Omit<Application, 'createdAt' | 'id' | 'updatedAt'>

/**
 * Application number `number` of a year's worth: a few services much more
 * often than the rest, every community, the states in STATUS_SHARES with the
 * dates each state implies (open cases recent, some past their due date;
 * finished ones across the year, a share rated). All submitted before today,
 * so their tracking numbers (date and `number`) never meet a new submit's.
 */
function sampleApplication(number: number, random: RandomSource, reference: Reference, now: number): NewApplication {
  const service = random.weighted(reference.services)
  const status = random.weighted(STATUS_SHARES)
  const open = OPEN_STATUSES.includes(status)
  // Open cases from the last six weeks, mostly the last few days; closed ones from the past year.
  const daysAgo = open ? 1 + Math.floor(42 * random.next() ** 2) : 1 + random.int(365)
  const submitted = now - daysAgo * DAY_MS - random.int(DAY_MS)
  const at = (instant: number) => new Date(Math.min(instant, now)).toISOString()
  const accepted = submitted + random.int(2 * DAY_MS)
  const acceptedDate = chinaDate(new Date(accepted))
  const dueDate = addWorkingDays(acceptedDate, service.promisedDays, reference.calendar)
  const completed = accepted + Math.floor(random.next() * service.promisedDays * DAY_MS)
  const base: NewApplication = {
    trackingNumber: `YZ${chinaDate(new Date(submitted)).slice(2).replaceAll('-', '')}${String(number).padStart(8, '0')}`,
    status,
    channel: 'web',
    service: service.id,
    serviceCode: service.code,
    serviceTitle: service.title,
    department: service.department,
    promisedDays: service.promisedDays,
    division: random.pick(reference.communities),
    submittedAt: at(submitted),
    applicant: sampleApplicant(random),
    answers: SAMPLE_ANSWERS,
  }
  const assignee = reference.reviewers.length ? random.pick(reference.reviewers) : null
  switch (status) {
    case 'submitted':
      return base
    case 'withdrawn':
      return { ...base, completedAt: at(submitted + random.int(DAY_MS)) }
    case 'rejected':
      return { ...base, completedAt: at(accepted), resultNote: '申请材料不符合受理条件' }
    case 'accepted':
    case 'processing':
      return { ...base, assignee, acceptedAt: at(accepted), dueDate }
    case 'supplement':
      return {
        ...base,
        assignee,
        acceptedAt: at(accepted),
        dueDate,
        supplement: { note: '请补充上传户口簿本人页', requestedAt: at(accepted + DAY_MS), resumeStatus: 'processing', pausedWorkingDays: 0 },
      }
    case 'completed': {
      const outcome = random.next() < 0.92 ? 'approved' : 'denied'
      const done = { ...base, assignee, acceptedAt: at(accepted), dueDate, completedAt: at(completed), outcome } as const
      if (random.next() >= 0.3) return done
      const level = random.weighted(RATING_SHARES)
      const ratedAt = completed + random.int(3 * DAY_MS)
      const rating = { level, ratedAt: at(ratedAt), comment: null }
      if (Number(level) > BAD_RATING_MAX) return { ...done, rating }
      // A bad rating opens a follow-up; older ones have been dealt with.
      const followUpDue = addWorkingDays(chinaDate(new Date(ratedAt)), FOLLOW_UP_WORKING_DAYS, reference.calendar)
      return {
        ...done,
        rating,
        followUp:
          followUpDue >= chinaDate(new Date(now))
            ? { status: 'open', dueDate: followUpDue }
            : { status: 'closed', dueDate: followUpDue, closedAt: at(ratedAt + 5 * DAY_MS), note: '已回访' },
      }
    }
  }
}

export type SeedApplicationsReport = {
  /** How many applications the table held afterwards. */
  total: number
  written: number
  seconds: number
  perSecond: number
}

/**
 * Write `count` realistic applications through the Local API, as the
 * workflow does (its context, every hook and validation), `batchSize` to a
 * transaction. `onProgress` hears the running total after each transaction.
 */
export async function seedApplications(
  payload: Payload,
  count: number,
  { batchSize = 500, onProgress }: { batchSize?: number; onProgress?: (written: number, seconds: number) => void } = {},
): Promise<SeedApplicationsReport> {
  const reference = await loadReference(payload)
  // Numbered after those already there, so seeding twice adds more rather than clashing.
  const { totalDocs: before } = await payload.count({ collection: 'applications' })
  const random = randomSource(20_260_101 + before)
  const now = Date.now()
  const started = performance.now()
  for (let first = 0; first < count; first += batchSize) {
    const size = Math.min(batchSize, count - first)
    await withTransaction(payload, async (req) => {
      for (let index = first; index < first + size; index += 1) {
        await payload.create({
          collection: 'applications',
          data: sampleApplication(before + index, random, reference, now),
          req,
          depth: 0,
          select: { trackingNumber: true },
          context: { [WORKFLOW_CONTEXT]: true },
        })
      }
    })
    onProgress?.(first + size, (performance.now() - started) / 1000)
  }
  const seconds = (performance.now() - started) / 1000
  const { totalDocs } = await payload.count({ collection: 'applications' })
  return { total: totalDocs, written: count, seconds, perSecond: count / seconds }
}
