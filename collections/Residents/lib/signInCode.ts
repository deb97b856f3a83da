import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'

/** How long a sign-in code works. */
export const CODE_MINUTES = 5
/** Wrong tries a code survives; then it is void. */
export const CODE_TRIES = 5

/** A fresh six-digit code. */
export const newSignInCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0')

/** What is stored of a code: a keyed hash bound to the account and the code's expiry, never the code. */
export const hashSignInCode = (secret: string, residentId: number | string, expiresAt: string, code: string): string =>
  createHmac('sha256', secret).update(`resident-code:${String(residentId)}:${expiresAt}:${code}`).digest('hex')

export function signInCodeMatches(secret: string, residentId: number | string, expiresAt: string, code: string, stored: string): boolean {
  const computed = Buffer.from(hashSignInCode(secret, residentId, expiresAt, code), 'hex')
  const expected = Buffer.from(stored, 'hex')
  return computed.length === expected.length && timingSafeEqual(computed, expected)
}
