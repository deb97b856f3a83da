import { adminViewEntry } from '../../../cms/components/adminViewEntry'
import { POPULATION_ROLES } from '../access'

/** Where 人口统计 lives in the admin, below its route. */
export const POPULATION_STATISTICS_PATH = '/statistics/population'

/** 人口统计: the admin view and its navigation link, for registrars and administrators. */
export const populationStatisticsEntry = adminViewEntry({
  component: '/collections/population/statistics/PopulationStatisticsView#PopulationStatisticsView',
  id: 'nav-statistics-population',
  path: POPULATION_STATISTICS_PATH,
  roles: [...POPULATION_ROLES],
  title: '人口统计',
})
