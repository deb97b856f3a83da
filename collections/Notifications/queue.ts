import type { PayloadRequest } from 'payload'

import type { Notification } from '../../cms/payload-types'
import { smsAdapter } from './sms'

/** Whether email can be sent: SMTP_URL configures Payload's nodemailer adapter. */
export const emailConfigured = (): boolean => Boolean(process.env.SMTP_URL?.trim())

/** What a message is about, and the scope fields that decide who may read it. */
export type MessageSubject = Partial<Pick<Notification, 'application' | 'department' | 'scope' | 'ticket'>>

/**
 * Write one message to a resident into the outbox, in the caller's
 * transaction, by SMS and (when the resident gave an address and SMTP is
 * configured) by email: the change that calls for it and the duty to send
 * it commit together. Returns whether anything needs sending after the
 * commit (otherwise the SMS waits in the outbox for the city's gateway).
 */
export async function queueMessage(
  req: PayloadRequest,
  about: MessageSubject,
  { email, message, phone, subject }: { email?: null | string; message: string; phone?: null | string; subject: string },
): Promise<boolean> {
  const create = (data: Pick<Notification, 'channel' | 'recipient' | 'status'>) =>
    req.payload.create({ collection: 'notifications', data: { ...about, ...data, subject, message }, req, depth: 0, select: { createdAt: true } })
  if (phone) await create({ channel: 'sms', recipient: phone, status: smsAdapter.send ? 'queued' : 'outbox' })
  const mailTo = email?.trim()
  const mailed = Boolean(mailTo && emailConfigured())
  if (mailed) await create({ channel: 'email', recipient: mailTo!, status: 'queued' })
  return Boolean(phone && smsAdapter.send) || mailed
}
