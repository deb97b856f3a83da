import type { Endpoint, PayloadRequest } from 'payload'

import { RequestError } from '../../errors'
import { hasRole } from '../../access'
import { HANDLING_ROLES } from '../access'
import { countQueues } from '../../casework/queues'
import { departmentSystemOf } from '../../DepartmentSystems/lib/systems'
import { queueFilters } from '../lib/queues'
import { actOnApplication } from '../lib/act'
import { ACTIONS, isApplicationAction } from '../workflow'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import { answer, handled } from '../../endpoints/respond'

/** The signed-in case worker, or a 403 for anyone else. */
export function requireCaseWorker(req: PayloadRequest) {
  if (!hasRole(req.user, ...HANDLING_ROLES)) throw new RequestError('FORBIDDEN', '只有审核人员可以办理申请', 403)
  return req.user!
}

/**
 * `POST /api/applications/:id/actions` with `{ action, note }`: the admin's
 * buttons. The application must be visible to the signed-in case worker
 * (same row filter as everywhere), and the workflow table must allow the
 * action from its current state.
 */
export const actionEndpoint: Endpoint = {
  path: '/:id/actions',
  method: 'post',
  handler: handled(async (req) => {
    const user = requireCaseWorker(req)
    const body = await readBody(req)
    const errors: Parameters<typeof textField>[2] = []
    const action = textField(body.fields, 'action', errors, 40)
    const note = textField(body.fields, 'note', errors, 2000)
    assertWellFormed(errors)
    if (!isApplicationAction(action) || ACTIONS[action].by !== 'staff') {
      throw new RequestError('UNKNOWN_ACTION', '没有这个办理操作', 400)
    }
    const { docs } = await req.payload.find({
      collection: 'applications',
      where: { id: { equals: String(req.routeParams?.id ?? '') } },
      limit: 1,
      depth: 0,
      joins: false,
      pagination: false,
      overrideAccess: false,
      user,
    })
    const visible = docs[0]
    if (!visible) throw new RequestError('NOT_FOUND', '没有找到这件申请，或它不在您负责的范围内', 404)
    const system = await departmentSystemOf(req.payload, visible.department)
    if (system?.mode === 'instead') throw new RequestError('HANDLED_BY_DEPARTMENT_SYSTEM', `这件申请由“${system.name}”办理，请在该系统中操作`, 409)
    // The visible copy lacks the hidden fields and masks the applicant's: the action reads the application again, unmasked.
    const application = await actOnApplication(req, visible.id, action, { actor: { by: 'staff', userId: user.id }, note })
    return answer(req, { id: application.id, status: application.status, dueDate: application.dueDate ?? null, dueDateProvisional: Boolean(application.dueDateProvisional) })
  }),
}

/** `GET /api/applications/queues`: the reviewer's queues with counts in their scope. */
export const queuesEndpoint: Endpoint = {
  path: '/queues',
  method: 'get',
  handler: handled(async (req) => {
    const user = requireCaseWorker(req)
    const queues = await countQueues(req.payload, 'applications', user, await queueFilters(req.payload, user.id!, req))
    return answer(req, { queues })
  }),
}
