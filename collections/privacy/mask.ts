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
