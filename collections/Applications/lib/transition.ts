import type { PayloadRequest } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { loadWorkingCalendar } from '../../CalendarDays/load'
import { chinaDate, type WorkingCalendar } from '../../CalendarDays/workingDays'
import { caseDeadline, finishedCaseFigures, followUpDeadline, pausedSince } from '../../casework/clock'
import { isBadRating, RATING_LABELS, type RatingLevel } from '../../casework/satisfaction'
import { RequestError } from '../../errors'
import { nextState } from '../../casework/workflow'
import type { ApplicationStatus } from '../states'
import { WORKFLOW_CONTEXT } from '../hooks/refuseEditsOutsideWorkflow'
import { ACTIONS, type ApplicationAction, checkApplicationAction } from '../workflow'
import { type Actor, appendHistory } from './history'
import { queueNotifications } from './notify'

type Patch = Partial<Application>

/** What the statistics count about an application finished on `completedOn`: nothing when it was never accepted. */
export const applicationFigures = (
  application: Pick<Application, 'acceptedAt' | 'dueDate' | 'supplement'>,
  completedOn: string,
  calendar: WorkingCalendar,
): Pick<Patch, 'onTime' | 'workingDaysTaken'> =>
  finishedCaseFigures({ startedAt: application.acceptedAt, dueDate: application.dueDate, pausedWorkingDays: application.supplement?.pausedWorkingDays }, completedOn, calendar)

/** The changes an action makes, besides the state. Dates are counted on the official calendar. */
function patchFor(action: ApplicationAction, application: Application, note: string, calendar: WorkingCalendar, actor: Actor, now: Date): Patch {
  const today = chinaDate(now)
  const at = now.toISOString()
  switch (action) {
    case 'accept':
      return {
        acceptedAt: at,
        ...caseDeadline({ startedAt: at, promisedDays: application.promisedDays }, calendar),
        assignee: actor.userId === undefined ? application.assignee : String(actor.userId),
      }
    case 'requestSupplement':
      return { supplement: { ...application.supplement, note, requestedAt: at, resumeStatus: application.status } }
    case 'supplement': {
      // The days the resident spent on the supplement do not count against the office.
      const paused = (application.supplement?.pausedWorkingDays ?? 0) + pausedSince(application.supplement?.requestedAt ?? at, today, calendar)
      const supplement = { ...application.supplement, pausedWorkingDays: paused }
      return {
        status: application.supplement?.resumeStatus ?? 'accepted',
        ...caseDeadline({ startedAt: application.acceptedAt ?? at, promisedDays: application.promisedDays, pausedWorkingDays: paused }, calendar),
        supplement,
      }
    }
    case 'approve':
    case 'deny':
      return {
        outcome: action === 'approve' ? 'approved' : 'denied',
        resultNote: note,
        completedAt: at,
        ...applicationFigures(application, today, calendar),
      }
    case 'reject':
      // 不予受理 comes before acceptance today; should it ever come after, the case is measured like any finished one.
      return { resultNote: note, completedAt: at, ...applicationFigures(application, today, calendar) }
    case 'withdraw':
      // The resident's own decision, not the office's work: no figures, as for a case never accepted.
      return { completedAt: at }
    case 'closeFollowUp':
      return { followUp: { ...application.followUp, status: 'closed', note, closedAt: at } }
    case 'confirmCommitment':
    case 'refuteCommitment':
      return { commitmentCheck: { ...application.commitmentCheck, status: action === 'confirmCommitment' ? 'confirmed' : 'refuted', note: note || null, checkedAt: at } }
    default:
      return {}
  }
}

/** Update the application and append its history entry, inside the caller's transaction. */
async function record(
  req: PayloadRequest,
  application: Application,
  patch: Patch,
  event: { action: string; actionLabel: string; note: null | string; requestKey?: null | string },
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
  { actor, note = '', requestKey }: { actor: Actor; note?: string; requestKey?: string },
): Promise<TransitionResult> {
  const definition = ACTIONS[action]
  const trimmed = checkApplicationAction(action, application, note)
  const calendar = await loadWorkingCalendar(req.payload, req)
  // `resume` is worked out by the supplement's patch; `same` stays where it is.
  const to = nextState<ApplicationStatus>(definition, application.status)
  const patch: Patch = {
    ...(to ? { status: to } : {}),
    ...patchFor(action, application, trimmed, calendar, actor, new Date()),
  }
  const updated = await record(req, application, patch, { action, actionLabel: definition.label, note: trimmed || null, requestKey }, actor)
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
  const calendar = isBadRating(level) ? await loadWorkingCalendar(req.payload, req) : null
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
