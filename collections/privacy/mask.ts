/**
 * Masking for personal data shown to people who do not need all of it. A
 * mask is chosen with the rest of the screen in view: what it keeps, added to
 * the record's other visible fields, must leave too many candidates for exact
 * look-ups (audited, limited per user) to confirm. The reasoning per kind is
 * in the README (personal values).
 */

const stars = (count: number): string => '*'.repeat(Math.max(count, 1))

export const maskName = (name: string): string => {
  const characters = [...name.trim()]
  return characters.length <= 1 ? stars(1) : `${characters[0]}${stars(characters.length - 1)}`
}

/** Digits a phone mask always hides: 10,000 candidates at the least. */
const HIDDEN_PHONE_DIGITS = 4

/**
 * A mobile keeps its first 3 and last 4 digits; a shorter number (a landline
 * without its area code) keeps only as many of its last digits as still
 * leaves four hidden.
 */
export const maskPhone = (phone: string): string => {
  const start = phone.length >= 11 ? 3 : 0
  const end = Math.max(0, Math.min(4, phone.length - start - HIDDEN_PHONE_DIGITS))
  return `${phone.slice(0, start)}${stars(phone.length - start - end)}${end ? phone.slice(-end) : ''}`
}

/**
 * An ID number keeps only its first character (a group of provinces): the
 * birth date and sex shown beside it already give 8 digits and the parity of
 * the 17th, so any more of the region, the sequence or the check character
 * would narrow the rest to a few dozen candidates.
 */
export const maskIdNumber = (id: string): string => `${id.slice(0, 1)}${stars(id.length - 1)}`

/**
 * An address keeps the part before the first digit (district, street, road)
 * and hides the rest (building, unit, room); without digits, its first half.
 */
export const maskAddress = (address: string): string => {
  const text = address.trim()
  const firstDigit = text.search(/[0-9０-９一二三四五六七八九十]+[号栋幢楼单室层巷弄]/)
  const kept = firstDigit > 0 ? text.slice(0, firstDigit) : text.slice(0, Math.floor(text.length / 2))
  return `${kept}****`
}

/** An email keeps the first character of its mailbox and its domain. */
const maskEmail = (email: string): string => {
  const at = email.lastIndexOf('@')
  return at > 0 ? `${email.slice(0, 1)}****${email.slice(at)}` : stars(email.length)
}

/** A phone number or an email address (a message's recipient). */
export const maskContact = (contact: string): string => (contact.includes('@') ? maskEmail(contact) : maskPhone(contact))

/** The kinds of personal value a field may hold, and how each is masked. */
export const MASKS = {
  address: maskAddress,
  contact: maskContact,
  idNumber: maskIdNumber,
  name: maskName,
  phone: maskPhone,
} as const
export type PersonalKind = keyof typeof MASKS

/** Whether a value is already masked (a client sending back what it was shown). */
export const isMasked = (value: string): boolean => value.includes('*')
