import type { AdminViewConfig, CustomComponent } from 'payload'

import type { Role } from '../../collections/access'

/**
 * A custom page's place in the admin (a statistics page, the hotline desk):
 * its view (for `admin.components.views`) and its link in the navigation
 * (for `admin.components.afterNavLinks`), shown to `roles` only.
 */
export function adminViewEntry({ component, id, path, roles, title }: { component: string; id: string; path: `/${string}`; roles: Role[]; title: string }): {
  navLink: CustomComponent
  view: AdminViewConfig
} {
  return {
    view: { Component: component, path, exact: true, meta: { title } },
    navLink: { path: '/cms/components/AdminNavLink#AdminNavLink', serverProps: { id, label: title, path, roles } },
  }
}
