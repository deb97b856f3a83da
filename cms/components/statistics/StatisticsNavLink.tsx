import type { Payload, TypedUser } from 'payload'

import { hasRole, type Role } from '../../../collections/access'
import './statistics.css'

type Props = { id: string; label: string; path: string; payload: Payload; roles: Role[]; user?: null | TypedUser }

/** A statistics page in the admin's navigation, for the roles that may see it (configured with serverProps). */
export function StatisticsNavLink({ id, label, path, payload, roles, user }: Props) {
  if (!hasRole(user, ...roles)) return null
  return (
    <a className="nav__link app-statistics-nav" href={`${payload.config.routes.admin}${path}`} id={id}>
      <span className="nav__link-label">{label}</span>
    </a>
  )
}
