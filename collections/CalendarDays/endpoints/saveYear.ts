import type { Endpoint, PayloadRequest } from 'payload'

import { withTransaction } from '../../../cms/lib/withTransaction'
import { assertWellFormed, readBody } from '../../endpoints/readBody'
import { answer, handled, invalid } from '../../endpoints/respond'
import { RequestError } from '../../errors'
import { isCityAdmin } from '../access'
import { forgetWorkingCalendar } from '../load'
import { recountProvisionalDueDates } from '../recompute'
import { checkYear, checkYearDays, planYear, type StoredDay, type YearDay, type YearPlan, yearSpan } from '../yearPlan'

/** The calendar's days a year's entry may touch (its own, and the December before). */
async function storedDays(req: PayloadRequest, year: number): Promise<StoredDay[]> {
  const { first, last } = yearSpan(year)
  const { docs } = await req.payload.find({
    collection: 'calendar-days',
    where: { and: [{ date: { greater_than_equal: first } }, { date: { less_than_equal: last } }] },
    pagination: false,
    depth: 0,
    req,
    select: { date: true, kind: true, name: true },
  })
  return docs.map(({ id, date, kind, name }) => ({ id, date, kind, name }))
}

/** Write the plan in the caller's transaction: add the new days; change and remove the others only when asked. */
async function applyPlan(req: PayloadRequest, plan: YearPlan, replaceExisting: boolean): Promise<void> {
  const common = { req, depth: 0, overrideAccess: false, user: req.user, select: { date: true } }
  for (const day of plan.create) await req.payload.create({ collection: 'calendar-days', data: day, ...common })
  if (!replaceExisting) return
  for (const { before, after } of plan.differ) {
    await req.payload.update({ collection: 'calendar-days', id: before.id, data: { kind: after.kind, name: after.name }, ...common })
  }
  for (const day of plan.extra) await req.payload.delete({ collection: 'calendar-days', id: day.id, ...common })
}

/**
 * `POST /api/calendar-days/year` with `{ year, days: [{ date, kind, name }],
 * replaceExisting?, dryRun? }`, for city administrators: one year of the
 * holiday calendar at once (the 节假日录入 screen). Every day is checked
 * first (422 with each problem, nothing written). New days are added; days
 * the calendar has that differ from the entry, or that the entry lacks, are
 * changed or removed only with `replaceExisting`, else kept. All of it in one
 * transaction; then every open case whose due date was provisional is
 * counted again. `dryRun` answers what would change, writing nothing.
 */
export const saveYearEndpoint: Endpoint = {
  path: '/year',
  method: 'post',
  handler: handled(async (req) => {
    if (!isCityAdmin(req.user)) throw new RequestError('FORBIDDEN', '只有市级系统管理员可以录入节假日安排', 403)
    const body = await readBody(req)
    if (body.multipart) throw new RequestError('UNSUPPORTED_MEDIA_TYPE', '请以 application/json 格式提交', 415)
    const { year, days, replaceExisting = false, dryRun = false } = body.fields
    const yearError = checkYear(year)
    assertWellFormed([
      ...(typeof replaceExisting === 'boolean' ? [] : [{ field: 'replaceExisting', code: 'WRONG_TYPE', message: '“replaceExisting”应为 true 或 false' }]),
      ...(typeof dryRun === 'boolean' ? [] : [{ field: 'dryRun', code: 'WRONG_TYPE', message: '“dryRun”应为 true 或 false' }]),
    ])
    const errors = yearError ? [yearError] : checkYearDays(year as number, days)
    if (errors.length > 0) throw invalid(errors)
    const entered = (days as YearDay[]).map(({ date, kind, name }) => ({ date, kind, name: name.trim() }))
    const plan = await withTransaction(
      req.payload,
      async (tx) => {
        const planned = planYear(year as number, await storedDays(tx, year as number), entered)
        if (!dryRun) await applyPlan(tx, planned, replaceExisting as boolean)
        return planned
      },
      req,
    )
    if (dryRun) return answer(req, { year, dryRun, replaceExisting, plan })
    forgetWorkingCalendar()
    const recounted = await recountProvisionalDueDates(req.payload, req)
    return answer(req, { year, dryRun, replaceExisting, plan, recounted })
  }),
}
