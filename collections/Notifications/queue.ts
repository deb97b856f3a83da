import type { PayloadRequest } from 'payload'

import type { Notification } from '../../cms/payload-types'
import { pseudonym, type RateLimit, rateLimitFromEnv, takeRequest } from '../../cms/lib/rateLimit'
import { smsAdapter } from './sms'

/** Whether email can be sent: SMTP_URL configures Payload's nodemailer adapter. */
const emailConfigured = (): boolean => Boolean(process.env.SMTP_URL?.trim())

/** What a message is about, and the scope fields that decide who may read it. */
type MessageSubject = Partial<Pick<Notification, 'application' | 'appointment' | 'boardThread' | 'correction' | 'department' | 'lifeComplaint' | 'lifeOrder' | 'provider' | 'resident' | 'scope' | 'ticket'>>

/** SMS a resident's actions may have sent to one number (`SMS_PER_PHONE_DAILY_LIMIT=10/86400`). */
const smsPerPhoneLimit = () => rateLimitFromEnv('SMS_PER_PHONE_DAILY_LIMIT', { limit: 10, windowSeconds: 86_400 })

const TIME_UNITS: [seconds: number, name: string][] = [[86_400, '天'], [3600, '小时'], [60, '分钟'], [1, '秒']]

/** A limit in words, such as "每1天10条". */
function describeLimit({ limit, windowSeconds }: RateLimit): string {
  const [seconds, name] = TIME_UNITS.find(([unit]) => windowSeconds % unit === 0)!
  return `每${windowSeconds / seconds}${name}${limit}条`
}

/**
 * Count one resident-triggered SMS to `phone` against the number's cap; false
 * once the cap is reached. Anyone may type any number into a form, so without
 * it the platform could be made to text a stranger at volume.
 */
export async function takeSmsAllowance(req: PayloadRequest, phone: string): Promise<boolean> {
  const decision = await takeRequest(req.payload, `sms:${pseudonym(req.payload, phone)}`, smsPerPhoneLimit(), req)
  return decision.allowed
}

/**
 * What caused a message: a resident's action ('resident') counts against the
 * number's SMS cap; staff work ('staff') does not, nor a message whose
 * allowance the caller has already taken ('counted').
 */
export type MessageCause = 'counted' | 'resident' | 'staff'

/**
 * Write one message to a resident into the outbox, in the caller's
 * transaction, by SMS and (when the resident gave an address and SMTP is
 * configured) by email: the change that calls for it and the duty to send
 * it commit together. Returns whether anything needs sending after the
 * commit (otherwise the SMS waits in the outbox for the city's gateway).
 * An SMS over the number's cap is recorded as not sent, for staff to see.
 */
export async function queueMessage(
  req: PayloadRequest,
  about: MessageSubject,
  { email, message, phone, subject }: { email?: null | string; message: string; phone?: null | string; subject: string },
  cause: MessageCause,
): Promise<boolean> {
  const create = (data: Pick<Notification, 'channel' | 'recipient' | 'status'> & Pick<Partial<Notification>, 'error'>) =>
    req.payload.create({ collection: 'notifications', data: { ...about, ...data, subject, message }, req, depth: 0, select: { createdAt: true } })
  const capped = Boolean(phone) && cause === 'resident' && !(await takeSmsAllowance(req, phone!))
  if (phone && capped) {
    await create({ channel: 'sms', recipient: phone, status: 'capped', error: `该号码由居民操作触发的短信已达上限（${describeLimit(smsPerPhoneLimit())}）` })
  } else if (phone) {
    await create({ channel: 'sms', recipient: phone, status: smsAdapter.send ? 'queued' : 'outbox' })
  }
  const mailTo = email?.trim()
  const mailed = Boolean(mailTo && emailConfigured())
  if (mailed) await create({ channel: 'email', recipient: mailTo!, status: 'queued' })
  return Boolean(phone && !capped && smsAdapter.send) || mailed
}
