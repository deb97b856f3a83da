import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import { stringify } from 'qs-esm'

export type AdminPage = { className: string; path: string; title: string }

/**
 * The frame of a custom page in the admin (navigation, breadcrumb, gutter),
 * for a signed-in user: anyone else is sent to the login page and back.
 * Returns the user and a function that frames the page's content.
 */
export function adminPage({ initPageResult, params, searchParams }: AdminViewServerProps, { className, path, title }: AdminPage) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const { payload } = req
  const adminRoute = payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?${stringify({ redirect: `${adminRoute}${path}` })}`)
  const frame = (children: ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      // A copy: React refuses the page's own frozen object here (as Payload's root view notes).
      visibleEntities={{ collections: visibleEntities.collections, globals: visibleEntities.globals }}
    >
      <SetStepNav nav={[{ label: title }]} />
      <Gutter className={className}>{children}</Gutter>
    </DefaultTemplate>
  )
  return { adminRoute, frame, payload, req, user: req.user }
}
