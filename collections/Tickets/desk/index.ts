import { adminViewEntry } from '../../../cms/components/adminViewEntry'
import { DESK_ROLES } from '../access'

/** Where the hotline desk lives in the admin, below its route. */
export const HOTLINE_DESK_PATH = '/hotline/desk'

/** 热线坐席台: the admin view and its navigation link, for agents and admins. */
export const hotlineDeskEntry = adminViewEntry({
  component: '/collections/Tickets/desk/HotlineDeskView#HotlineDeskView',
  id: 'nav-hotline-desk',
  path: HOTLINE_DESK_PATH,
  roles: [...DESK_ROLES],
  title: '热线坐席台',
})
