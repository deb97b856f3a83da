import { Converter } from 'opencc-js/t2cn'

import { hasChineseCharacters, tidyQuery } from './queryText'

/**
 * What a resident typed, made comparable with the index: tidied (see
 * tidyQuery) and traditional characters turned simplified (opencc-js, Taiwan
 * and Hong Kong forms). The search page loads this module, and its
 * dictionary, only for queries with Chinese characters.
 */
export const toSimplifiedChinese = Converter({ from: 'tw', to: 'cn' })

export function normaliseQuery(query: string): string {
  const tidy = tidyQuery(query)
  return hasChineseCharacters(tidy) ? toSimplifiedChinese(tidy) : tidy
}
