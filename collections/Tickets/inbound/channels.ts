import type { Endpoint, PayloadRequest } from 'payload'

import { residentDueNote } from '../../CalendarDays/workingDays'
import type { ApiClient, Ticket } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { deliverAfterCommit } from '../../Notifications/deliver'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import { isActiveClient } from '../../access'
import { RequestError } from '../../errors'
import { handled, invalid } from '../../endpoints/respond'
import { isEmailAddress } from '../../validation/identity'
import { queueMessage } from '../../Notifications/queue'
import { isPhoneNumber } from '../../Persons/options'
import { relationId } from '../../relations'
import { MAX_TICKET_CONTENT, TICKET_STATUS_LABELS } from '../states'

type Channel = 'email' | 'sms'
const SUMMARY_LENGTH = 40

/** A gateway must call with an API key granted writing work orders. */
function gatewayClient(req: PayloadRequest) {
  const client = req.user
  if (!isActiveClient(client)) throw new RequestError('UNAUTHENTICATED', '请用接入系统的 API 密钥调用（Authorization: api-clients API-Key …）', 401)
  if (!client.collections?.includes('tickets') || client.mode !== 'readWrite') {
    throw new RequestError('FORBIDDEN', '这个 API 密钥没有创建工单的权限', 403)
  }
  return client as typeof client & Pick<ApiClient, 'division'>
}

const answer = (ticket: Pick<Ticket, 'id' | 'number' | 'status'>, duplicate: boolean) =>
  Response.json({ id: ticket.id, number: ticket.number, status: ticket.status, statusLabel: TICKET_STATUS_LABELS[ticket.status], duplicate }, { status: duplicate ? 200 : 201 })

const existing = async (req: PayloadRequest, externalId: string) =>
  (await req.payload.find({ collection: 'tickets', where: { externalId: { equals: externalId } }, depth: 0, limit: 1, pagination: false, select: { number: true, status: true } })).docs[0]

/**
 * `POST /api/tickets/inbound/sms` and `/inbound/email`: an SMS or email
 * gateway hands over one inbound message (`messageId`, `from`, `text`, and
 * for email `subject` and `name`). It becomes a work order in the client's
 * division, and the acknowledgement with the order number is queued to the
 * sender — together, once: the same `messageId` again answers 200 with the
 * order already made (`duplicate: true`), however many retries race.
 */
function inboundEndpoint(channel: Channel): Endpoint {
  return {
    path: `/inbound/${channel}`,
    method: 'post',
    handler: handled(async (req) => {
      const client = gatewayClient(req)
      const { fields } = await readBody(req)
      const errors: Parameters<typeof textField>[2] = []
      const messageId = textField(fields, 'messageId', errors, 200).trim()
      const from = textField(fields, 'from', errors, 200).trim()
      const text = textField(fields, 'text', errors, 100_000).trim()
      const subject = textField(fields, 'subject', errors, 200).trim()
      const name = textField(fields, 'name', errors, 50).trim()
      assertWellFormed(errors)
      if (!messageId) errors.push({ field: 'messageId', code: 'REQUIRED', message: '缺少消息编号 messageId' })
      if (channel === 'sms' ? !isPhoneNumber(from) : !isEmailAddress(from)) {
        errors.push({ field: 'from', code: 'SENDER_FORMAT', message: channel === 'sms' ? '发信号码应为手机号码' : '发件地址不是有效的电子邮箱' })
      }
      if (!text) errors.push({ field: 'text', code: 'REQUIRED', message: '消息内容为空' })
      if (text.length > MAX_TICKET_CONTENT) errors.push({ field: 'text', code: 'TOO_LONG', message: `消息内容超过 ${MAX_TICKET_CONTENT} 字` })
      if (errors.length) throw invalid(errors)

      const externalId = `${channel}:${messageId}`
      const seen = await existing(req, externalId)
      if (seen) return answer(seen, true)
      try {
        const { notify, ticket } = await withTransaction(
          req.payload,
          async (tx) => {
            const created = await tx.payload.create({
              collection: 'tickets',
              data: {
                channel,
                kind: 'consultation',
                caller: channel === 'sms' ? { phone: from, name: name || null } : { email: from, name: name || null },
                summary: (subject || text).slice(0, SUMMARY_LENGTH),
                content: text,
                division: String(relationId(client.division as never)),
                externalId,
              } as never,
              depth: 0,
              req: tx,
            })
            const message = `【一站通】您的诉求已收到，工单编号${created.number}，我们将在${created.dueDate}前答复${residentDueNote(created.dueDateProvisional)}。`
            // The sender is whoever the gateway says: the acknowledgement counts against the number's SMS cap.
            const reply = channel === 'sms' ? { phone: from, subject: '诉求已受理', message } : { email: from, subject: '诉求已受理', message }
            const notify = await queueMessage(tx, { ticket: created.id, scope: created.scope }, reply, 'resident')
            return { notify, ticket: created }
          },
          req,
        )
        if (notify) deliverAfterCommit(req.payload)
        return answer(ticket, false)
      } catch (error) {
        // A retry that raced this one made the order first: answer with it.
        const raced = await existing(req, externalId)
        if (raced) return answer(raced, true)
        throw error
      }
    }),
  }
}

export const inboundEndpoints: Endpoint[] = [inboundEndpoint('sms'), inboundEndpoint('email')]
