import type { PayloadRequest } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { type ActorWords, PLATFORM_NAME, staffWords } from '../../casework/actorWords'
import { appendCaseEvent, type CaseEvent } from '../../casework/history'
import { caseScopeOf } from '../fields'

/**
 * Who took a step on an application: a staff member, the applicant, the
 * platform, or a department's own system (`by: 'system'` with its name and
 * department in `words`).
 */
export type Actor = { by: 'resident' | 'staff' | 'system'; userId?: number | string; words?: ActorWords }

/** The actor in words: a staff member by name and unit, a department system by its own, the applicant, or the platform. */
const actorWords = (req: PayloadRequest, actor: Actor): Promise<ActorWords> | ActorWords => {
  if (actor.userId !== undefined) return staffWords(req, actor.userId)
  return actor.words ?? { actorName: actor.by === 'resident' ? '申请人' : PLATFORM_NAME, actorUnit: null }
}

/** A reviewer's call to the applicant (reviewing/contactEndpoint.ts): a note for staff, left out of what the resident sees (statusAnswer.ts). */
export const CONTACT_ACTION = 'contact'

/** One entry; `requestKey` names the department system's request that took the step (its Idempotency-Key). */
type HistoryEntry = CaseEvent<Application['status']> & { actor: Actor; requestKey?: null | string }

/** Append one entry to an application's history, inside the caller's transaction. */
export const appendHistory = (
  req: PayloadRequest,
  application: Pick<Application, 'department' | 'id' | 'scope'>,
  { actor, ...entry }: HistoryEntry,
): Promise<void> =>
  appendCaseEvent(
    req,
    'application-events',
    { application: application.id, ...entry, actor: actor.userId === undefined ? null : String(actor.userId), by: actor.by, ...caseScopeOf(application) },
    actorWords(req, actor),
  )

