import type { Payload } from 'payload'

import type { Application } from '../../cms/payload-types'
import { withTransaction } from '../../cms/lib/withTransaction'
import { WORKFLOW_CONTEXT } from '../../collections/Applications/hooks/refuseEditsOutsideWorkflow'
import { takeAction } from '../../collections/Applications/lib/transition'
import type { ApplicationAction } from '../../collections/Applications/workflow'
import { relationId } from '../../collections/relations'
import { divisionId } from './users'

let sequence = 0

/**
 * An application as the submit endpoint stores it, straight through the Local
 * API, for tests about what happens after submission.
 */
export async function createApplication(
  payload: Payload,
  {
    applicant = { name: '张三', idNumber: '11010519491231002X', phone: '13800138000' },
    divisionCode = '410105001001',
    serviceCode = '030502',
  }: { applicant?: Application['applicant']; divisionCode?: string; serviceCode?: string } = {},
): Promise<Application> {
  const { docs } = await payload.find({ collection: 'services', where: { code: { equals: serviceCode } }, depth: 0, limit: 1 })
  const service = docs[0]!
  sequence += 1
  return payload.create({
    collection: 'applications',
    data: {
      trackingNumber: `YZ${String(Date.now()).slice(-6)}${String(sequence).padStart(8, '0')}`,
      status: 'submitted',
      channel: 'web',
      service: service.id,
      serviceCode: service.code,
      serviceTitle: service.title,
      department: String(relationId(service.department)),
      promisedDays: service.promisedDays,
      division: await divisionId(payload, divisionCode),
      submittedAt: new Date().toISOString(),
      applicant,
      answers: {},
    },
    depth: 0,
    context: { [WORKFLOW_CONTEXT]: true },
  })
}

/** Take a workflow action as a staff member (or the resident), in its own transaction. */
export const act = (
  payload: Payload,
  application: Application,
  action: ApplicationAction,
  { note = '', userId }: { note?: string; userId?: number | string } = {},
) =>
  withTransaction(payload, async (req) => {
    const current = await payload.findByID({ collection: 'applications', id: application.id, depth: 0, req })
    const actor = userId === undefined ? { by: 'resident' as const } : { by: 'staff' as const, userId }
    return (await takeAction(req, current, action, { actor, note })).application
  })
