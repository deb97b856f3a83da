import type { PayloadRequest } from 'payload'

import type { Resident } from '../../cms/payload-types'
import { deliverOnCommit } from '../Notifications/deliver'
import { queueMessage } from '../Notifications/queue'
import { renderMessage } from '../Notifications/templates'
import type { MessageEvent, MessageVariables } from '../SmsTemplates/events'

/** Text a resident about what staff did on the board (their post, their report, their membership), in the caller's transaction; nothing when they left no phone. */
export async function tellResident<E extends MessageEvent>(req: PayloadRequest, residentId: number | string, event: E, variables: MessageVariables<E>): Promise<void> {
  const resident = (await req.payload.findByID({ collection: 'residents', id: residentId, depth: 0, overrideAccess: true, showHiddenFields: true, select: { phone: true }, req })) as Resident
  if (!resident?.phone) return
  const { subject, text } = await renderMessage(req, event, variables)
  if (await queueMessage(req, { resident: resident.id }, { phone: resident.phone, subject, message: text }, 'staff')) deliverOnCommit(req)
}
