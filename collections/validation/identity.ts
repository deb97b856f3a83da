/**
 * Checks for the identifiers residents type: citizen ID numbers (GB 11643),
 * mainland mobile numbers and email addresses. Pure functions, so the portal's
 * browser script and the server share them.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK_CHARACTERS = '10X98765432'

/** The GB 11643 check character for the first 17 digits of a citizen ID number. */
export function citizenIdCheckCharacter(first17: string): string {
  const sum = ID_WEIGHTS.reduce((total, weight, index) => total + weight * Number(first17[index]), 0)
  return ID_CHECK_CHARACTERS.charAt(sum % 11)
}

/** Whether YYYYMMDD is a real calendar date. */
function isRealDate(digits: string): boolean {
  const year = Number(digits.slice(0, 4))
  const month = Number(digits.slice(4, 6))
  const day = Number(digits.slice(6, 8))
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

export type CitizenIdProblem = 'birth-date' | 'check-character' | 'format'

/**
 * What is wrong with a citizen ID number, or null when it is valid: 18
 * characters, a real birth date not in the future (nor before 1800), and
 * the right check character. `today` is YYYYMMDD.
 */
export function citizenIdProblem(value: string, today: string): CitizenIdProblem | null {
  const id = value.trim().toUpperCase()
  if (!/^\d{17}[\dX]$/.test(id)) return 'format'
  const birth = id.slice(6, 14)
  if (!isRealDate(birth) || birth < '18000101' || birth > today) return 'birth-date'
  return citizenIdCheckCharacter(id.slice(0, 17)) === id[17] ? null : 'check-character'
}

/** Mainland mobile numbers: 11 digits starting 13–19. */
export const isMobileNumber = (value: string): boolean => /^1[3-9]\d{9}$/.test(value.trim())

/** A deliberately plain email check: something@domain.tld, no spaces. */
export const isEmailAddress = (value: string): boolean =>
  value.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())
