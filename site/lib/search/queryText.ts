/** Full-width letters and digits (and other compatibility forms) as half-width, Latin in lower case. */
export const foldWidthAndCase = (text: string): string => text.normalize('NFKC').toLowerCase()

/**
 * The cheap part of query normalisation, with no dictionary: full-width
 * letters and digits to half-width, Latin to lower case, spaces collapsed,
 * and pinyin typed syllable by syllable (shen fen zheng) joined up as the
 * index spells it (shenfenzheng).
 */
export function tidyQuery(query: string): string {
  const tidy = foldWidthAndCase(query).replace(/\s+/g, ' ').trim()
  return /^[a-z ]+$/.test(tidy) ? tidy.replaceAll(' ', '') : tidy
}

export const hasChineseCharacters = (text: string): boolean => /\p{Script=Han}/u.test(text)
