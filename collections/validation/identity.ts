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

type CitizenIdProblem = 'birth-date' | 'check-character' | 'format' | 'region'

/**
 * The province-level part (first two digits) of a GB/T 2260 address code.
 * Only the province is checked: county codes change over the years, and an ID
 * number keeps the code that was valid when it was issued.
 */
const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43',
  '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83',
])

/** What each problem is called, for people (message) and programs (code). */
export const CITIZEN_ID_PROBLEMS: Record<CitizenIdProblem, { code: string; message: string }> = {
  format: { code: 'ID_FORMAT', message: '身份证号码应为18位，最后一位可以是数字或X' },
  region: { code: 'ID_REGION', message: '身份证号码的前两位不是有效的省级行政区划代码' },
  'birth-date': { code: 'ID_BIRTH_DATE', message: '身份证号码中的出生日期不正确' },
  'check-character': { code: 'ID_CHECK_CHARACTER', message: '身份证号码有误，请逐位核对' },
}

/**
 * What is wrong with a citizen ID number, or null when it is valid: 18
 * characters, a province that exists, a real birth date not in the future
 * (nor before 1800), and the right check character. `today` is YYYYMMDD.
 */
export function citizenIdProblem(value: string, today: string): CitizenIdProblem | null {
  const id = value.trim().toUpperCase()
  if (!/^\d{17}[\dX]$/.test(id)) return 'format'
  if (!PROVINCE_CODES.has(id.slice(0, 2))) return 'region'
  const birth = id.slice(6, 14)
  if (!isRealDate(birth) || birth < '18000101' || birth > today) return 'birth-date'
  return citizenIdCheckCharacter(id.slice(0, 17)) === id[17] ? null : 'check-character'
}

/** Birth date (YYYY-MM-DD) and sex of a valid citizen ID number: the 17th digit is odd for men. */
export function citizenIdFacts(id: string): { birthDate: string; sex: 'female' | 'male' } {
  const digits = id.trim()
  return {
    birthDate: `${digits.slice(6, 10)}-${digits.slice(10, 12)}-${digits.slice(12, 14)}`,
    sex: Number(digits[16]) % 2 === 1 ? 'male' : 'female',
  }
}

/** The characters of a unified social credit code (GB 32100-2015): no I, O, S, V or Z. */
const CREDIT_CODE_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** The GB 32100 check character for the first 17 characters of a unified social credit code. */
export function creditCodeCheckCharacter(first17: string): string {
  const sum = CREDIT_CODE_WEIGHTS.reduce(
    (total, weight, index) => total + weight * CREDIT_CODE_CHARACTERS.indexOf(first17[index]!),
    0,
  )
  return CREDIT_CODE_CHARACTERS.charAt((31 - (sum % 31)) % 31)
}

type CreditCodeProblem = 'check-character' | 'format'

/** What is wrong with a unified social credit code, or null when it is valid. */
export function creditCodeProblem(value: string): CreditCodeProblem | null {
  const code = value.trim().toUpperCase()
  if (!/^[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}$/.test(code)) return 'format'
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'check-character'
}

/** Mainland mobile numbers: 11 digits starting 13–19. */
export const isMobileNumber = (value: string): boolean => /^1[3-9]\d{9}$/.test(value.trim())

/** A deliberately plain email check: something@domain.tld, no spaces. */
export const isEmailAddress = (value: string): boolean =>
  value.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())
