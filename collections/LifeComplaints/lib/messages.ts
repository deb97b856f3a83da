import type { PayloadRequest } from 'payload'

import type { LifeComplaint, LifeOrder } from '../../../cms/payload-types'
import { residentDueNote } from '../../CalendarDays/workingDays'
import { deliverOnCommit } from '../../Notifications/deliver'
import { type MessageCause, queueMessage } from '../../Notifications/queue'
import { renderMessage } from '../../Notifications/templates'
import { relationId } from '../../relations'
import { LIFE_COMPLAINTS } from '../states'

/** The order's number, for the messages. */
async function orderNumberOf(req: PayloadRequest, complaint: LifeComplaint): Promise<string> {
  const order = complaint.order
  if (order && typeof order === 'object') return order.number
  const found = (await req.payload.findByID({ collection: 'life-orders', id: relationId(order)!, depth: 0, select: { number: true }, overrideAccess: true, req })) as Pick<LifeOrder, 'number'>
  return found.number
}

/** The complainant's number as stored (a staff member's own copy of the complaint shows it masked). */
async function complainantPhone(req: PayloadRequest, complaint: LifeComplaint): Promise<null | string | undefined> {
  const stored = await req.payload.findByID({ collection: LIFE_COMPLAINTS, id: complaint.id, depth: 0, select: { complainant: true }, overrideAccess: true, showHiddenFields: true, req })
  return stored.complainant?.phone
}

/** Queue an SMS to the complainant about `complaint`, in `req`'s transaction; sent after the commit. */
async function textComplainant(req: PayloadRequest, complaint: LifeComplaint, message: { subject: string; text: string }, cause: MessageCause): Promise<void> {
  const phone = await complainantPhone(req, complaint)
  const resident = relationId(complaint.resident) ?? null
  if (await queueMessage(req, { lifeComplaint: complaint.id, resident: resident as never, scope: complaint.scope }, { phone, subject: message.subject, message: message.text }, cause)) deliverOnCommit(req)
}

/** The complaint is received: its number and due date. A resident's own complaint counts against the number's SMS cap. */
export async function tellReceived(req: PayloadRequest, complaint: LifeComplaint): Promise<void> {
  const orderNumber = await orderNumberOf(req, complaint)
  const message = await renderMessage(req, 'lifeComplaint.received', {
    number: complaint.number,
    orderNumber,
    dueDate: complaint.dueDate,
    dueNote: residentDueNote(complaint.dueDateProvisional),
  })
  await textComplainant(req, complaint, message, complaint.channel === 'portal' ? 'resident' : 'staff')
}

/** The complaint is closed: the result, in the words staff wrote. */
export async function tellClosed(req: PayloadRequest, complaint: LifeComplaint): Promise<void> {
  const message = await renderMessage(req, 'lifeComplaint.closed', { number: complaint.number, orderNumber: await orderNumberOf(req, complaint), result: complaint.result })
  await textComplainant(req, complaint, message, 'staff')
}
