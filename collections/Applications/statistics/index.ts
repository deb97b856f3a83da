import type { AdminViewConfig } from 'payload'

/** Where 办件统计 lives in the admin, below its route. */
export const STATISTICS_PATH = '/statistics/applications'

/** The admin view, for `admin.components.views` in the Payload config. */
export const statisticsView: AdminViewConfig = {
  Component: '/collections/Applications/statistics/StatisticsView#StatisticsView',
  path: STATISTICS_PATH,
  exact: true,
  meta: { title: '办件统计' },
}

/** Its link in the navigation, for `admin.components.afterNavLinks`. */
export const statisticsNavLink = '/collections/Applications/statistics/StatisticsNavLink#StatisticsNavLink'
