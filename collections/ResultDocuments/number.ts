import { randomBytes } from 'node:crypto'

/**
 * Verification numbers: 16 characters of Crockford's base32 (80 random bits,
 * no I, L, O or U to misread), printed in groups of four —
 * `7K3M-Q9XA-2D4F-HT8B`. Unguessable: a verifier who types numbers at
 * random finds nothing, whatever the rate limit.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const LENGTH = 16
const GROUP = 4

export const VERIFICATION_NUMBER = /^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3}$/

/** A new random number, grouped. */
export function newVerificationNumber(): string {
  const bytes = randomBytes((LENGTH * 5) / 8)
  let bits = 0n
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte)
  let characters = ''
  for (let index = LENGTH - 1; index >= 0; index -= 1) characters += ALPHABET[Number((bits >> BigInt(index * 5)) & 31n)]
  return group(characters)
}

const group = (characters: string): string => characters.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-')

/**
 * A number as a person typed or a scanner read it, in its printed form:
 * case, spaces and dashes do not matter, and O, I and L are read as 0, 1, 1
 * (Crockford's rule). Anything else that is not a number answers null.
 */
export function normalizeVerificationNumber(input: string): null | string {
  const characters = input
    .toUpperCase()
    .replace(/[\s\-－—_]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
  if (characters.length !== LENGTH) return null
  const grouped = group(characters)
  return VERIFICATION_NUMBER.test(grouped) ? grouped : null
}
