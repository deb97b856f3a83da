import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Application } from '../../cms/payload-types'
import { withTransaction } from '../../cms/lib/withTransaction'
import { WORKFLOW_CONTEXT } from '../../collections/Applications/hooks/refuseEditsOutsideWorkflow'
import { recordRating, takeAction } from '../../collections/Applications/lib/transition'
import type { RatingLevel } from '../../collections/casework/satisfaction'
import {
  type ApplicationStatistics,
  applicationStatistics,
  DURATION_BUCKETS,
} from '../../collections/Applications/statistics/compute'
import type { ApplicationAction } from '../../collections/Applications/workflow'
import { resolveRange } from '../../collections/statistics/shared'
import { useTestPayload } from '../helpers/payload'
import { divisionId, rejection, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

const MARCH = { from: '2026-03-01', to: '2026-03-31' }

type Ids = { communities: Record<string, string>; departments: Record<string, string>; services: { code: string; id: string; title: string }[] }
let ids: Ids
let staffId: string
let serial = 0
/** The cases as the workflow last left them, by the names the set-up gives them. */
const cases: Record<string, Application> = {}

/** A new application as the submit endpoint stores it, submitted at `at` (China time). */
async function submit(options: {
  at: string
  channel: Application['channel']
  community: string
  department?: string
  promisedDays: number
  service: 0 | 1
}): Promise<Application> {
  const service = ids.services[options.service]!
  serial += 1
  return payload.create({
    collection: 'applications',
    data: {
      trackingNumber: `YZ260301${String(serial).padStart(8, '0')}`,
      status: 'submitted',
      channel: options.channel,
      service: service.id,
      serviceCode: service.code,
      serviceTitle: service.title,
      department: ids.departments[options.department ?? 'jinshui-civil-affairs']!,
      promisedDays: options.promisedDays,
      division: ids.communities[options.community]!,
      submittedAt: new Date(options.at).toISOString(),
      applicant: { name: '测试居民', idNumber: '410105199001011234', phone: '13800000000' },
    },
    depth: 0,
    context: { [WORKFLOW_CONTEXT]: true },
  })
}

/** Take a workflow action as if it were `at` (China time); the workflow stamps its own dates. */
async function act(application: Application, action: ApplicationAction, at: string, note = '说明'): Promise<Application> {
  vi.setSystemTime(new Date(at))
  const actor = action === 'supplement' || action === 'withdraw' ? { by: 'resident' as const } : { by: 'staff' as const, userId: staffId }
  return withTransaction(payload, async (req) => (await takeAction(req, application, action, { actor, note })).application)
}

async function rate(application: Application, level: RatingLevel, at: string): Promise<Application> {
  vi.setSystemTime(new Date(at))
  return withTransaction(payload, (req) => recordRating(req, application, level, level <= 2 ? '太慢了' : ''))
}

/** submit → accept → start → approve (or deny), on the given days of March 2026. */
async function complete(application: Application, days: { accept: string; start: string; finish: string }, outcome: 'approve' | 'deny' = 'approve') {
  // Half past midnight in China is the evening before in UTC: dates must be taken in China.
  let current = await act(application, 'accept', `${days.accept}T00:30:00+08:00`)
  current = await act(current, 'startProcessing', `${days.start}T09:30:00+08:00`)
  return act(current, outcome, `${days.finish}T16:00:00+08:00`)
}

const byKey = (counts: { count: number; key: string }[]) => Object.fromEntries(counts.map((item) => [item.key, item.count]))

beforeAll(async () => {
  const services = await payload.find({
    collection: 'services',
    sort: 'code',
    limit: 2,
    depth: 0,
    draft: true,
    select: { code: true, title: true },
  })
  const departments = await payload.find({
    collection: 'departments',
    where: { code: { in: ['jinshui-civil-affairs', 'city-civil-affairs'] } },
    depth: 0,
    select: { code: true },
  })
  const communities: Record<string, string> = {}
  for (const code of ['410105001001', '410105001002', '410105001003', '410105002001']) {
    communities[code] = await divisionId(payload, code)
  }
  ids = {
    services: services.docs.map((doc) => ({ id: doc.id, code: doc.code, title: doc.title })),
    departments: Object.fromEntries(departments.docs.map((doc) => [doc.code, doc.id])),
    communities,
  }
  staffId = (await signedIn(payload, 'reviewer-street')).id

  vi.useFakeTimers({ toFake: ['Date'] })
  try {
    // 经八路街道: seven applications submitted in March 2026.
    const a1 = await submit({ at: '2026-03-01T10:00:00+08:00', channel: 'web', community: '410105001001', service: 0, promisedDays: 5 })
    // Accepted Mon 2 March, due Mon 9 March, completed Fri 6 March: 4 working days, on time.
    cases.a1 = await rate(await complete(a1, { accept: '2026-03-02', start: '2026-03-03', finish: '2026-03-06' }), 5, '2026-03-07T10:00:00+08:00')

    const a2 = await submit({ at: '2026-03-01T11:00:00+08:00', channel: 'phone', community: '410105001002', service: 0, promisedDays: 2 })
    // Due Wed 4 March, completed Mon 9 March: 5 working days, late; rated 非常不满意.
    cases.a2 = await rate(await complete(a2, { accept: '2026-03-02', start: '2026-03-02', finish: '2026-03-09' }, 'deny'), 1, '2026-03-10T10:00:00+08:00')

    const a3 = await submit({ at: '2026-03-01T12:00:00+08:00', channel: 'web', community: '410105001001', service: 0, promisedDays: 10 })
    // Accepted 2 March, supplement asked 3 March and given 5 March (2 working days paused),
    // completed Tue 10 March: 6 working days less 2 = 4, on time.
    let a3Now = await act(a3, 'accept', '2026-03-02T09:00:00+08:00')
    a3Now = await act(a3Now, 'requestSupplement', '2026-03-03T09:00:00+08:00', '请补充户口簿')
    a3Now = await act(a3Now, 'supplement', '2026-03-05T20:00:00+08:00')
    a3Now = await act(a3Now, 'startProcessing', '2026-03-06T09:00:00+08:00')
    a3Now = await act(a3Now, 'approve', '2026-03-10T15:00:00+08:00')
    cases.a3 = await rate(a3Now, 3, '2026-03-11T10:00:00+08:00')

    const a4 = await submit({ at: '2026-03-02T10:00:00+08:00', channel: 'counter', community: '410105001002', service: 1, promisedDays: 5 })
    cases.a4 = await act(a4, 'reject', '2026-03-03T10:00:00+08:00', '不属于本事项')

    await submit({ at: '2026-03-20T10:00:00+08:00', channel: 'web', community: '410105001001', service: 0, promisedDays: 5 })

    // Another department's case: still processing, long overdue.
    const a6 = await submit({
      at: '2026-03-01T13:00:00+08:00',
      channel: 'open311',
      community: '410105001003',
      service: 1,
      promisedDays: 5,
      department: 'city-civil-affairs',
    })
    cases.a6 = await act(await act(a6, 'accept', '2026-03-02T09:00:00+08:00'), 'startProcessing', '2026-03-02T10:00:00+08:00')

    const a7 = await submit({ at: '2026-03-03T10:00:00+08:00', channel: 'web', community: '410105001001', service: 1, promisedDays: 5 })
    cases.a7 = await act(a7, 'withdraw', '2026-03-04T10:00:00+08:00')

    // Before March: outside the range, but its open follow-up still needs doing.
    const a8 = await submit({ at: '2025-12-15T09:00:00+08:00', channel: 'web', community: '410105001001', service: 0, promisedDays: 5 })
    await rate(await complete(a8, { accept: '2025-12-15', start: '2025-12-15', finish: '2025-12-17' }), 2, '2025-12-18T10:00:00+08:00')

    // 花园路街道: two cases the 经八路 reviewer must not count.
    const b1 = await submit({ at: '2026-03-01T10:00:00+08:00', channel: 'web', community: '410105002001', service: 0, promisedDays: 5 })
    cases.b1 = await rate(await complete(b1, { accept: '2026-03-02', start: '2026-03-02', finish: '2026-03-20' }), 1, '2026-03-21T10:00:00+08:00')
    const b2 = await submit({ at: '2026-03-01T10:00:00+08:00', channel: 'phone', community: '410105002001', service: 1, promisedDays: 5 })
    await act(b2, 'accept', '2026-03-02T09:00:00+08:00')
  } finally {
    vi.useRealTimers()
  }
})

afterEach(() => {
  vi.useRealTimers()
})

describe('the figures a finished case keeps', () => {
  it('stores the working days taken and whether it was on time when a case is approved or denied', () => {
    // Approved: accepted Mon 2 March, completed Fri 6 March, due Mon 9 March.
    expect(cases.a1).toMatchObject({ status: 'completed', workingDaysTaken: 4, onTime: true })
    // Denied after its due date (Wed 4 March), on Mon 9 March.
    expect(cases.a2).toMatchObject({ status: 'completed', outcome: 'denied', workingDaysTaken: 5, onTime: false })
    // Six working days less the two the resident spent on the supplement; the due date moved with them.
    expect(cases.a3).toMatchObject({ workingDaysTaken: 4, onTime: true, supplement: { pausedWorkingDays: 2 } })
    expect(cases.b1).toMatchObject({ workingDaysTaken: 14, onTime: false })
  })

  it('stores nothing for a case never accepted, withdrawn or still open', () => {
    for (const name of ['a4', 'a7', 'a6']) {
      expect(cases[name]?.workingDaysTaken ?? null, name).toBeNull()
      expect(cases[name]?.onTime ?? null, name).toBeNull()
    }
    expect(cases.a4?.status).toBe('rejected')
    expect(cases.a7?.status).toBe('withdrawn')
  })
})

describe('application statistics', () => {
  let street: ApplicationStatistics
  beforeAll(async () => {
    street = await applicationStatistics(payload, await signedIn(payload, 'reviewer-street'), MARCH)
  })

  it('counts a street reviewer’s applications by status and channel, only within the range', () => {
    expect(street.scope).toMatchObject({ code: '410105001000', level: 'street', name: '经八路街道', department: null })
    expect(street.range).toEqual(MARCH)
    expect(street.total).toBe(7)
    expect(byKey(street.byStatus)).toEqual({
      submitted: 1,
      accepted: 0,
      rejected: 1,
      processing: 1,
      supplement: 0,
      completed: 3,
      withdrawn: 1,
    })
    expect(byKey(street.byChannel)).toEqual({ web: 4, phone: 1, counter: 1, open311: 1 })
    expect(street.byStatus.find((item) => item.key === 'completed')?.label).toBe('已办结')
  })

  it('counts by service, busiest first, and by community below the street', () => {
    expect(street.byService.map((item) => [item.label, item.count])).toEqual([
      [ids.services[0]!.title, 4],
      [ids.services[1]!.title, 3],
    ])
    expect(street.byDivision.level).toBe('community')
    expect(street.byDivision.items.map((item) => [item.label, item.count])).toEqual([
      ['纬五路社区', 4],
      ['经七路社区', 2],
      ['省府社区', 1],
    ])
  })

  it('works out the on-time rate and the average working days on the official calendar, supplement time excluded', () => {
    expect(street.timeliness).toMatchObject({ finished: 3, onTime: 2, overdueOpen: 1 })
    expect(street.timeliness.onTimeRate).toBeCloseTo(2 / 3)
    expect(street.duration.finished).toBe(3)
    expect(street.duration.averageWorkingDays).toBeCloseTo((4 + 5 + 4) / 3)
    expect(street.duration.distribution.map((item) => item.label)).toEqual(DURATION_BUCKETS.map((bucket) => bucket.label))
    expect(street.duration.distribution.find((item) => item.label === '4–5 天')?.count).toBe(3)
    expect(street.duration.distribution.reduce((sum, item) => sum + item.count, 0)).toBe(3)
  })

  it('sums up satisfaction over the five levels, and counts every open follow-up in scope', () => {
    expect(byKey(street.satisfaction.levels)).toEqual({ 5: 1, 4: 0, 3: 1, 2: 0, 1: 1 })
    expect(street.satisfaction.levels.map((item) => item.label)).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意'])
    expect(street.satisfaction).toMatchObject({ rated: 3, satisfied: 2, openFollowUps: 2 })
    expect(street.satisfaction.satisfiedRate).toBeCloseTo(2 / 3)
  })

  it('never counts another street’s applications', async () => {
    const other = await applicationStatistics(payload, await signedIn(payload, 'reviewer-street-b'), MARCH)
    expect(other.scope.name).toBe('花园路街道')
    expect(other.total).toBe(2)
    expect(byKey(other.byStatus)).toMatchObject({ completed: 1, accepted: 1 })
    expect(other.timeliness).toMatchObject({ finished: 1, onTime: 0, overdueOpen: 1 })
    // 2 March to 20 March 2026: 14 working days.
    expect(other.duration.averageWorkingDays).toBe(14)
    expect(other.satisfaction).toMatchObject({ rated: 1, satisfied: 0, openFollowUps: 1 })
    expect(other.byDivision.items.map((item) => [item.label, item.count])).toEqual([
      ['花园路社区', 2],
      ['农科路社区', 0],
      ['纬一路社区', 0],
    ])
  })

  it('limits a reviewer with a department to that department’s cases', async () => {
    const district = await applicationStatistics(payload, await signedIn(payload, 'reviewer-district'), MARCH)
    expect(district.scope).toMatchObject({ name: '金水区', level: 'district' })
    expect(district.scope.department).toBeTruthy()
    // Everything in 金水区 in March except the city department's case.
    expect(district.total).toBe(8)
    expect(district.timeliness.overdueOpen).toBe(1)
    expect(district.byDivision.items.find((item) => item.label === '经八路街道')?.count).toBe(6)
    expect(district.byDivision.items.find((item) => item.label === '花园路街道')?.count).toBe(2)
  })

  it('shows the city the whole picture by district, by default over the last twelve months', async () => {
    const city = await signedIn(payload, 'admin-city')
    const march = await applicationStatistics(payload, city, MARCH)
    expect(march.total).toBe(9)
    expect(march.byDivision.level).toBe('district')
    expect(march.byDivision.items.find((item) => item.label === '金水区')?.count).toBe(9)
    expect(march.byDivision.items.reduce((sum, item) => sum + item.count, 0)).toBe(9)

    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-21T12:00:00+08:00'))
    const lastYear = await applicationStatistics(payload, city, {})
    vi.useRealTimers()
    expect(lastYear.range).toEqual({ from: '2025-11-22', to: '2026-11-21' })
    expect(lastYear.total).toBe(10)
    expect(lastYear.duration.finished).toBe(5)
  })

  it('refuses staff who do not handle applications', async () => {
    const editor = await signedIn(payload, 'editor-street')
    expect((await rejection(applicationStatistics(payload, editor, MARCH))).status).toBe(403)
  })
})

describe('the statistics range', () => {
  it('defaults to twelve whole months up to today and ignores dates that do not exist', () => {
    expect(resolveRange({}, '2026-11-21')).toEqual({ from: '2025-11-22', to: '2026-11-21' })
    expect(resolveRange({ from: '2026-02-30', to: '2026-03-31' }, '2026-11-21')).toEqual({ from: '2025-04-01', to: '2026-03-31' })
    expect(resolveRange({ from: '2026-04-01', to: '2026-03-01' })).toEqual({ from: '2026-03-01', to: '2026-04-01' })
    expect(resolveRange({}, '2024-02-29')).toEqual({ from: '2023-03-01', to: '2024-02-29' })
  })
})
