import type { PayloadRequest } from 'payload'

import { loadWorkingCalendar } from '../../CalendarDays/load'
import { chinaDate, deadline, type Deadline } from '../../CalendarDays/workingDays'
import { deadlineDaysFor } from '../../HotlineSettings'
import type { TicketKind } from '../states'

/**
 * The last working day for an order of `kind` received on `receivedAt`,
 * provisional when its year's holidays are not entered: `days` working days
 * when a dispatch rule sets its own time limit, else the kind's.
 */
export async function dueDateFor(req: PayloadRequest, kind: TicketKind, receivedAt: Date, days?: null | number): Promise<Deadline> {
  const [limit, calendar] = await Promise.all([days ?? deadlineDaysFor(req.payload, kind, req), loadWorkingCalendar(req.payload, req)])
  return deadline(chinaDate(receivedAt), limit, calendar)
}
