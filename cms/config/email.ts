import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * Payload's email through nodemailer when `SMTP_URL` names a mail server
 * (smtp://user:pass@host:587, smtps://… for TLS); `MAIL_FROM` is the sender
 * address. Without SMTP_URL, no email is sent and applicants are told by SMS.
 *
 * This is what @payloadcms/email-nodemailer does; that package is released
 * on its own schedule and Payload refuses to start when its version differs
 * from Payload's by a patch, so the few lines live here instead.
 */
export function emailAdapter(env: Record<string, string | undefined> = process.env): EmailAdapter | undefined {
  const url = env.SMTP_URL?.trim()
  if (!url) return undefined
  const transport = nodemailer.createTransport(url)
  const defaultFromAddress = env.MAIL_FROM?.trim() || 'noreply@yizhan.invalid'
  const defaultFromName = '一站通'
  return () => ({
    name: 'nodemailer',
    defaultFromAddress,
    defaultFromName,
    sendEmail: (message) => transport.sendMail({ from: `"${defaultFromName}" <${defaultFromAddress}>`, ...message }),
  })
}
