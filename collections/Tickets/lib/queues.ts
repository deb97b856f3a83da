import type { Payload, PayloadRequest, Where } from 'payload'

import { chinaDate } from '../../CalendarDays/workingDays'
import type { StaffUser } from '../../access'
import { dueSoonUntil, dueSoonWhere, overdueWhere, provisionalWhere, type Queue } from '../../casework/queues'
import { isDesk } from '../access'
import { DUE_SOON_WORKING_DAYS, OPEN_TICKET_STATUSES } from '../states'

const OPEN: Where = { status: { in: OPEN_TICKET_STATUSES } }

/**
 * The work-order queues for this user: the desk's (to dispatch, with
 * handlers, to close, due soon, overdue, to call back) or a handler's (to
 * sign for, in hand, overdue). Each is a filter the list applies as it is;
 * counts come from the viewer's own access.
 */
export async function ticketQueues(payload: Payload, user: StaffUser, req?: PayloadRequest): Promise<Queue[]> {
  const today = chinaDate()
  const overdue: Queue = { key: 'overdue', label: '已超期', where: overdueWhere(OPEN, today), sort: 'dueDate', alert: true }
  // Counted into a year whose holidays are not entered yet: shown only while there are some.
  const provisional: Queue = { key: 'provisional', label: '期限暂定', where: provisionalWhere(OPEN), sort: 'dueDate', hideWhenEmpty: true }
  if (!isDesk(user)) {
    return [
      { key: 'to-sign', label: '待签收', where: { status: { equals: 'dispatched' } }, sort: 'dueDate' },
      { key: 'in-hand', label: '办理中', where: { status: { equals: 'processing' } }, sort: 'dueDate' },
      overdue,
      provisional,
    ]
  }
  const soon = await dueSoonUntil(payload, DUE_SOON_WORKING_DAYS, req)
  return [
    { key: 'to-dispatch', label: '待派单', where: { status: { equals: 'received' } }, sort: 'receivedAt' },
    // The caller said 没有解决 after 办结 (网上12345): open again until closed again.
    { key: 'reopened', label: '要求重新办理', where: { and: [OPEN, { reopens: { greater_than: 0 } }] }, sort: 'dueDate', alert: true },
    { key: 'with-handlers', label: '承办中', where: { status: { in: ['dispatched', 'processing'] } }, sort: 'dueDate' },
    { key: 'to-close', label: '待办结', where: { status: { equals: 'replied' } }, sort: 'dueDate' },
    { key: 'due-soon', label: '即将超期', where: dueSoonWhere(OPEN, today, soon), sort: 'dueDate' },
    overdue,
    { key: 'to-call-back', label: '待回访', where: { status: { equals: 'closed' } }, sort: 'closedAt' },
    provisional,
  ]
}
