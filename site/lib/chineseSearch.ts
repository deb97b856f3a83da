import { Converter } from 'opencc-js'
import { pinyin } from 'pinyin-pro'

/**
 * Chinese search helpers shared by the portal's index and search box (and
 * later the hotline desk): residents type what they say (上户口), pinyin
 * (shanghukou, shk) or traditional characters (出生登記), and all of it must
 * find the same guide.
 */

const toSimplifiedChinese = Converter({ from: 'tw', to: 'cn' })
const HAN = /\p{Script=Han}/u

/** Full pinyin without tones or spaces, and the initials: 身份证 → shenfenzheng, sfz. */
export function pinyinForms(text: string): { full: string; initials: string } {
  if (!HAN.test(text)) return { full: '', initials: '' }
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true })
  return {
    full: syllables.join('').toLowerCase(),
    initials: syllables.map((syllable) => syllable[0] ?? '').join('').toLowerCase(),
  }
}

/**
 * The extra words a guide is indexed under: its aliases, and the pinyin of
 * its title and of each alias, each once.
 */
export function searchKeywords(title: string, aliases: readonly string[]): string[] {
  const words = new Set<string>(aliases)
  for (const text of [title, ...aliases]) {
    const { full, initials } = pinyinForms(text)
    if (full) words.add(full)
    if (initials.length > 1) words.add(initials)
  }
  return [...words]
}

/**
 * What a resident typed, made comparable with the index: full-width letters
 * and digits to half-width, Latin to lower case, traditional characters to
 * simplified, spaces collapsed.
 */
export function normaliseQuery(query: string): string {
  const halfWidth = query.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
  return HAN.test(halfWidth) ? toSimplifiedChinese(halfWidth) : halfWidth
}
