import type { Payload, TypedUser } from 'payload'

import { hasRole } from '../../access'
import { STATISTICS_PATH } from './index'
import './statistics.css'

type Props = { payload: Payload; user?: null | TypedUser }

/** 办件统计 in the admin's navigation, for reviewers and administrators only. */
export function StatisticsNavLink({ payload, user }: Props) {
  if (!hasRole(user, 'reviewer', 'admin')) return null
  return (
    <a className="nav__link app-statistics-nav" href={`${payload.config.routes.admin}${STATISTICS_PATH}`} id="nav-statistics-applications">
      <span className="nav__link-label">办件统计</span>
    </a>
  )
}
