import { type NextRequest, NextResponse } from 'next/server'

import { malformedPath } from './lib/malformedRequests'

const LANGUAGE_COOKIE = 'payload-lng'
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60

/**
 * Every API request: a path with broken percent-encoding is refused with a
 * 400 (Next.js would answer 500 while routing it).
 *
 * Admin requests:
 * - Payload's own "create first user" screen is replaced by the one-time
 *   setup page, so nobody can claim a fresh server without the printed link.
 * - Chinese is the default language whatever the browser asks for; staff who
 *   pick English in their account settings keep it (the cookie then exists).
 */
export function proxy(request: NextRequest): NextResponse | Response {
  const malformed = malformedPath(new URL(request.url))
  if (malformed) return malformed
  if (!request.nextUrl.pathname.startsWith('/admin')) return NextResponse.next()
  if (request.nextUrl.pathname === '/admin/create-first-user') {
    return NextResponse.redirect(new URL('/setup', request.url))
  }
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()

  request.cookies.set(LANGUAGE_COOKIE, 'zh')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'zh', {
    path: '/',
    sameSite: 'lax',
    maxAge: ONE_YEAR_SECONDS,
  })
  return response
}

// Only API paths holding an escape: a matched request's body is buffered (up
// to 10 MB), which uploads and imports must not be.
export const config = { matcher: ['/admin', '/admin/:path*', '/api/(.*%.*)'] }
