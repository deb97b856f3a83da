import { adminViewEntry } from '../../../cms/components/adminViewEntry'
import { LIFE_ORDER_STAFF_ROLES } from '../access'

/** Where phone booking lives in the admin, below its route. */
export const LIFE_BOOK_PATH = '/life/book'

/** 代客预约: the admin view and its navigation link, for hotline agents, life-services staff and admins. */
export const lifeBookEntry = adminViewEntry({
  component: '/collections/LifeOrders/desk/LifeBookView#LifeBookView',
  id: 'nav-life-book',
  path: LIFE_BOOK_PATH,
  roles: [...LIFE_ORDER_STAFF_ROLES],
  title: '代客预约',
})
