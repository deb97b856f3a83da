/** Facts about the portal itself, the same on every page. */
export const SITE_NAME = '一站通'
/** The national government service hotline (12345 政务服务便民热线). */
export const HOTLINE = '12345'

/**
 * The portal's public origin, for the sitemap and the QR code printed on a
 * materials checklist: PORTAL_URL when the portal has its own host,
 * otherwise PUBLIC_URL of the server that also serves the admin.
 */
export function portalOrigin(env: Record<string, string | undefined> = process.env): string {
  const port = env.PORT?.trim() || '3000'
  return (env.PORTAL_URL || env.PUBLIC_URL || `http://localhost:${port}`).trim().replace(/\/$/, '')
}

/**
 * Where the portal's scripts send applications and status queries: '' (the
 * same origin) when the platform's own server serves the portal; the
 * server's PUBLIC_URL when the portal is deployed on a host of its own
 * (PORTAL_URL differs), which CORS_ORIGINS must then allow.
 */
export function apiOrigin(env: Record<string, string | undefined> = process.env): string {
  const publicUrl = env.PUBLIC_URL?.trim().replace(/\/$/, '')
  const portalUrl = env.PORTAL_URL?.trim().replace(/\/$/, '')
  return publicUrl && portalUrl && publicUrl !== portalUrl ? publicUrl : ''
}
