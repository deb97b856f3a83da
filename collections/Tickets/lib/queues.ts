import type { Payload, PayloadRequest, Where } from 'payload'

import { loadWorkingCalendar } from '../../CalendarDays/load'
import { addWorkingDays, chinaDate } from '../../CalendarDays/workingDays'
import type { StaffUser } from '../../access'
import type { QueueLink } from '../../../cms/components/casework/QueueNav'
import { isDesk } from '../access'
import { DUE_SOON_WORKING_DAYS, OPEN_TICKET_STATUSES } from '../states'

const OPEN: Where = { status: { in: OPEN_TICKET_STATUSES } }

/**
 * The work-order queues for this user: the desk's (to dispatch, with
 * handlers, to close, due soon, overdue, to call back) or a handler's (to
 * sign for, in hand, overdue). Each is a filter the list applies as it is;
 * counts come from the viewer's own access.
 */
export async function ticketQueues(payload: Payload, user: StaffUser, req?: PayloadRequest): Promise<Omit<QueueLink, 'count'>[]> {
  const today = chinaDate()
  const overdue: Omit<QueueLink, 'count'> = { key: 'overdue', label: '已超期', where: { and: [OPEN, { dueDate: { less_than: today } }] }, sort: 'dueDate', alert: true }
  // Counted into a year whose holidays are not entered yet: shown only while there are some.
  const provisional: Omit<QueueLink, 'count'> = { key: 'provisional', label: '期限暂定', where: { and: [OPEN, { dueDateProvisional: { equals: true } }] }, sort: 'dueDate', hideWhenEmpty: true }
  if (!isDesk(user)) {
    return [
      { key: 'to-sign', label: '待签收', where: { status: { equals: 'dispatched' } }, sort: 'dueDate' },
      { key: 'in-hand', label: '办理中', where: { status: { equals: 'processing' } }, sort: 'dueDate' },
      overdue,
      provisional,
    ]
  }
  const soon = addWorkingDays(today, DUE_SOON_WORKING_DAYS, await loadWorkingCalendar(payload, req))
  return [
    { key: 'to-dispatch', label: '待派单', where: { status: { equals: 'received' } }, sort: 'receivedAt' },
    { key: 'with-handlers', label: '承办中', where: { status: { in: ['dispatched', 'processing'] } }, sort: 'dueDate' },
    { key: 'to-close', label: '待办结', where: { status: { equals: 'replied' } }, sort: 'dueDate' },
    { key: 'due-soon', label: '即将超期', where: { and: [OPEN, { dueDate: { greater_than_equal: today } }, { dueDate: { less_than_equal: soon } }] }, sort: 'dueDate' },
    overdue,
    { key: 'to-call-back', label: '待回访', where: { status: { equals: 'closed' } }, sort: 'closedAt' },
    provisional,
  ]
}
