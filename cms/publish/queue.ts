/**
 * The jobs queue the portal rebuilds wait in. Its own module, so the
 * catalogue's hooks can queue a rebuild without importing the build.
 */
export const PORTAL_QUEUE = 'portal'
