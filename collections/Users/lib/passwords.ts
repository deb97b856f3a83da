import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)

/**
 * How Payload's local strategy stores passwords (generatePasswordSaltHash.js
 * in payload/dist/auth/strategies/local): PBKDF2-SHA256 with 600,000
 * iterations and 32 bytes behind this prefix, 25,000 and 512 bytes for
 * hashes from older versions. Payload does not export its check; the sign-in
 * tests compare this one with a real sign-in.
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

const parameters = (hash: string) =>
  hash.startsWith(CURRENT_PREFIX)
    ? { stored: hash.slice(CURRENT_PREFIX.length), iterations: 600_000, keyLength: 32 }
    : { stored: hash, iterations: 25_000, keyLength: 512 }

/** Whether `password` is the one stored as `hash` and `salt`. */
export async function passwordMatches({ hash, salt }: { hash?: unknown; salt?: unknown }, password: string): Promise<boolean> {
  if (typeof hash !== 'string' || typeof salt !== 'string') return false
  const { iterations, keyLength, stored } = parameters(hash)
  const computed = await derive(password, salt, iterations, keyLength, 'sha256')
  const expected = Buffer.from(stored, 'hex')
  return computed.length === expected.length && timingSafeEqual(computed, expected)
}

/** A stored password of today's kind that nothing matches. */
const NO_ACCOUNT = { hash: `${CURRENT_PREFIX}${'0'.repeat(64)}`, salt: '0'.repeat(64) }

/** Spend the time a password check takes, for a name no account has. */
export async function spendPasswordCheck(password: string): Promise<void> {
  await passwordMatches(NO_ACCOUNT, password)
}
