import { adminViewEntry } from '../../../cms/components/adminViewEntry'
import { DESK_ROLES } from '../access'

/** Where 诉求分析 lives in the admin, below its route. */
export const DEMAND_ANALYSIS_PATH = '/statistics/demands'

/** 诉求分析: the admin view and its navigation link, for agents and administrators. */
export const demandAnalysisEntry = adminViewEntry({
  component: '/collections/Tickets/analysis/DemandAnalysisView#DemandAnalysisView',
  id: 'nav-statistics-demands',
  path: DEMAND_ANALYSIS_PATH,
  roles: [...DESK_ROLES],
  title: '诉求分析',
})
