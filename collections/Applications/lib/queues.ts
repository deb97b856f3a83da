import type { Payload, PayloadRequest, Where } from 'payload'

import { loadWorkingCalendar } from '../../CalendarDays/load'
import { addWorkingDays, chinaDate } from '../../CalendarDays/workingDays'
import { CLOCK_RUNNING_STATUSES, OPEN_STATUSES } from '../states'

/** Working days before the due date when an application counts as 即将超期. */
const DUE_SOON_WORKING_DAYS = 3

const CLOCK_RUNNING: Where = { status: { in: CLOCK_RUNNING_STATUSES } }
/** Open and past acceptance: the cases a reviewer has in hand. */
const IN_HAND: Where = { status: { in: OPEN_STATUSES.filter((status) => status !== 'submitted') } }

export type Queue = { count: number; hideWhenEmpty?: boolean; key: string; label: string; where: Where }

/**
 * The reviewer's queues. Each is a filter the admin's list view can apply as
 * it is, so a queue tab is just a link; counts respect the viewer's scope.
 */
export async function queueFilters(payload: Payload, userId: number | string, req?: PayloadRequest): Promise<Omit<Queue, 'count'>[]> {
  const today = chinaDate()
  const soon = addWorkingDays(today, DUE_SOON_WORKING_DAYS, await loadWorkingCalendar(payload, req))
  return [
    { key: 'to-accept', label: '待受理', where: { status: { equals: 'submitted' } } },
    {
      key: 'mine',
      label: '我的待办',
      where: { and: [{ assignee: { equals: userId } }, IN_HAND] },
    },
    {
      key: 'due-soon',
      label: '即将超期',
      where: { and: [CLOCK_RUNNING, { dueDate: { greater_than_equal: today } }, { dueDate: { less_than_equal: soon } }] },
    },
    { key: 'overdue', label: '已超期', where: { and: [CLOCK_RUNNING, { dueDate: { less_than: today } }] } },
    { key: 'follow-up', label: '差评待整改', where: { 'followUp.status': { equals: 'open' } } },
    // Counted into a year whose holidays are not entered yet: shown only while there are some.
    { key: 'provisional', label: '期限暂定', where: { and: [{ status: { in: OPEN_STATUSES } }, { dueDateProvisional: { equals: true } }] }, hideWhenEmpty: true },
  ]
}
