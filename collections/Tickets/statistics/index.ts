import { adminViewEntry } from '../../../cms/components/adminViewEntry'
import { DESK_ROLES } from '../access'

/** Where 热线统计 lives in the admin, below its route. */
export const HOTLINE_STATISTICS_PATH = '/statistics/hotline'

/** 热线统计: the admin view and its navigation link, for agents and administrators. */
export const hotlineStatisticsEntry = adminViewEntry({
  component: '/collections/Tickets/statistics/HotlineStatisticsView#HotlineStatisticsView',
  id: 'nav-statistics-hotline',
  path: HOTLINE_STATISTICS_PATH,
  roles: [...DESK_ROLES],
  title: '热线统计',
})
