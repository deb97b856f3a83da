/**
 * Whether text a resident typed where nothing personal belongs (a search, a
 * comment on a guide) holds what looks like an ID number, a phone or an
 * email address: six digits in a row, or an @.
 */
export const looksPersonal = (text: string): boolean => /\d{6}|@/.test(text)
