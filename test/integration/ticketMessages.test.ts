import { describe, expect, it } from 'vitest'

import { deliverQueuedNotifications } from '../../collections/Notifications/deliver'
import { smsAdapter } from '../../collections/Notifications/sms'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { createTicket, ticketAction } from '../helpers/tickets'
import { divisionId } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

const messagesOf = async (ticketId: string) =>
  (await payload.find({ collection: 'notifications', where: { ticket: { equals: ticketId } }, sort: 'createdAt', depth: 0, pagination: false })).docs

const desk = (body: Record<string, unknown>) => callEndpoint(payload, { collection: 'tickets', path: '/desk', username: 'agent-community', body })

describe('messages to a work order’s caller', () => {
  it('tell the caller the number and due date at 受理, the reply at 办结 and the call-back, and nothing in between', async () => {
    const ticket = await createTicket(payload)
    const [received] = await messagesOf(ticket.id)
    expect(received).toMatchObject({ channel: 'sms', recipient: '13700001111', status: 'outbox', subject: '诉求已受理' })
    expect(received!.message).toBe(`【一站通】您的诉求已收到，工单编号${ticket.number}，我们将在${ticket.dueDate}前答复。`)

    await ticketAction(payload, 'agent-community', ticket.id, { action: 'dispatch', division: await divisionId(payload, '410105001000') })
    await ticketAction(payload, 'reviewer-street', ticket.id, { action: 'accept' })
    await ticketAction(payload, 'reviewer-street', ticket.id, { action: 'reply', note: '已联系供电部门更换灯泡，当晚恢复照明' })
    // The handler's reply waits for the desk, which may send it back.
    expect(await messagesOf(ticket.id)).toHaveLength(1)
    await ticketAction(payload, 'agent-community', ticket.id, { action: 'close' })
    await ticketAction(payload, 'agent-community', ticket.id, { action: 'callBackFailed' })
    await ticketAction(payload, 'agent-community', ticket.id, { action: 'callBack', satisfaction: '4' })
    expect((await messagesOf(ticket.id)).map((message) => message.message)).toEqual([
      received!.message,
      `【一站通】您的工单${ticket.number}已办结。答复：已联系供电部门更换灯泡，当晚恢复照明 如有疑问请拨打12345。`,
      `【一站通】我们就工单${ticket.number}给您回访，电话未接通。如对办理结果有意见，请拨打12345。`,
      `【一站通】感谢您接受工单${ticket.number}的回访，您的评价“满意”已记录。如与您的意见不符，请拨打12345。`,
    ])
  })

  it('answer an order the desk answers directly, filed at the desk in one step', async () => {
    const response = await desk({
      caller: { name: '李先生', phone: '13900002222' },
      kind: 'consultation',
      summary: '居住证需要什么材料',
      content: '想问办居住证需要带什么材料',
      division: await divisionId(payload, '410105001001'),
      then: 'answerDirectly',
      note: '带身份证和租房合同到社区服务中心办理',
    })
    const { id, number } = (await response.json()) as { id: string; number: string }
    const messages = await messagesOf(id)
    expect(messages.map((message) => message.message)).toEqual([expect.stringContaining(`工单编号${number}`), `【一站通】您的工单${number}已办结。答复：带身份证和租房合同到社区服务中心办理 如有疑问请拨打12345。`])
    // Staff work: not counted against the number's cap for residents' messages.
    expect(messages.every((message) => message.status === 'outbox')).toBe(true)
  })

  it('tell a caller who asked for confidentiality only the number and that there is news', async () => {
    const ticket = await createTicket(payload, { kind: 'consultation', caller: { name: '匿名', phone: '13600003333', confidential: true } })
    await ticketAction(payload, 'agent-community', ticket.id, { action: 'answerDirectly', note: '举报的商户已由市场监管部门查处' })
    const messages = (await messagesOf(ticket.id)).map((message) => message.message)
    const contentFree = `【一站通】您的工单${ticket.number}有新进展，详情请拨打12345查询。`
    expect(messages).toEqual([contentFree, contentFree])
  })

  it('send nothing to a caller who left no phone or email', async () => {
    const ticket = await createTicket(payload, { caller: { name: '来访群众' } })
    expect(await messagesOf(ticket.id)).toEqual([])
  })
})

describe('SMS delivery reports', () => {
  const report = async (body: Record<string, unknown>, apiKey: string) => {
    const { user } = await payload.auth({ headers: new Headers({ Authorization: `api-clients API-Key ${apiKey}` }) })
    return callEndpoint(payload, { collection: 'notifications', path: '/delivery-report', ...(user ? { as: user as never } : { anonymous: true }), body })
  }

  it('keep whether each message reached the phone, by the gateway’s id or the platform’s', async () => {
    await payload.create({
      collection: 'api-clients',
      data: { name: '短信网关', division: await divisionId(payload, '410100000000'), collections: ['notifications'], mode: 'readWrite', enableAPIKey: true, apiKey: 'sms-report-key-0001' } as never,
    })
    const sent: string[] = []
    smsAdapter.send = async (to) => {
      sent.push(to)
      return `GW-${sent.length}`
    }
    try {
      const ticket = await createTicket(payload, { caller: { name: '王女士', phone: '13700004444' } })
      await deliverQueuedNotifications(payload)
      const [message] = await messagesOf(ticket.id)
      expect(message).toMatchObject({ status: 'sent', gatewayId: expect.stringMatching(/^GW-\d+$/) })

      const delivered = await report({ messageId: message!.gatewayId, status: 'delivered', at: '2026-12-06T10:00:05+08:00' }, 'sms-report-key-0001')
      expect(delivered.status).toBe(200)
      expect(await delivered.json()).toEqual({ id: message!.id, deliveryStatus: 'delivered', deliveredAt: '2026-12-06T02:00:05.000Z' })

      expect((await report({ id: message!.id, status: 'failed', error: '用户关机' }, 'sms-report-key-0001')).status).toBe(200)
      expect(await payload.findByID({ collection: 'notifications', id: message!.id, depth: 0 })).toMatchObject({ deliveryStatus: 'failed', deliveryError: '用户关机', deliveredAt: expect.any(String) })
    } finally {
      delete smsAdapter.send
    }
  })

  it('refuse a wrong key, a key without the grant, an unknown message and a malformed report', async () => {
    await payload.create({
      collection: 'api-clients',
      data: { name: '工单网关', division: await divisionId(payload, '410100000000'), collections: ['tickets'], mode: 'readWrite', enableAPIKey: true, apiKey: 'tickets-only-key-0001' } as never,
    })
    const ticket = await createTicket(payload, { caller: { name: '王女士', phone: '13700005555' } })
    const [message] = await messagesOf(ticket.id)
    expect(await refused(report({ id: message!.id, status: 'delivered' }, 'wrong-key'))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' })
    expect(await refused(report({ id: message!.id, status: 'delivered' }, 'tickets-only-key-0001'))).toMatchObject({ status: 403, code: 'FORBIDDEN' })
    expect(await refused(report({ messageId: 'GW-none', status: 'delivered' }, 'sms-report-key-0001'))).toMatchObject({ status: 404, code: 'NOT_FOUND' })
    const malformed = await refused(report({ status: 'read', at: 'yesterday' }, 'sms-report-key-0001'))
    expect(malformed).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' })
    expect(malformed.errors.map((error) => error.field).sort()).toEqual(['at', 'id', 'status'])
    expect(await payload.findByID({ collection: 'notifications', id: message!.id, depth: 0 })).toMatchObject({ deliveryStatus: null })
  })
})
