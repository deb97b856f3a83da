import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { isIP } from 'node:net'

import { ELDERLY_MODE_BOOT } from '../../site/lib/modes'
import { plainAddress, type TrustedProxies, trustedProxies } from '../config/trustedProxies'
import { CLIENT_ADDRESS_HEADER } from '../lib/clientAddress'
import { contentSecurityPolicy, SECURITY_HEADERS } from '../lib/securityHeaders'
import { limitBody } from './bodyLimits'
import { malformedUrl } from './malformedUrl'
import { allowedOrigins, crossSiteRefusal } from './crossSite'
import { refuse } from './refusal'

/**
 * The client behind a request: the connection's peer, unless that peer is a
 * trusted proxy; then the right-most `X-Forwarded-For` entry that is not
 * itself a trusted proxy (each proxy appends the address it was connected
 * from, so entries left of that one are whatever the client chose to send).
 */
export function clientAddressOf(req: IncomingMessage, proxies: TrustedProxies): string {
  const peer = plainAddress(req.socket.remoteAddress ?? 'unknown')
  if (!proxies.trusts(peer)) return peer
  const forwarded = String(req.headers['x-forwarded-for'] ?? '').split(',').map((hop) => plainAddress(hop.trim()))
  for (const hop of forwarded.reverse()) {
    if (!isIP(hop)) break
    if (!proxies.trusts(hop)) return hop
  }
  return peer
}

/** The portal's one inline script (the elderly-mode boot), allowed by its hash. */
const PORTAL_BOOT_SCRIPT = `'sha256-${createHash('sha256').update(ELDERLY_MODE_BOOT).digest('base64')}'`

/**
 * What the server does with every request before Next.js sees it: name the
 * client in the client-address header (route handlers read it through
 * cms/lib/clientAddress.ts), set the security headers (the admin's pages
 * replace the Content-Security-Policy with one carrying their nonce, see
 * cms/proxy.ts), refuse addresses with broken percent-encoding, cross-site writes and
 * oversized bodies. Returns the
 * request handler's guard: true when the request was answered here.
 */
export function createEdge(env: Record<string, string | undefined> = process.env) {
  const proxies = trustedProxies(env)
  const origins = allowedOrigins(env)
  const headers = { ...SECURITY_HEADERS, 'Content-Security-Policy': contentSecurityPolicy([PORTAL_BOOT_SCRIPT]) }

  return (req: IncomingMessage, res: ServerResponse): boolean => {
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(req, proxies)
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    const pathname = (req.url ?? '/').split('?')[0] ?? '/'
    const refusal = malformedUrl(req.url ?? '/') ?? crossSiteRefusal(req, origins)
    if (refusal) {
      refuse(res, pathname, refusal)
      return true
    }
    return limitBody(req, res, pathname)
  }
}
