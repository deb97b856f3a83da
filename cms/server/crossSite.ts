import type { IncomingMessage } from 'node:http'

import { configuredPortalOrigin } from '../../collections/catalogue/portalUrl'
import { corsOrigins } from '../config/cors'
import type { Refusal } from './refusal'

type Env = Record<string, string | undefined>

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
/** Payload's staff session cookie (`${cookiePrefix}-token`, the prefix left at its default), a resident's (RESIDENT_COOKIE) and a provider's (PROVIDER_COOKIE). */
const SESSION_COOKIE = /(?:^|;\s*)(?:payload-token|yizhan-resident|yizhan-provider)=/

const parse = (url: string | undefined): URL | undefined => {
  try {
    return url ? new URL(url) : undefined
  } catch {
    return undefined
  }
}
const originOf = (url: string | undefined): string | undefined => parse(url)?.origin
const hostOf = (url: string | undefined): string | undefined => parse(url)?.host

/** Origins besides the served one whose pages may write with a staff member's cookie. */
export function allowedOrigins(env: Env = process.env): Set<string> {
  return new Set([...corsOrigins(env), originOf(configuredPortalOrigin(env))].filter((origin): origin is string => Boolean(origin)))
}

const CROSS_SITE: Refusal = {
  status: 403,
  code: 'CROSS_SITE_REQUEST',
  message: '这个请求来自其他网站，已被拒绝。请在本系统的页面上操作。',
}

/**
 * Cross-site request forgery: a write that a browser sends with a staff
 * member's or a resident's session cookie from another site's page. Its `Origin` (or, when
 * a browser sends none, `Sec-Fetch-Site`) gives it away. The served origin
 * is compared by host with the request's own `Host`, so it is allowed
 * without `PUBLIC_URL`. Calls with an API key (`Authorization`) are not
 * made by a browser on a staff member's behalf and pass.
 */
export function crossSiteRefusal(req: IncomingMessage, allowed: Set<string>): Refusal | undefined {
  if (!WRITE_METHODS.has(req.method ?? '') || req.headers.authorization) return undefined
  if (!SESSION_COOKIE.test(req.headers.cookie ?? '')) return undefined
  const origin = req.headers.origin
  if (origin === undefined) return req.headers['sec-fetch-site'] === 'cross-site' ? CROSS_SITE : undefined
  if (allowed.has(origin)) return undefined
  return hostOf(origin) === req.headers.host ? undefined : CROSS_SITE
}
