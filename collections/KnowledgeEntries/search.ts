import { correctQuery } from '../../site/lib/search/corrections'
import { searchKeywords } from '../../site/lib/search/keywords'
import { normaliseQuery } from '../../site/lib/search/normaliseQuery'
import { meaningfulWords } from '../../site/lib/search/rankedSearch'

/**
 * Knowledge entries are searched with the portal's Chinese normalisation:
 * what is stored and what is typed both go through normaliseQuery (full-width
 * to half-width, lower case, traditional to simplified) and the known
 * miswritings (corrections.ts); the stored key adds the pinyin, whole and
 * phrase by phrase, and the initials of the title, the callers' questions and
 * the keywords (keywords.ts, as the guides' index has them). A query matches
 * when the key contains every meaningful word of it (rankedSearch's words:
 * 怎么办, 吗 and the like dropped).
 */

/** Separates the parts of a key, so that no word is found across two of them. */
const SEPARATOR = ' | '

/** The text an entry is found by: its words simplified, and their pinyin and initials. */
export function searchKeyOf(entry: { answer?: null | string; keywords?: null | string[]; questions?: null | string[]; title?: null | string }): string {
  const names = [entry.title ?? '', ...(entry.questions ?? []), ...(entry.keywords ?? [])].map(normaliseText).filter(Boolean)
  const [title = '', ...aliases] = names
  const pinyin = searchKeywords(title, aliases).filter((keyword) => /^[a-z]+$/.test(keyword))
  return [...names, normaliseText(entry.answer ?? ''), ...pinyin].filter(Boolean).join(SEPARATOR)
}

const normaliseText = (text: string): string => correctQuery(normaliseQuery(text))

/** The words of a typed query the key must all contain; none when nothing meaningful was typed. */
export function queryWords(typed: string): string[] {
  const query = normaliseText(typed)
  return query ? meaningfulWords(query) : []
}
