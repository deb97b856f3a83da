import type { Payload, TypedUser } from 'payload'

import { hasRole, type Role } from '../../collections/access'
import './adminNavLink.css'

/** `path` is inside the admin; `href`, instead, a staff page outside it (one the API serves, such as 预约签到). */
type Props = { href?: string; id: string; label: string; path?: string; payload: Payload; roles: Role[]; user?: null | TypedUser }

/** A custom page in the admin's navigation, for the roles that may see it (configured with serverProps). */
export function AdminNavLink({ href, id, label, path, payload, roles, user }: Props) {
  if (!hasRole(user, ...roles)) return null
  return (
    <a className="nav__link app-nav-link" href={href ?? `${payload.config.routes.admin}${path}`} id={id}>
      <span className="nav__link-label">{label}</span>
    </a>
  )
}
