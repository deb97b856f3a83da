import { configuredPortalOrigin } from '../../collections/catalogue/portalUrl'

/** Facts about the portal itself, the same on every page. */
export const SITE_NAME = '一站通'
/** The national government service hotline (12345 政务服务便民热线). */
export const HOTLINE = '12345'

/**
 * Where the portal's scripts send applications and status queries: '' (the
 * same origin) when the platform's own server serves the portal; the
 * server's PUBLIC_URL when the portal is deployed on a host of its own
 * (PORTAL_URL differs), which CORS_ORIGINS must then allow.
 */
export function apiOrigin(env: Record<string, string | undefined> = process.env): string {
  const publicUrl = env.PUBLIC_URL?.trim().replace(/\/$/, '')
  return publicUrl && configuredPortalOrigin(env) !== publicUrl ? publicUrl : ''
}
