import type { Payload, PayloadRequest, Where } from 'payload'

import { chinaDate } from '../../CalendarDays/workingDays'
import { dueSoonUntil, dueSoonWhere, overdueWhere, provisionalWhere, type Queue } from '../../casework/queues'
import { reviewersShare } from '../../DepartmentSystems/lib/handOver'
import { CLOCK_RUNNING_STATUSES, OPEN_STATUSES } from '../states'
import { dueSoonWorkingDays } from '../reviewing/timeLeft'

const CLOCK_RUNNING: Where = { status: { in: CLOCK_RUNNING_STATUSES } }
/** Open and past acceptance: the cases a reviewer has in hand. */
const IN_HAND: Where = { status: { in: OPEN_STATUSES.filter((status) => status !== 'submitted') } }

/**
 * The reviewer's queues (casework/queues.ts); counts respect the viewer's
 * scope. Applications of departments whose own systems handle them instead
 * of the reviewers are in none of them.
 */
export async function queueFilters(payload: Payload, userId: number | string, req?: PayloadRequest): Promise<Queue[]> {
  const today = chinaDate()
  const soon = await dueSoonUntil(payload, dueSoonWorkingDays(), req)
  const share = await reviewersShare(payload, req)
  return reviewerQueues(userId, today, soon).map((queue) => (share && queue.where ? { ...queue, where: { and: [share, queue.where] } } : queue))
}

function reviewerQueues(userId: number | string, today: string, soon: string): Queue[] {
  return [
    { key: 'to-accept', label: '待受理', where: { status: { equals: 'submitted' } } },
    {
      key: 'mine',
      label: '我的待办',
      where: { and: [{ assignee: { equals: userId } }, IN_HAND] },
    },
    { key: 'due-soon', label: '即将超期', where: dueSoonWhere(CLOCK_RUNNING, today, soon) },
    { key: 'overdue', label: '已超期', where: overdueWhere(CLOCK_RUNNING, today) },
    { key: 'follow-up', label: '差评待整改', where: { 'followUp.status': { equals: 'open' } } },
    { key: 'commitment-check', label: '告知承诺待核查', where: { 'commitmentCheck.status': { equals: 'pending' } } },
    // Counted into a year whose holidays are not entered yet: shown only while there are some.
    { key: 'provisional', label: '期限暂定', where: provisionalWhere({ status: { in: OPEN_STATUSES } }), hideWhenEmpty: true },
  ]
}
