import type { AdminViewConfig } from 'payload'

/** Where the year screen lives, below the admin route; `?year=` chooses the year. */
export const CALENDAR_YEAR_PATH = '/calendar/year'
export const CALENDAR_YEAR_TITLE = '录入节假日安排'

/** 录入节假日安排 for `admin.components.views` (reached from the dashboard and the calendar list). */
export const calendarYearView: AdminViewConfig = {
  Component: '/collections/CalendarDays/components/CalendarYearView#CalendarYearView',
  path: CALENDAR_YEAR_PATH,
  exact: true,
  meta: { title: CALENDAR_YEAR_TITLE },
}
