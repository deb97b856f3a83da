import type { PayloadRequest } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { loadWorkingCalendar } from '../../CalendarDays/load'
import { chinaDate, deadline, type Deadline, workingDaysBetween, type WorkingCalendar } from '../../CalendarDays/workingDays'
import { RequestError } from '../../errors'
import { type ActorWords, PLATFORM_NAME, staffWords } from '../../fields/actorWords'
import { caseScopeOf } from '../fields'
import { WORKFLOW_CONTEXT } from '../hooks/refuseEditsOutsideWorkflow'
import { BAD_RATING_MAX, FOLLOW_UP_WORKING_DAYS, RATING_LABELS, type RatingLevel, STATUS_LABELS } from '../states'
import { ACTIONS, type ApplicationAction, isOpenTo } from '../workflow'
import { queueNotifications } from './notify'

type Patch = Partial<Application>
type Actor = { by: 'resident' | 'staff' | 'system'; userId?: number | string }

/**
 * What the statistics count about a case the office finished after accepting
 * it, stored once when it finishes so they never have to read the case again:
 * the working days from acceptance to completion on the official calendar,
 * less those the resident spent on a supplement, and whether the completion
 * date (in China) was on or before the due date. Nothing for a case that was
 * never accepted: it has no clock to measure.
 */
export function finishedCaseFigures(
  application: Pick<Application, 'acceptedAt' | 'dueDate' | 'supplement'>,
  completedOn: string,
  calendar: WorkingCalendar,
): Pick<Patch, 'onTime' | 'workingDaysTaken'> {
  if (!application.acceptedAt) return {}
  const accepted = chinaDate(new Date(application.acceptedAt))
  const paused = application.supplement?.pausedWorkingDays ?? 0
  const due = application.dueDate
  return {
    workingDaysTaken: Math.max(0, workingDaysBetween(accepted, completedOn, calendar) - paused),
    onTime: due ? completedOn <= due : false,
  }
}

/**
 * An accepted case's due date: its promised working days from the day of
 * acceptance, moved on by the working days the resident spent on supplements.
 * Provisional when counted into a year whose holidays are not entered yet.
 */
export function applicationDeadline(
  application: Pick<Application, 'promisedDays' | 'supplement'> & { acceptedAt: string },
  calendar: WorkingCalendar,
): Deadline {
  const paused = application.supplement?.pausedWorkingDays ?? 0
  return deadline(chinaDate(new Date(application.acceptedAt)), application.promisedDays + paused, calendar)
}

/** A bad rating's follow-up: due FOLLOW_UP_WORKING_DAYS working days after the rating. */
export const followUpDeadline = (ratedAt: string, calendar: WorkingCalendar): Deadline =>
  deadline(chinaDate(new Date(ratedAt)), FOLLOW_UP_WORKING_DAYS, calendar)

/** The changes an action makes, besides the state. Dates are counted on the official calendar. */
function patchFor(action: ApplicationAction, application: Application, note: string, calendar: WorkingCalendar, actor: Actor, now: Date): Patch {
  const today = chinaDate(now)
  const at = now.toISOString()
  switch (action) {
    case 'accept':
      return {
        acceptedAt: at,
        ...deadline(today, application.promisedDays, calendar),
        assignee: actor.userId === undefined ? application.assignee : String(actor.userId),
      }
    case 'requestSupplement':
      return { supplement: { ...application.supplement, note, requestedAt: at, resumeStatus: application.status } }
    case 'supplement': {
      // The days the resident spent on the supplement do not count against the office.
      const requested = chinaDate(new Date(application.supplement?.requestedAt ?? at))
      const paused = (application.supplement?.pausedWorkingDays ?? 0) + workingDaysBetween(requested, today, calendar)
      const supplement = { ...application.supplement, pausedWorkingDays: paused }
      return {
        status: application.supplement?.resumeStatus ?? 'accepted',
        ...applicationDeadline({ acceptedAt: application.acceptedAt ?? at, promisedDays: application.promisedDays, supplement }, calendar),
        supplement,
      }
    }
    case 'approve':
    case 'deny':
      return {
        outcome: action === 'approve' ? 'approved' : 'denied',
        resultNote: note,
        completedAt: at,
        ...finishedCaseFigures(application, today, calendar),
      }
    case 'reject':
      // 不予受理 comes before acceptance today; should it ever come after, the case is measured like any finished one.
      return { resultNote: note, completedAt: at, ...finishedCaseFigures(application, today, calendar) }
    case 'withdraw':
      // The resident's own decision, not the office's work: no figures, as for a case never accepted.
      return { completedAt: at }
    case 'closeFollowUp':
      return { followUp: { ...application.followUp, status: 'closed', note, closedAt: at } }
    default:
      return {}
  }
}

/** The actor in words: a staff member by name and unit, the applicant, or the platform. */
const actorWords = (req: PayloadRequest, actor: Actor): Promise<ActorWords> | ActorWords =>
  actor.userId !== undefined ? staffWords(req, actor.userId) : { actorName: actor.by === 'resident' ? '申请人' : PLATFORM_NAME, actorUnit: null }

type HistoryEntry = {
  action: string
  actionLabel: string
  actor: Actor
  fromStatus?: Application['status'] | null
  note?: null | string
  toStatus: Application['status']
}

/** Append one entry to an application's history, inside the caller's transaction. */
export async function appendHistory(
  req: PayloadRequest,
  application: Pick<Application, 'department' | 'id' | 'scope'>,
  { actor, ...entry }: HistoryEntry,
): Promise<void> {
  await req.payload.create({
    collection: 'application-events',
    data: {
      application: application.id,
      ...entry,
      actor: actor.userId === undefined ? null : String(actor.userId),
      by: actor.by,
      ...(await actorWords(req, actor)),
      ...caseScopeOf(application),
    },
    req,
    depth: 0,
    // Nothing is read back: the whole entry would only cost time inside the transaction.
    select: { createdAt: true },
  })
}

/** Update the application and append its history entry, inside the caller's transaction. */
async function record(
  req: PayloadRequest,
  application: Application,
  patch: Patch,
  event: { action: string; actionLabel: string; note: null | string },
  actor: Actor,
): Promise<Application> {
  const updated = await req.payload.update({
    collection: 'applications',
    id: application.id,
    data: patch,
    req,
    depth: 0,
    // The applicant's full phone, not the masked one a reviewer reads: the notifications go to it.
    showHiddenFields: true,
    context: { [WORKFLOW_CONTEXT]: true },
  })
  await appendHistory(req, application, { ...event, actor, fromStatus: application.status, toStatus: updated.status })
  return updated
}

type TransitionResult = { application: Application; notify: boolean }

/**
 * Take a workflow action on an application, in the caller's transaction:
 * refuse it when the table does not allow it from the current state or a
 * required note is missing, then change the state, append the history entry
 * and queue the applicant's notifications, together.
 */
export async function takeAction(
  req: PayloadRequest,
  application: Application,
  action: ApplicationAction,
  { actor, note = '' }: { actor: Actor; note?: string },
): Promise<TransitionResult> {
  const definition = ACTIONS[action]
  if (!isOpenTo(action, application)) {
    throw new RequestError(
      'ILLEGAL_TRANSITION',
      `状态为“${STATUS_LABELS[application.status]}”的申请不能“${definition.label}”`,
      409,
    )
  }
  const trimmed = note.trim()
  if (definition.noteRequired && !trimmed) {
    throw new RequestError('NOTE_REQUIRED', `请填写${definition.noteLabel ?? '说明'}`, 422, {
      errors: [{ field: 'note', code: 'REQUIRED', message: `请填写${definition.noteLabel ?? '说明'}` }],
    })
  }
  const calendar = await loadWorkingCalendar(req.payload, req)
  const patch: Patch = {
    ...(definition.to === 'resume' ? {} : { status: definition.to }),
    ...patchFor(action, application, trimmed, calendar, actor, new Date()),
  }
  const updated = await record(req, application, patch, { action, actionLabel: definition.label, note: trimmed || null }, actor)
  // A resident's own action (withdraw, supplement) counts against the number's SMS cap.
  const cause = actor.by === 'resident' ? 'resident' : 'staff'
  const notify = updated.status !== application.status ? await queueNotifications(req, updated, cause, trimmed || null) : false
  return { application: updated, notify }
}

/**
 * The resident's one rating of a completed application. A bad rating opens a
 * follow-up due in 15 working days, which supervisors see in their queue.
 */
export async function recordRating(
  req: PayloadRequest,
  application: Application,
  level: RatingLevel,
  comment: string,
): Promise<Application> {
  if (application.status !== 'completed') {
    throw new RequestError('NOT_COMPLETED', '办结以后才能评价', 409)
  }
  if (application.rating?.level) throw new RequestError('ALREADY_RATED', '这件申请已经评价过了，每件只能评价一次', 409)
  const now = new Date()
  const bad = level <= BAD_RATING_MAX
  const calendar = bad ? await loadWorkingCalendar(req.payload, req) : null
  const patch: Patch = {
    rating: { level: String(level) as NonNullable<Application['rating']>['level'], comment: comment || null, ratedAt: now.toISOString() },
    ...(calendar
      ? { followUp: { status: 'open', ...followUpDeadline(now.toISOString(), calendar) } }
      : {}),
  }
  return record(
    req,
    application,
    patch,
    { action: 'rate', actionLabel: `评价：${RATING_LABELS[level]}`, note: comment || null },
    { by: 'resident' },
  )
}
