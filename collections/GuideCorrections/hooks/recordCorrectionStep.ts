import type { CollectionAfterChangeHook } from 'payload'

import type { GuideCorrection } from '../../../cms/payload-types'
import { requestActorWords } from '../../casework/actorWords'
import { appendCaseEvent } from '../../casework/history'
import { queueMessage } from '../../Notifications/queue'
import { deliverOnCommit } from '../../Notifications/deliver'
import { renderMessage } from '../../Notifications/templates'
import { actionLeadingTo, CORRECTION_WORKFLOW, type CorrectionStatus } from '../workflow'

/**
 * Once a correction is answered or declined: the step goes into its history,
 * and a resident who left a number is told by SMS (template
 * `correction.answered`), queued in the same transaction and sent once it commits.
 */
export const recordCorrectionStep: CollectionAfterChangeHook<GuideCorrection> = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || previousDoc.status === doc.status) return doc
  const status = doc.status as CorrectionStatus
  const action = actionLeadingTo(status)!
  const about = { department: doc.department, scope: doc.scope }
  await appendCaseEvent(
    req,
    'correction-events',
    { correction: doc.id, action, actionLabel: CORRECTION_WORKFLOW[action].label, fromStatus: previousDoc.status, toStatus: status, note: doc.reply, ...about },
    requestActorWords(req),
  )
  // The stored document as read before the update holds the number itself; `doc` is the editor's masked view.
  const phone = previousDoc.phone
  if (phone) {
    const outcome = status === 'answered' ? '已处理' : '经核实未采纳'
    const { subject, text } = await renderMessage(req, 'correction.answered', { guideTitle: doc.guideTitle, outcome, reply: doc.reply ?? '' })
    if (await queueMessage(req, { correction: doc.id, ...about }, { phone, subject, message: text }, 'staff')) deliverOnCommit(req)
  }
  return doc
}
