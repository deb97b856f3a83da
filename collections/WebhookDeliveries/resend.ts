import type { Endpoint } from 'payload'

import { afterCommit, withTransaction } from '../../cms/lib/withTransaction'
import { hasRole } from '../access'
import { deliverSoon } from '../DepartmentSystems/lib/deliver'
import { RequestError } from '../errors'
import { answer, handled } from '../endpoints/respond'

/**
 * `POST /api/webhook-deliveries/:id/resend`: 重新发送. An administrator who
 * can see the delivery sends it again now, its retry schedule starting
 * over; the receiver recognises a repeat by the same delivery id.
 */
export const resendEndpoint: Endpoint = {
  path: '/:id/resend',
  method: 'post',
  handler: handled(async (req) => {
    if (!hasRole(req.user, 'admin')) throw new RequestError('FORBIDDEN', '只有系统管理员可以重新发送', 403)
    const { docs } = await req.payload.find({
      collection: 'webhook-deliveries',
      where: { id: { equals: String(req.routeParams?.id ?? '') } },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user: req.user,
    })
    const delivery = docs[0]
    if (!delivery) throw new RequestError('NOT_FOUND', '没有找到这条推送记录', 404)
    const updated = await withTransaction(req.payload, async (tx) => {
      const reset = await tx.payload.update({
        collection: 'webhook-deliveries',
        id: delivery.id,
        data: { status: 'pending', attempts: 0, nextAttemptAt: new Date().toISOString() },
        depth: 0,
        req: tx,
      })
      afterCommit(tx, () => deliverSoon(tx.payload, reset.id))
      return reset
    })
    return answer(req, { id: updated.id, status: updated.status })
  }),
}
