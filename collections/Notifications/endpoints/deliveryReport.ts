import type { Endpoint, Where } from 'payload'

import { gatewayClient } from '../../ApiClients/gateway'
import { scopeWhere } from '../../access'
import { RequestError } from '../../errors'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import { answer, handled, invalid } from '../../endpoints/respond'

const DELIVERY_STATUSES = ['delivered', 'failed'] as const
type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

/** A report's time: ISO 8601 with a time zone, or now when the gateway gives none. */
function reportedAt(at: string): null | string {
  if (!at) return new Date().toISOString()
  const time = /T.*(Z|[+-]\d\d:?\d\d)$/.test(at) ? Date.parse(at) : Number.NaN
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

/**
 * `POST /api/notifications/delivery-report`: the SMS gateway reports whether
 * a message reached the phone, `{ id | messageId, status: delivered|failed,
 * at, error? }` — `id` the platform's notification id, `messageId` the id the
 * gateway answered when it took the message. The message keeps the last
 * report: 送达 or 未送达, when, and why not. Needs an API key granted
 * 短信送达回执 for writing; messages outside the key's division are not found.
 */
export const deliveryReportEndpoint: Endpoint = {
  path: '/delivery-report',
  method: 'post',
  handler: handled(async (req) => {
    const client = gatewayClient(req, 'notifications')
    const { fields } = await readBody(req)
    const errors: Parameters<typeof textField>[2] = []
    const [id, messageId, status, at, error] = [
      textField(fields, 'id', errors, 100).trim(),
      textField(fields, 'messageId', errors, 200).trim(),
      textField(fields, 'status', errors, 20).trim(),
      textField(fields, 'at', errors, 40).trim(),
      textField(fields, 'error', errors, 1000).trim(),
    ]
    assertWellFormed(errors)
    if (!id && !messageId) errors.push({ field: 'id', code: 'REQUIRED', message: '请用 id（平台的通知编号）或 messageId（网关的消息编号）指明是哪条短信' })
    if (!(DELIVERY_STATUSES as readonly string[]).includes(status)) errors.push({ field: 'status', code: 'UNKNOWN_STATUS', message: 'status 只能是 delivered（送达）或 failed（未送达）' })
    const deliveredAt = reportedAt(at)
    if (!deliveredAt) errors.push({ field: 'at', code: 'DATE_FORMAT', message: 'at 应为带时区的 ISO 8601 时间，例如 2026-12-06T10:00:00+08:00' })
    if (errors.length) throw invalid(errors)

    const which: Where = id ? { id: { equals: id } } : { gatewayId: { equals: messageId } }
    const { docs } = await req.payload.find({
      collection: 'notifications',
      where: { and: [which, { channel: { equals: 'sms' } }, scopeWhere(client) || { id: { exists: false } }] },
      depth: 0,
      limit: 1,
      pagination: false,
      select: { createdAt: true },
    })
    if (!docs[0]) throw new RequestError('NOT_FOUND', '没有找到这条短信，或它不在这个 API 密钥的辖区内', 404)
    const updated = await req.payload.update({
      collection: 'notifications',
      id: docs[0].id,
      data: { deliveryStatus: status as DeliveryStatus, deliveredAt, deliveryError: status === 'failed' ? error.slice(0, 200) || null : null },
      depth: 0,
      select: { deliveryStatus: true, deliveredAt: true },
    })
    return answer(req, { id: updated.id, deliveryStatus: updated.deliveryStatus, deliveredAt: updated.deliveredAt })
  }),
}
