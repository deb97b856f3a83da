import type { Where } from 'payload'

import { chinaDate } from '../../CalendarDays/workingDays'
import { overdueWhere, provisionalWhere, type Queue } from '../../casework/queues'
import { OPEN_COMPLAINT_STATUSES } from '../states'

const OPEN: Where = { status: { in: OPEN_COMPLAINT_STATUSES } }

/** Life-services staff's complaint queues: each step's own, and the overdue ones as a warning. */
export function lifeComplaintQueues(today = chinaDate()): Queue[] {
  return [
    { key: 'received', label: '待核查', where: { status: { equals: 'received' } }, sort: 'dueDate' },
    { key: 'checking', label: '待企业说明', where: { status: { equals: 'checking' } }, sort: 'dueDate' },
    { key: 'handling', label: '处理中', where: { status: { equals: 'handling' } }, sort: 'dueDate' },
    { key: 'overdue', label: '已超期', where: overdueWhere(OPEN, today), sort: 'dueDate', alert: true },
    { key: 'provisional', label: '期限暂定', where: provisionalWhere(OPEN), sort: 'dueDate', hideWhenEmpty: true },
  ]
}
