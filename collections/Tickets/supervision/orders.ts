import type { CollectionConfig, Endpoint, PayloadRequest, Where } from 'payload'

import { withTransaction } from '../../../cms/lib/withTransaction'
import { nobody, scopeWhere, userDivision } from '../../access'
import { requestActorWords } from '../../casework/actorWords'
import { chinaDate, isIsoDate } from '../../CalendarDays/workingDays'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import { handled, invalid } from '../../endpoints/respond'
import { RequestError } from '../../errors'
import { scopePathField } from '../../fields/divisionScope'
import { selectOptions } from '../../fields/selectOptions'
import { isDesk, isHandlerOf, ticketReadWhere } from '../access'
import { workflowOnly } from '../fields'
import { appendTicketEvent } from '../lib/events'
import { TICKET_NUMBER } from '../states'
import { tellUnit } from './units'

const ORDER_STATUS_LABELS = { open: '待反馈', answered: '已反馈' } as const

/** 督办单 are issued by the desk (agents, administrators) of a street or above: a community supervises no one. */
export const isSupervisor = (user: Parameters<typeof isDesk>[0]): boolean => isDesk(user) && Boolean(userDivision(user)) && userDivision(user)!.level !== 'community'

/** The order being handled that this supervisor may supervise, by id or number; else a refusal. */
async function ticketToSupervise(req: PayloadRequest, idOrNumber: string) {
  const which: Where = TICKET_NUMBER.test(idOrNumber) ? { number: { equals: idOrNumber } } : { id: { equals: idOrNumber } }
  const { docs } = await req.payload.find({ collection: 'tickets', where: { and: [which, scopeWhere(req.user) as Where] }, depth: 0, limit: 1, pagination: false, overrideAccess: true, req })
  const ticket = docs[0]
  if (!ticket) throw new RequestError('NOT_FOUND', '没有找到这张工单，或它不在您负责的辖区内', 404)
  if (ticket.status !== 'dispatched' && ticket.status !== 'processing') throw new RequestError('NOT_WITH_HANDLER', '只能对已派单、办理中的工单下发督办单', 409)
  return ticket
}

/**
 * `POST /api/supervision-orders/issue` `{ ticket, deadline, instructions }`:
 * a supervisor (an agent or administrator of a street or above, the order
 * in their division) issues a 督办单 on an order being handled; its handler
 * is told by 站内信 and SMS, and the order's history records it.
 */
const issueEndpoint: Endpoint = {
  path: '/issue',
  method: 'post',
  handler: handled(async (req) => {
    if (!isSupervisor(req.user)) throw new RequestError('FORBIDDEN', '只有街道及以上的热线坐席和管理员可以下发督办单', 403)
    const { fields } = await readBody(req)
    const errors: Parameters<typeof textField>[2] = []
    const [ticketId, deadline, instructions] = [textField(fields, 'ticket', errors, 40), textField(fields, 'deadline', errors, 10), textField(fields, 'instructions', errors, 1000)]
    assertWellFormed(errors)
    if (!isIsoDate(deadline) || deadline < chinaDate()) throw invalid([{ field: 'deadline', code: 'DEADLINE_INVALID', message: '反馈期限应为今天或以后的日期，例如 2026-12-10' }])
    if (!instructions.trim()) throw invalid([{ field: 'instructions', code: 'INSTRUCTIONS_REQUIRED', message: '请写明督办要求' }])
    const ticket = await ticketToSupervise(req, ticketId)
    const words = await requestActorWords(req)
    const order = await withTransaction(
      req.payload,
      async (tx) => {
        const created = await tx.payload.create({
          collection: 'supervision-orders',
          data: {
            ticket: ticket.id,
            deadline,
            instructions: instructions.trim(),
            issuedByName: words.actorName,
            issuedByUnit: words.actorUnit,
            assignee: { department: ticket.assignee?.department ?? null, divisionCode: ticket.assignee?.divisionCode ?? null },
            scope: ticket.scope,
          } as never,
          overrideAccess: true,
          depth: 0,
          req: tx,
        })
        await appendTicketEvent(tx, ticket, { action: 'supervise', actionLabel: '下发督办单', fromStatus: ticket.status, toStatus: ticket.status, note: `反馈期限${deadline}。${instructions.trim()}` })
        const unit = ticket.assignee?.department ? { department: String(ticket.assignee.department) } : { divisionCode: ticket.assignee!.divisionCode! }
        await tellUnit(tx, unit, ticket, `${created.id}:order`, 'supervision.order', { number: ticket.number, deadline, instructions: instructions.trim() })
        return created
      },
      req,
    )
    return Response.json({ id: order.id, ticket: ticket.number, deadline: order.deadline, status: order.status }, { status: 201, headers: { 'Cache-Control': 'no-store' } })
  }),
}

/**
 * `POST /api/supervision-orders/:id/answer` `{ answer }`: the handler of the
 * order answers its 督办单 (反馈), once; the order's history records it.
 */
const answerEndpoint: Endpoint = {
  path: '/:id/answer',
  method: 'post',
  handler: handled(async (req) => {
    const { fields } = await readBody(req)
    const errors: Parameters<typeof textField>[2] = []
    const answer = textField(fields, 'answer', errors, 2000).trim()
    assertWellFormed(errors)
    const order = await req.payload.findByID({ collection: 'supervision-orders', id: String(req.routeParams?.id ?? ''), depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!order || !isHandlerOf(req.user, order)) throw new RequestError('NOT_FOUND', '没有找到发给您所在单位的这张督办单', 404)
    if (!answer) throw invalid([{ field: 'answer', code: 'ANSWER_REQUIRED', message: '请填写反馈内容' }])
    if (order.status !== 'open') throw new RequestError('ALREADY_ANSWERED', '这张督办单已经反馈过了', 409)
    const words = await requestActorWords(req)
    const answered = await withTransaction(
      req.payload,
      async (tx) => {
        const updated = await tx.payload.update({
          collection: 'supervision-orders',
          id: order.id,
          data: { status: 'answered', answer, answeredAt: new Date().toISOString(), answeredByName: words.actorName },
          overrideAccess: true,
          depth: 0,
          req: tx,
        })
        const ticket = await tx.payload.findByID({ collection: 'tickets', id: String(order.ticket), depth: 0, overrideAccess: true, req: tx })
        await appendTicketEvent(tx, ticket, { action: 'answerSupervision', actionLabel: '督办反馈', fromStatus: ticket.status, toStatus: ticket.status, note: answer })
        return updated
      },
      req,
    )
    return Response.json({ id: answered.id, status: answered.status, answeredAt: answered.answeredAt }, { headers: { 'Cache-Control': 'no-store' } })
  }),
}

/**
 * 督办单: a supervisor's written demand on one order being handled, with its
 * own deadline and instructions; the handler must answer (反馈). Issued and
 * answered only through the endpoints below, each step also in the order's
 * history; never edited or deleted. The desk reads those in its division,
 * the handler those on its orders; the sweep marks and tells overdue ones.
 */
export const SupervisionOrders: CollectionConfig = {
  slug: 'supervision-orders',
  labels: {
    singular: { zh: '督办单', en: 'Supervision order' },
    plural: { zh: '督办单', en: 'Supervision orders' },
  },
  admin: {
    group: { zh: '热线', en: 'Hotline' },
    defaultColumns: ['ticket', 'deadline', 'status', 'overdue', 'issuedByName', 'createdAt'],
    description: { zh: '督办人员对承办中的工单下发的督办单，承办单位须在反馈期限前反馈。筛选“已超期”可列出超期未反馈的督办单。', en: 'Written supervision of an order.' },
  },
  defaultSort: '-createdAt',
  access: { read: ({ req: { user } }) => ticketReadWhere(user), create: nobody, update: nobody, delete: nobody },
  endpoints: [issueEndpoint, answerEndpoint],
  fields: [
    { name: 'ticket', type: 'relationship', relationTo: 'tickets', required: true, index: true, access: workflowOnly, label: { zh: '工单', en: 'Work order' } },
    { name: 'instructions', type: 'textarea', required: true, maxLength: 1000, label: { zh: '督办要求', en: 'Instructions' } },
    {
      type: 'row',
      fields: [
        { name: 'deadline', type: 'text', required: true, index: true, label: { zh: '反馈期限', en: 'Deadline' } },
        { name: 'status', type: 'select', required: true, defaultValue: 'open', index: true, options: selectOptions(ORDER_STATUS_LABELS), label: { zh: '状态', en: 'Status' } },
        { name: 'overdue', type: 'checkbox', defaultValue: false, index: true, label: { zh: '已超期', en: 'Overdue' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'issuedByName', type: 'text', label: { zh: '督办人', en: 'Issued by' } },
        { name: 'issuedByUnit', type: 'text', label: { zh: '督办单位', en: 'Unit' } },
      ],
    },
    { name: 'answer', type: 'textarea', label: { zh: '反馈内容', en: 'Answer' } },
    {
      type: 'row',
      fields: [
        { name: 'answeredAt', type: 'date', label: { zh: '反馈时间', en: 'Answered' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'answeredByName', type: 'text', label: { zh: '反馈人', en: 'Answered by' } },
      ],
    },
    {
      name: 'assignee',
      type: 'group',
      label: { zh: '承办单位', en: 'Handler' },
      admin: { description: { zh: '下发时工单的承办单位。', en: 'The handler when issued.' } },
      fields: [
        { name: 'department', type: 'relationship', relationTo: 'departments', index: true, label: { zh: '部门', en: 'Department' } },
        { name: 'divisionCode', type: 'text', index: true, label: { zh: '街道或社区代码', en: 'Division code' } },
      ],
    },
    scopePathField,
  ],
}
