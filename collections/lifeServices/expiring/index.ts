import { adminViewEntry } from '../../../cms/components/adminViewEntry'
import { LIFE_MANAGER_ROLES } from '../access'

/** Where 证照到期清单 lives in the admin, below its route. */
export const EXPIRING_PATH = '/life/expiring'

/** 证照到期清单: the admin view and its navigation link, for life-services staff and administrators. */
export const expiringEntry = adminViewEntry({
  component: '/collections/lifeServices/expiring/ExpiringView#ExpiringView',
  id: 'nav-life-expiring',
  path: EXPIRING_PATH,
  roles: [...LIFE_MANAGER_ROLES],
  title: '证照到期清单',
})
