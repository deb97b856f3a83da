/**
 * The Content-Security-Policy of every answer. Only this server's own origin
 * appears in it (the platform runs on intranets without outside network).
 * `scripts` are the extra script sources a page needs: the admin's per-request
 * nonce (Next.js puts it on its inline scripts), the portal's one inline boot
 * script by hash. Styles may be inline: Payload's admin sets style attributes
 * throughout. Pagefind (the portal's search) compiles WebAssembly.
 */
export function contentSecurityPolicy(scripts: string[]): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scripts, "'wasm-unsafe-eval'"].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ')
}

/** The other security headers on every answer. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
}
