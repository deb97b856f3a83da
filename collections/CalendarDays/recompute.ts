import type { Payload, PayloadRequest, TaskConfig, Where } from 'payload'

import type { Application, Ticket } from '../../cms/payload-types'
import { withTransaction } from '../../cms/lib/withTransaction'
import { WORKFLOW_CONTEXT } from '../Applications/hooks/refuseEditsOutsideWorkflow'
import { appendHistory } from '../Applications/lib/history'
import { OPEN_STATUSES } from '../Applications/states'
import { isActiveStaff } from '../access'
import { caseDeadline, followUpDeadline } from '../casework/clock'
import { appendTicketEvent } from '../Tickets/lib/events'
import { TICKET_WORKFLOW_CONTEXT } from '../Tickets/hooks/recordEdits'
import { dueDateFor } from '../Tickets/lib/dueDate'
import { OPEN_TICKET_STATUSES, type TicketKind } from '../Tickets/states'
import { forgetWorkingCalendar, loadWorkingCalendar } from './load'
import type { Deadline } from './workingDays'

/** Cases counted again per transaction: short enough not to hold the database for long. */
const BATCH_SIZE = 100

/** Cases whose date or mark changed, and of those, how many are no longer provisional. */
type Counted = { changed: number; cleared: number }

type Before = { dueDate?: null | string; dueDateProvisional?: boolean | null }

const unchanged = (before: Before, after: Deadline) => before.dueDate === after.dueDate && Boolean(before.dueDateProvisional) === after.dueDateProvisional

/** What changed, in the history's words. */
const changeNote = (what: string, before: Before, after: Deadline) =>
  before.dueDate === after.dueDate
    ? `节假日安排已录入，${what}${after.dueDate}不变，不再暂定`
    : `节假日安排已录入，${what}由${before.dueDate ?? '无'}改为${after.dueDate}${after.dueDateProvisional ? '（仍为暂定）' : ''}`

type Pass<T> = {
  collection: 'applications' | 'tickets'
  /** The open cases whose date is provisional. */
  where: Where
  /** Count the case's date again; store it with a history entry when it changed. Null when nothing changed. */
  recount: (req: PayloadRequest, doc: T) => Promise<Deadline | null>
}

/**
 * Walk every case `where` selects, a batch per transaction, counting each
 * date again. A case that stays provisional (its year still not entered) is
 * not selected again in this run.
 */
async function recountAll<T extends { id: number | string }>(payload: Payload, pass: Pass<T>, on?: PayloadRequest): Promise<Counted> {
  const counted: Counted = { changed: 0, cleared: 0 }
  const stillProvisional: (number | string)[] = []
  for (;;) {
    const done = await withTransaction(
      payload,
      async (req) => {
        const where: Where = stillProvisional.length > 0 ? { and: [pass.where, { id: { not_in: stillProvisional } }] } : pass.where
        const { docs } = await payload.find({ collection: pass.collection, where, limit: BATCH_SIZE, depth: 0, pagination: false, showHiddenFields: true, req })
        for (const doc of docs as unknown as T[]) {
          const after = await pass.recount(req, doc)
          if (after) counted.changed += 1
          if (!after || after.dueDateProvisional) stillProvisional.push(doc.id)
          else counted.cleared += 1
        }
        return docs.length < BATCH_SIZE
      },
      on,
    )
    if (done) return counted
  }
}

const applicationActor = (req: PayloadRequest) =>
  isActiveStaff(req.user) ? { by: 'staff' as const, userId: req.user!.id } : { by: 'system' as const }

const updateApplication = (req: PayloadRequest, application: Application, data: Partial<Application>) =>
  req.payload.update({ collection: 'applications', id: application.id, data, req, depth: 0, select: { status: true }, context: { [WORKFLOW_CONTEXT]: true } })

/** An open application's due date, counted again from acceptance (the workflow's own rule). */
async function recountApplication(req: PayloadRequest, application: Application): Promise<Deadline | null> {
  const clock = { startedAt: application.acceptedAt ?? application.createdAt, promisedDays: application.promisedDays, pausedWorkingDays: application.supplement?.pausedWorkingDays }
  const after = caseDeadline(clock, await loadWorkingCalendar(req.payload, req))
  if (unchanged(application, after)) return null
  await updateApplication(req, application, after)
  await appendHistory(req, application, {
    action: 'recountDueDate',
    actionLabel: '重新计算应办结日期',
    actor: applicationActor(req),
    fromStatus: application.status,
    toStatus: application.status,
    note: changeNote('应办结日期', application, after),
  })
  return after
}

/** A bad rating's open follow-up, counted again from the rating. */
async function recountFollowUp(req: PayloadRequest, application: Application): Promise<Deadline | null> {
  const after = followUpDeadline(application.rating?.ratedAt ?? application.updatedAt, await loadWorkingCalendar(req.payload, req))
  if (unchanged(application.followUp ?? {}, after)) return null
  await updateApplication(req, application, { followUp: { ...application.followUp, ...after } })
  await appendHistory(req, application, {
    action: 'recountFollowUpDueDate',
    actionLabel: '重新计算整改期限',
    actor: applicationActor(req),
    fromStatus: application.status,
    toStatus: application.status,
    note: changeNote('整改期限', application.followUp ?? {}, after),
  })
  return after
}

/** An open work order's due date, counted again from its receipt by its time limit (a dispatch rule's, or its kind's). */
async function recountTicket(req: PayloadRequest, ticket: Ticket): Promise<Deadline | null> {
  const after = await dueDateFor(req, ticket.kind as TicketKind, new Date(ticket.receivedAt ?? ticket.createdAt), ticket.timeLimitDays)
  if (unchanged(ticket, after)) return null
  await req.payload.update({ collection: 'tickets', id: ticket.id, data: after, req, depth: 0, select: { status: true }, context: { [TICKET_WORKFLOW_CONTEXT]: true } })
  await appendTicketEvent(req, ticket, {
    action: 'recountDueDate',
    actionLabel: '重新计算应办结日期',
    fromStatus: ticket.status,
    toStatus: ticket.status,
    note: changeNote('应办结日期', ticket, after),
  })
  return after
}

type RecountReport = { applications: Counted; followUps: Counted; tickets: Counted }

/**
 * Count again every open case whose due date is provisional, on the
 * calendar as it is now: after an administrator entered a year, those in
 * that year get their real date and lose the 暂定 mark. Each case's
 * history says what changed. `on` is the administrator's request (the
 * history names them); without it, the platform.
 */
export async function recountProvisionalDueDates(payload: Payload, on?: PayloadRequest): Promise<RecountReport> {
  forgetWorkingCalendar()
  const applications = await recountAll<Application>(
    payload,
    { collection: 'applications', where: { and: [{ dueDateProvisional: { equals: true } }, { status: { in: OPEN_STATUSES } }] }, recount: recountApplication },
    on,
  )
  const followUps = await recountAll<Application>(
    payload,
    { collection: 'applications', where: { and: [{ 'followUp.dueDateProvisional': { equals: true } }, { 'followUp.status': { equals: 'open' } }] }, recount: recountFollowUp },
    on,
  )
  const tickets = await recountAll<Ticket>(
    payload,
    { collection: 'tickets', where: { and: [{ dueDateProvisional: { equals: true } }, { status: { in: OPEN_TICKET_STATUSES } }] }, recount: recountTicket },
    on,
  )
  return { applications, followUps, tickets }
}

/**
 * Every hour: catches a year entered without the year screen (one day at a
 * time in the list, or by the seed from a newer chinese-days package).
 */
export const recountDueDatesTask: TaskConfig<{ input: object; output: object }> = {
  slug: 'recountProvisionalDueDates',
  label: '重新计算暂定的办理期限',
  schedule: [{ cron: '0 23 * * * *', queue: 'default' }],
  concurrency: { key: () => 'recount-due-dates', exclusive: true, supersedes: true },
  retries: 0,
  handler: async ({ req }) => {
    await recountProvisionalDueDates(req.payload)
    return { output: {} }
  },
}
