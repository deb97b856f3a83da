import type { CollectionSlug, Payload, PayloadRequest, TypedUser, Where } from 'payload'

import { loadWorkingCalendar } from '../CalendarDays/load'
import { addWorkingDays, chinaDate } from '../CalendarDays/workingDays'

/**
 * Queues: each a filter the admin's list view applies as it is, so a queue
 * tab is just a link. A kind lists its own queues; the filters for the
 * working-day clock and the counting are the same for every kind.
 */
export type Queue = {
  /** Shown as a warning when it holds any case (overdue). */
  alert?: boolean
  count?: number
  /** Shown only while it holds some cases. */
  hideWhenEmpty?: boolean
  key: string
  label: string
  sort?: string
  where?: Where
}

/** The last day of the due-soon window: `workingDays` working days from today (each kind has its own window). */
export const dueSoonUntil = async (payload: Payload, workingDays: number, req?: PayloadRequest): Promise<string> =>
  addWorkingDays(chinaDate(), workingDays, await loadWorkingCalendar(payload, req))

/** Cases whose clock runs (`running`) and whose due date is between today and `until`. */
export const dueSoonWhere = (running: Where, today: string, until: string): Where => ({
  and: [running, { dueDate: { greater_than_equal: today } }, { dueDate: { less_than_equal: until } }],
})

/** Cases whose clock runs and whose due date has passed. */
export const overdueWhere = (running: Where, today: string): Where => ({ and: [running, { dueDate: { less_than: today } }] })

/** Open cases whose due date was counted into a year whose holidays are not entered yet. */
export const provisionalWhere = (open: Where): Where => ({ and: [open, { dueDateProvisional: { equals: true } }] })

/** Each queue with its count, counted with the viewer's own access so the numbers match what the list will show. */
export const countQueues = <Q extends Queue>(payload: Payload, collection: CollectionSlug, user: TypedUser, queues: Q[]): Promise<(Q & { count: number })[]> =>
  Promise.all(
    queues.map(async (queue) => ({ ...queue, count: (await payload.count({ collection, where: queue.where, overrideAccess: false, user })).totalDocs })),
  )
