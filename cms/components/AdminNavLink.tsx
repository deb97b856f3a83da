import type { Payload, TypedUser } from 'payload'

import { hasRole, type Role } from '../../collections/access'
import './adminNavLink.css'

type Props = { id: string; label: string; path: string; payload: Payload; roles: Role[]; user?: null | TypedUser }

/** A custom page in the admin's navigation, for the roles that may see it (configured with serverProps). */
export function AdminNavLink({ id, label, path, payload, roles, user }: Props) {
  if (!hasRole(user, ...roles)) return null
  return (
    <a className="nav__link app-nav-link" href={`${payload.config.routes.admin}${path}`} id={id}>
      <span className="nav__link-label">{label}</span>
    </a>
  )
}
