import { pinyin } from 'pinyin-pro'

/**
 * The words a guide is indexed under besides its text, so that residents who
 * type what they say (上户口), pinyin (shanghukou, shenfenzheng) or initials
 * (shk, sfz) find it. Build-time only: pinyin-pro never reaches the browser.
 */

const HAN = /\p{Script=Han}/u
const words = new Intl.Segmenter('zh-CN', { granularity: 'word' })

/** Full pinyin without tones or spaces, and the initials: 身份证 → shenfenzheng, sfz. */
export function pinyinForms(text: string): { full: string; initials: string } {
  if (!HAN.test(text)) return { full: '', initials: '' }
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true })
  return {
    full: syllables.join('').toLowerCase(),
    initials: syllables.map((syllable) => syllable[0] ?? '').join('').toLowerCase(),
  }
}

/** Longest run of words spelt together: the segmenter splits 身份证 into 身份 + 证. */
const MAX_WORDS_PER_PHRASE = 3

/**
 * The phrases of one to three consecutive Chinese words in a text:
 * 居民身份证首次申领 → 居民, 居民身份, …, 身份证, 首次申领, …
 */
function chinesePhrases(text: string): string[] {
  const segments = [...words.segment(text)].filter(({ isWordLike, segment }) => isWordLike && HAN.test(segment))
  return segments.flatMap((_, start) =>
    Array.from({ length: Math.min(MAX_WORDS_PER_PHRASE, segments.length - start) }, (_, length) =>
      segments
        .slice(start, start + length + 1)
        .map(({ segment }) => segment)
        .join(''),
    ),
  )
}

/**
 * A guide's aliases; the words of its title and aliases as the browser's
 * segmenter splits a query (居住 证 签注), so a typed title matches however
 * the indexer segments it; and the pinyin of the title and each alias, whole
 * and phrase by phrase (so sfz finds 居民身份证首次申领). Each once.
 */
export function searchKeywords(title: string, aliases: readonly string[]): string[] {
  const keywords = new Set<string>(aliases)
  for (const text of [title, ...aliases]) {
    for (const { isWordLike, segment } of words.segment(text)) if (isWordLike) keywords.add(segment)
  }
  for (const text of [title, ...aliases]) {
    for (const phrase of new Set([text, ...chinesePhrases(text)])) {
      const { full, initials } = pinyinForms(phrase)
      if (full) keywords.add(full)
      if (initials.length > 1) keywords.add(initials)
    }
  }
  return [...keywords]
}
