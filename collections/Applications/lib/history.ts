import type { PayloadRequest } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { type ActorWords, PLATFORM_NAME, staffWords } from '../../casework/actorWords'
import { appendCaseEvent, type CaseEvent } from '../../casework/history'
import { caseScopeOf } from '../fields'

/** Who took a step on an application: a staff member, the applicant, or the platform. */
export type Actor = { by: 'resident' | 'staff' | 'system'; userId?: number | string }

/** The actor in words: a staff member by name and unit, the applicant, or the platform. */
const actorWords = (req: PayloadRequest, actor: Actor): Promise<ActorWords> | ActorWords =>
  actor.userId !== undefined ? staffWords(req, actor.userId) : { actorName: actor.by === 'resident' ? '申请人' : PLATFORM_NAME, actorUnit: null }

/** A reviewer's call to the applicant (reviewing/contactEndpoint.ts): a note for staff, left out of what the resident sees (statusAnswer.ts). */
export const CONTACT_ACTION = 'contact'

type HistoryEntry = CaseEvent<Application['status']> & { actor: Actor }

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

