import type { PayloadRequest } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { deliverAfterCommit } from '../../Notifications/deliver'
import { prepareResult } from '../../ResultDocuments/lib/issue'
import type { ApplicationAction } from '../workflow'
import type { Actor } from './history'
import { takeAction } from './transition'

/** The application with every field, unmasked: what the workflow reads. */
export const unmasked = (req: PayloadRequest, id: string) =>
  req.payload.findByID({ collection: 'applications', id, depth: 0, joins: false, showHiddenFields: true, req })

type Step = {
  actor: Actor
  note: string
  requestKey?: string
  /** More to write in the same transaction (a department system's result files), given the application as read there. */
  alongside?: (tx: PayloadRequest, application: Application) => Promise<void>
}

/**
 * Take a staff action on the application `id`, whoever takes it — a
 * reviewer's button or a department's system — with what goes with it: at
 * 准予 the service's result document is drawn before the transaction opens
 * (no lock held while the PDF is drawn) and stored inside it, so it exists
 * exactly when the 办结 does; the notifications leave after the commit.
 */
export async function actOnApplication(req: PayloadRequest, id: string, action: ApplicationAction, { actor, note, requestKey, alongside }: Step): Promise<Application> {
  const result = action === 'approve' ? await prepareResult(req, await unmasked(req, id), note) : null
  // Re-read with every field, unmasked, inside the transaction: the state the action starts from.
  const { application, notify } = await withTransaction(req.payload, async (tx) => {
    const current = await unmasked(tx, id)
    const outcome = await takeAction(tx, current, action, { actor, note, requestKey })
    await result?.store(tx, outcome.application)
    await alongside?.(tx, current)
    return outcome
  }).catch(async (error: unknown) => {
    await result?.discard()
    throw error
  })
  if (notify) deliverAfterCommit(req.payload)
  return application
}
