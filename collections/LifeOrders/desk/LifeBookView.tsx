import type { AdminViewServerProps } from 'payload'

import { adminPage } from '../../../cms/components/adminPage'
import { hasRole, scopeWhere, type StaffUser } from '../../access'
import { chinaDate, shiftDays } from '../../CalendarDays/workingDays'
import { PRICE_UNIT_LABELS } from '../../ProviderItems'
import { LIFE_ORDER_STAFF_ROLES } from '../access'
import { BOOKING_DAYS_AHEAD } from '../lib/book'
import { TIME_PERIODS } from '../states'
import { type BookOptions, LifeBookForm } from './LifeBookForm'
import { LIFE_BOOK_PATH } from './index'
import '../../Tickets/desk/desk.css'

const TITLE = '代客预约'

/** What the form offers: the communities in the agent's subtree (by full name and code), the active categories, the days that can be booked and the periods. */
async function bookOptions(props: AdminViewServerProps, user: StaffUser): Promise<BookOptions> {
  const { payload } = props.initPageResult.req
  const [communities, categories] = await Promise.all([
    payload.find({ collection: 'divisions', where: { and: [scopeWhere(user) || { id: { exists: false } }, { level: { equals: 'community' } }] }, sort: 'code', pagination: false, depth: 0, select: { code: true, fullName: true } }),
    payload.find({ collection: 'life-categories', where: { active: { equals: true } }, sort: 'code', pagination: false, depth: 0, select: { code: true, name: true, subsidy: true } }),
  ])
  const today = chinaDate()
  return {
    communities: communities.docs.map((doc) => ({ value: doc.code, label: doc.fullName ?? '' })),
    categories: categories.docs.map((doc) => ({ value: doc.code, label: doc.name, subsidy: Boolean(doc.subsidy?.enabled) })),
    dates: Array.from({ length: BOOKING_DAYS_AHEAD }, (_, index) => shiftDays(today, index + 1)),
    periods: Object.entries(TIME_PERIODS).map(([value, { label }]) => ({ value, label })),
    units: PRICE_UNIT_LABELS,
  }
}

/**
 * 代客预约 (/admin/life/book): a hotline agent books a life service for a
 * caller — a provider's item or 平台派单 — through `POST /api/life-orders/desk`,
 * and reads the outcome back to them.
 */
export async function LifeBookView(props: AdminViewServerProps) {
  const { adminRoute, frame, user } = adminPage(props, { className: 'hotline-desk', path: LIFE_BOOK_PATH, title: TITLE })
  const staff = user as StaffUser
  if (!hasRole(staff, ...LIFE_ORDER_STAFF_ROLES)) {
    return frame(
      <>
        <h1>{TITLE}</h1>
        <p>只有热线坐席、生活服务监管人员和系统管理员可以代客预约。</p>
      </>,
    )
  }
  return frame(
    <>
      <h1>{TITLE}</h1>
      <LifeBookForm adminRoute={adminRoute} options={await bookOptions(props, staff)} />
    </>,
  )
}
