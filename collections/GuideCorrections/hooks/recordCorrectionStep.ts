import type { CollectionAfterChangeHook } from 'payload'

import type { GuideCorrection } from '../../../cms/payload-types'
import { requestActorWords } from '../../casework/actorWords'
import { appendCaseEvent } from '../../casework/history'
import { queueMessage } from '../../Notifications/queue'
import { CORRECTION_ANSWER_SUBJECT, correctionAnsweredText } from '../message'
import { actionLeadingTo, CORRECTION_WORKFLOW, type CorrectionStatus } from '../workflow'

/**
 * Once a correction is answered or declined: the step goes into its history,
 * and a resident who left a number is told by SMS, in the same transaction
 * (the outbox is delivered by the scheduled task or the city's gateway).
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
    const message = correctionAnsweredText({ guideTitle: doc.guideTitle, reply: doc.reply ?? '', status })
    await queueMessage(req, { correction: doc.id, ...about }, { phone, subject: CORRECTION_ANSWER_SUBJECT, message }, 'staff')
  }
  return doc
}
