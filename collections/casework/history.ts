import type { PayloadRequest } from 'payload'

import type { ActorWords } from './actorWords'

/**
 * A case's append-only history: one entry per step — what, from which state
 * to which, the note, and who, in words stored on the entry (casework's
 * readers may not read staff accounts). Each kind has its own history
 * collection; its entries link to the case and carry the case's scope.
 */

/** The history collections, one per kind of case. */
export type CaseEventCollection = 'application-events' | 'correction-events' | 'life-complaint-events' | 'life-order-events' | 'provider-events' | 'ticket-events'

/** One step, as every kind records it; the kind adds the link to its case, the acting party and the scope. */
export type CaseEvent<State extends string> = {
  action: string
  actionLabel: string
  fromStatus?: null | State
  note?: null | string
  toStatus: State
}

/** Append one entry to a case's history, inside the caller's transaction. */
export async function appendCaseEvent(
  req: PayloadRequest,
  collection: CaseEventCollection,
  entry: CaseEvent<string> & Record<string, unknown>,
  words: ActorWords | Promise<ActorWords>,
): Promise<void> {
  await req.payload.create({
    collection,
    // The kind's own fields (its case, the party, the scope) are its to get right; the collection validates them.
    data: { ...entry, ...(await words) } as never,
    req,
    depth: 0,
    // Nothing is read back: the whole entry would only cost time inside the transaction.
    select: { createdAt: true },
  })
}
