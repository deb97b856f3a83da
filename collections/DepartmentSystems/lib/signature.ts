import { createHmac, timingSafeEqual } from 'node:crypto'

/** The header a webhook's signature travels in: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = 'X-Yizhan-Signature'

/** How old a signed timestamp may be when a receiver checks it (replay protection). */
export const SIGNATURE_TOLERANCE_SECONDS = 300

const hmac = (secret: string, timestamp: number, body: string): string =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')

/**
 * Sign a webhook body as Stripe does: HMAC-SHA256 with the department
 * system's secret over `<timestamp>.<body>`, so a receiver can tell the
 * body came from the platform unchanged and recently.
 */
export const signatureHeader = (secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): string =>
  `t=${timestamp},v1=${hmac(secret, timestamp, body)}`

/**
 * Whether `header` is a valid signature of `body` with `secret`, made within
 * the tolerance of `now`: what a department system checks on receipt (and
 * the tests do).
 */
export function verifySignature(secret: string, body: string, header: string, now = Math.floor(Date.now() / 1000)): boolean {
  const parts = new Map(header.split(',').map((part) => part.trim().split('=', 2) as [string, string]))
  const timestamp = Number(parts.get('t'))
  const signature = parts.get('v1') ?? ''
  if (!Number.isInteger(timestamp) || Math.abs(now - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return false
  const expected = Buffer.from(hmac(secret, timestamp, body), 'hex')
  const given = Buffer.from(signature, 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
