import type { AdminViewConfig, CustomComponent } from 'payload'

import type { Role } from '../../../collections/access'

/**
 * A statistics page's place in the admin: its view (for
 * `admin.components.views`) and its link in the navigation (for
 * `admin.components.afterNavLinks`), shown to `roles` only.
 */
export function statisticsEntry({ component, id, path, roles, title }: { component: string; id: string; path: `/${string}`; roles: Role[]; title: string }): {
  navLink: CustomComponent
  view: AdminViewConfig
} {
  return {
    view: { Component: component, path, exact: true, meta: { title } },
    navLink: { path: '/cms/components/statistics/StatisticsNavLink#StatisticsNavLink', serverProps: { id, label: title, path, roles } },
  }
}
