type Env = Record<string, string | undefined>

/**
 * The portal's public origin as configured, without a trailing slash:
 * PORTAL_URL when the portal is deployed to a host of its own, otherwise
 * PUBLIC_URL of the server that also serves the admin; '' when neither is
 * set. Everything that needs the portal's origin reads it here.
 */
export function configuredPortalOrigin(env: Env = process.env): string {
  return (env.PORTAL_URL?.trim() || env.PUBLIC_URL?.trim() || '').replace(/\/$/, '')
}

/**
 * The portal's origin where a link must be absolute (the sitemap, the QR
 * code printed on a materials checklist): the configured one, else this
 * server on localhost.
 */
export function portalOrigin(env: Env = process.env): string {
  return configuredPortalOrigin(env) || `http://localhost:${env.PORT?.trim() || '3000'}`
}

/**
 * Where a catalogue document appears on the public portal (the admin's
 * preview links). The portal is served beside the admin by default, so
 * without a configured origin the link stays relative to the admin's server.
 */
export function portalUrl(pathname: string): string {
  return `${configuredPortalOrigin()}${pathname}`
}
