/**
 * Where a catalogue document appears on the public portal. The portal is
 * served beside the admin by default; PORTAL_URL points elsewhere when it is
 * deployed to a separate static host.
 */
export function portalUrl(pathname: string): string {
  const base = (process.env.PORTAL_URL ?? process.env.PUBLIC_URL ?? '').replace(/\/$/, '')
  return `${base}${pathname}`
}

export const PORTAL_PATHS = {
  stage: (slug: string) => `/stages/${slug}/`,
  topic: (code: string) => `/topics/${code}/`,
  service: (code: string) => `/services/${code}/`,
  bundle: (code: string) => `/bundles/${code}/`,
  centre: (code: string) => `/centres/${code}/`,
} as const
