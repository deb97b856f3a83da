import { adminViewEntry } from '../../../cms/components/adminViewEntry'
import { DESK_ROLES } from '../access'

/** Where 承办单位考核 lives in the admin, below its route. */
export const SCORES_PATH = '/statistics/handlers'

/** 承办单位考核: the admin view and its navigation link, for agents and administrators. */
export const handlerScoresEntry = adminViewEntry({
  component: '/collections/Tickets/supervision/ScoresView#ScoresView',
  id: 'nav-statistics-handlers',
  path: SCORES_PATH,
  roles: [...DESK_ROLES],
  title: '承办单位考核',
})
