import type { PayloadRequest, Where } from 'payload'

import { withTransaction } from '../../../cms/lib/withTransaction'
import { RequestError } from '../../errors'
import { WORKFLOW_CONTEXT } from '../../Applications/hooks/refuseEditsOutsideWorkflow'
import type { JointStatusAnswer } from '../states'
import { findJointCase, jointStatusAnswers } from './jointCase'

/** The one refusal for a joint case (or one of its members) already in another account. */
const claimedElsewhere = () => new RequestError('CLAIMED_ELSEWHERE', '这件事（或其中的某一项申请）已经关联到另一个账号', 409)

/** Records among `ids` that are nobody's yet or already this resident's: only those may be linked. */
const unclaimedOrMine = (ids: string[], residentId: string): Where => ({
  and: [{ id: { in: ids } }, { or: [{ resident: { exists: false } }, { resident: { equals: residentId } }] }],
})

/**
 * Link a joint case named by its number and query code, and every one of its
 * member applications, to the resident's 我的 — all or none, in one
 * transaction. Each write is conditional (nobody's yet, or this resident's),
 * so a record another account took meanwhile rolls the whole claim back.
 */
export async function claimJointCase(req: PayloadRequest, residentId: string, number: string, queryCode: string): Promise<JointStatusAnswer> {
  const jointCase = await findJointCase(req, number, queryCode)
  const memberIds = jointCase.applications.map((member) => (typeof member === 'object' ? member.id : member))
  const claimed = await withTransaction(req.payload, async (tx) => {
    const members = await tx.payload.update({
      collection: 'applications',
      where: unclaimedOrMine(memberIds, residentId),
      data: { resident: residentId },
      depth: 0,
      overrideAccess: true,
      context: { [WORKFLOW_CONTEXT]: true },
      req: tx,
    })
    if (members.errors.length > 0) throw new Error(members.errors[0]!.message)
    if (members.docs.length !== memberIds.length) throw claimedElsewhere()
    const cases = await tx.payload.update({
      collection: 'bundle-cases',
      where: unclaimedOrMine([jointCase.id], residentId),
      data: { resident: residentId },
      depth: 0,
      overrideAccess: true,
      req: tx,
    })
    if (cases.errors.length > 0) throw new Error(cases.errors[0]!.message)
    if (cases.docs.length !== 1) throw claimedElsewhere()
    return cases.docs[0]!
  })
  const [status] = await jointStatusAnswers(req, [claimed])
  return status!
}
