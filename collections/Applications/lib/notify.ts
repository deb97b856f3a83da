import type { PayloadRequest } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { residentDueNote } from '../../CalendarDays/workingDays'
import { type MessageCause, queueMessage } from '../../Notifications/queue'
import { type RenderedMessage, renderMessage } from '../../Notifications/templates'
import { caseScopeOf } from '../fields'
import { OUTCOME_LABELS } from '../states'

/** The message for the state an application has just reached (its 短信模板). No ID numbers, ever. */
function messageFor(req: PayloadRequest, application: Application, note?: null | string): Promise<RenderedMessage> {
  const about = { serviceTitle: application.serviceTitle, trackingNumber: application.trackingNumber }
  switch (application.status) {
    case 'accepted':
      return renderMessage(req, 'application.accepted', { ...about, dueDate: application.dueDate, dueNote: residentDueNote(application.dueDateProvisional) })
    case 'completed':
      return renderMessage(req, 'application.completed', { ...about, outcome: application.outcome ? OUTCOME_LABELS[application.outcome] : '', note })
    case 'rejected':
    case 'supplement':
      return renderMessage(req, `application.${application.status}`, { ...about, note })
    default:
      return renderMessage(req, `application.${application.status}`, about)
  }
}

/** The SMS with a fresh query code the applicant asked for. */
export const queryCodeMessage = (req: PayloadRequest, application: Application, queryCode: string): Promise<RenderedMessage> =>
  renderMessage(req, 'application.queryCode', { serviceTitle: application.serviceTitle, trackingNumber: application.trackingNumber, queryCode })

/**
 * Write the messages for an application's new state into the outbox, in the
 * caller's transaction. Returns whether any need sending after the commit.
 */
export async function queueNotifications(req: PayloadRequest, application: Application, cause: MessageCause, note?: null | string): Promise<boolean> {
  return queueApplicantMessage(req, application, await messageFor(req, application, note), cause)
}

/** Write a message to the applicant (SMS, and email when given) into the outbox, in the caller's transaction. */
export function queueApplicantMessage(req: PayloadRequest, application: Application, { subject, text }: RenderedMessage, cause: MessageCause): Promise<boolean> {
  return queueMessage(req, { application: application.id, ...caseScopeOf(application) }, { subject, message: text, phone: application.applicant.phone, email: application.applicant.email }, cause)
}
