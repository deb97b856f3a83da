import PostalMime from 'postal-mime'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, describe, expect, it } from 'vitest'

import { deliverQueuedNotifications } from '../../collections/Notifications/deliver'
import { act, createApplication } from '../helpers/applications'
import { useTestPayload } from '../helpers/payload'
import { signedIn } from '../helpers/users'

type Received = { subject: string; text: string; to: string }

/** A real SMTP server on a free port; Payload's mail adapter is pointed at it before Payload starts. */
const received: Received[] = []
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => {
      void PostalMime.parse(Buffer.concat(chunks)).then((email) => {
        received.push({ subject: email.subject ?? '', text: email.text ?? '', to: session.envelope.rcptTo[0]?.address ?? '' })
        callback()
      })
    })
  },
})
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`
process.env.MAIL_FROM = 'noreply@yizhan.test'
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())))

const payload = useTestPayload({ seeded: true })

describe('email notifications', () => {
  it('tells an applicant who gave an email address about each change of state, through SMTP', async () => {
    const reviewer = await signedIn(payload, 'reviewer-community')
    const application = await createApplication(payload)
    await payload.db.updateOne({
      collection: 'applications',
      id: application.id,
      data: { applicant: { ...application.applicant, email: 'resident@example.cn' } },
    })
    await act(payload, application, 'accept', { userId: reviewer.id })
    expect(await deliverQueuedNotifications(payload)).toEqual({ sent: 1, failed: 0 })

    expect(received).toHaveLength(1)
    expect(received[0]!.to).toBe('resident@example.cn')
    expect(received[0]!.subject).toContain('已受理')
    expect(received[0]!.text).toContain(application.trackingNumber)
    expect(received[0]!.text).not.toContain('11010519491231002X')
    const { docs } = await payload.find({
      collection: 'notifications',
      where: { and: [{ application: { equals: application.id } }, { channel: { equals: 'email' } }] },
      depth: 0,
    })
    expect(docs[0]).toMatchObject({ status: 'sent', attempts: 1 })
    // Sent once: a second sweep finds nothing left.
    expect(await deliverQueuedNotifications(payload)).toEqual({ sent: 0, failed: 0 })
  })

  it('keeps a message queued and counts the attempt when the mail server is unreachable', async () => {
    const reviewer = await signedIn(payload, 'reviewer-community')
    const application = await createApplication(payload)
    await payload.db.updateOne({
      collection: 'applications',
      id: application.id,
      data: { applicant: { ...application.applicant, email: 'bounce@example.cn' } },
    })
    await act(payload, application, 'accept', { userId: reviewer.id })
    await new Promise<void>((resolve) => smtp.close(() => resolve()))
    const outcome = await deliverQueuedNotifications(payload)
    expect(outcome.failed).toBe(1)
    const { docs } = await payload.find({
      collection: 'notifications',
      where: { and: [{ application: { equals: application.id } }, { channel: { equals: 'email' } }] },
      depth: 0,
    })
    expect(docs[0]).toMatchObject({ status: 'queued', attempts: 1 })
    expect(docs[0]!.error).toBeTruthy()
  })
})
