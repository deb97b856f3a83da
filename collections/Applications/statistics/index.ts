import { adminViewEntry } from '../../../cms/components/adminViewEntry'

/** Where 办件统计 lives in the admin, below its route. */
export const STATISTICS_PATH = '/statistics/applications'

/** 办件统计: the admin view and its navigation link, for reviewers and administrators. */
export const applicationStatisticsEntry = adminViewEntry({
  component: '/collections/Applications/statistics/StatisticsView#StatisticsView',
  id: 'nav-statistics-applications',
  path: STATISTICS_PATH,
  roles: ['reviewer', 'admin'],
  title: '办件统计',
})
