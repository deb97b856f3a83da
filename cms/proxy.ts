import { type NextRequest, NextResponse } from 'next/server'

import { contentSecurityPolicy } from './lib/securityHeaders'

const LANGUAGE_COOKIE = 'payload-lng'
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60

/**
 * The admin's and the setup page's Content-Security-Policy, with a nonce of
 * its own for every page: Next.js finds the policy on the request and puts
 * the nonce on the inline scripts it renders, so no other inline script runs.
 */
function withNonce(headers: Headers): string {
  const policy = contentSecurityPolicy([`'nonce-${btoa(crypto.randomUUID())}'`])
  headers.set('Content-Security-Policy', policy)
  return policy
}

/**
 * Admin and setup pages:
 * - Payload's own "create first user" screen is replaced by the one-time
 *   setup page, so nobody can claim a fresh server without the printed link.
 * - Chinese is the default language whatever the browser asks for; staff who
 *   pick English in their account settings keep it (the cookie then exists).
 * - The Content-Security-Policy carries a per-request nonce (withNonce).
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.nextUrl.pathname === '/admin/create-first-user') {
    return NextResponse.redirect(new URL('/setup', request.url))
  }
  const chooseLanguage = !request.cookies.has(LANGUAGE_COOKIE)
  if (chooseLanguage) request.cookies.set(LANGUAGE_COOKIE, 'zh')
  const headers = new Headers(request.headers)
  const policy = withNonce(headers)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  if (chooseLanguage) {
    response.cookies.set(LANGUAGE_COOKIE, 'zh', { path: '/', sameSite: 'lax', maxAge: ONE_YEAR_SECONDS })
  }
  return response
}

export const config = { matcher: ['/admin', '/admin/:path*', '/setup'] }
