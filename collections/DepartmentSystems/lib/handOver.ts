import type { CollectionAfterChangeHook, Payload, PayloadRequest, Where } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { afterCommit } from '../../../cms/lib/withTransaction'
import { caseScopeOf } from '../../Applications/fields'
import { relationId } from '../../relations'
import type { WebhookEvent } from '../../WebhookDeliveries/states'
import { deliverSoon } from './deliver'
import { departmentSystemOf } from './systems'

/** The departments whose own systems handle their applications instead of the platform's reviewers. */
export async function departmentsHandledElsewhere(payload: Payload, req?: PayloadRequest): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'department-systems', where: { mode: { equals: 'instead' } }, depth: 0, pagination: false, select: { department: true }, req })
  return docs.map((system) => String(relationId(system.department)))
}

/** Applications the platform's reviewers handle: those of departments that hand theirs to their own systems instead are left out. */
export async function reviewersShare(payload: Payload, req?: PayloadRequest): Promise<null | Where> {
  const elsewhere = await departmentsHandledElsewhere(payload, req)
  return elsewhere.length > 0 ? { department: { not_in: elsewhere } } : null
}

/**
 * Record a webhook message about `application` for its department's
 * system in `req`'s transaction (the outbox), and send it once that
 * commits: an application rolled back is never announced. Nothing when the
 * department hands nothing over.
 */
export async function handOver(req: PayloadRequest, application: Application, event: WebhookEvent): Promise<void> {
  const system = await departmentSystemOf(req.payload, application.department)
  if (!system) return
  const delivery = await req.payload.create({
    collection: 'webhook-deliveries',
    data: { application: application.id, event, status: 'pending', attempts: 0, nextAttemptAt: new Date().toISOString(), ...caseScopeOf(application) },
    req,
    depth: 0,
    select: { status: true },
  })
  afterCommit(req, () => deliverSoon(req.payload, delivery.id))
}

/**
 * afterChange of applications: a new application, and one coming back from
 * 需补正 (the resident's supplement is the only way out of that state), go
 * to the department's own system when it has one.
 */
export const handOverToDepartmentSystem: CollectionAfterChangeHook<Application> = async ({ doc, operation, previousDoc, req }) => {
  if (operation === 'create') await handOver(req, doc, 'application.submitted')
  else if (previousDoc?.status === 'supplement' && doc.status !== 'supplement') await handOver(req, doc, 'application.supplemented')
  return doc
}
