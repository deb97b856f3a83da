import type { Payload, TypedUser } from 'payload'

import { isCityAdmin } from '../access'
import { CALENDAR_YEAR_PATH } from '../yearScreen'

/** Above the calendar's list, for city administrators: the screen that enters a whole year at once. */
export function CalendarYearLink({ payload, user }: { payload: Payload; user?: null | TypedUser }) {
  if (!isCityAdmin(user)) return null
  return (
    <p>
      <a className="btn btn--style-primary btn--size-small" href={`${payload.config.routes.admin}${CALENDAR_YEAR_PATH}`}>
        按年录入（可粘贴国务院通知）
      </a>
    </p>
  )
}
