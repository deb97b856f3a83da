/**
 * Masking for personal data shown to people who do not need all of it, after
 * the common conventions (no format is fixed in law): a name keeps its first
 * character, a mobile its first 3 and last 4 digits, an ID number its first 6
 * and last 4 characters.
 */

const stars = (count: number): string => '*'.repeat(Math.max(count, 1))

export const maskName = (name: string): string => {
  const characters = [...name.trim()]
  return characters.length <= 1 ? stars(1) : `${characters[0]}${stars(characters.length - 1)}`
}

export const maskPhone = (phone: string): string =>
  phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : stars(phone.length)

export const maskIdNumber = (id: string): string =>
  id.length >= 10 ? `${id.slice(0, 6)}${stars(id.length - 10)}${id.slice(-4)}` : stars(id.length)

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

/** The kinds of personal value a field may hold, and how each is masked. */
export const MASKS = {
  address: maskAddress,
  idNumber: maskIdNumber,
  phone: maskPhone,
} as const
export type PersonalKind = keyof typeof MASKS

/** Whether a value is already masked (a client sending back what it was shown). */
export const isMasked = (value: string): boolean => value.includes('*')
