import { toSimplifiedChinese } from '../../../site/lib/search/normaliseQuery'
import { foldWidthAndCase } from '../../../site/lib/search/queryText'

/**
 * A text as screening compares it: only its letters and digits, each folded
 * as the portal's search folds queries (full-width to half-width, Latin in
 * lower case, traditional characters simplified), with everything between
 * them left out — spaces, punctuation, symbols, emoji, zero-width characters —
 * so that 法 轮-功 and 法.轮.功 read 法轮功; digits between two Chinese
 * characters are read as separators too (法1轮2功). Each kept character
 * remembers where it came from, so a hit can be masked in the text as written.
 */
export type CompactText = {
  /** One code point per kept character. */
  chars: string[]
  /** UTF-16 offsets in the original text of the character each kept one came from: start inclusive, end exclusive. */
  starts: number[]
  ends: number[]
}

const KEPT = /^[\p{L}\p{N}]$/u
const LATIN_OR_DIGIT = /^[a-z0-9]$/
const DIGIT = /^[0-9]$/
const HAN = /^\p{Script=Han}$/u

/** Characters are folded one at a time (a text has a few hundred distinct ones), so each is converted once per process. */
const folded = new Map<string, string[]>()

function foldCharacter(char: string): string[] {
  let kept = folded.get(char)
  if (!kept) {
    // NFKC may turn one character into several (㈱ → (株)): each kept one points back to it.
    kept = Array.from(foldWidthAndCase(char)).filter((each) => KEPT.test(each)).map((each) => (each.charCodeAt(0) > 0x2e7f ? toSimplifiedChinese(each) : each))
    folded.set(char, kept)
  }
  return kept
}

export function compactText(text: string): CompactText {
  const compact: CompactText = { chars: [], starts: [], ends: [] }
  let offset = 0
  for (const char of text) {
    const end = offset + char.length
    for (const kept of foldCharacter(char)) {
      compact.chars.push(kept)
      compact.starts.push(offset)
      compact.ends.push(end)
    }
    offset = end
  }
  return withoutDigitsBetweenHan(compact)
}

/** The kept characters without the runs of digits that stand between two Chinese characters. */
function withoutDigitsBetweenHan(compact: CompactText): CompactText {
  const { chars } = compact
  const dropped = new Set<number>()
  for (let index = 0; index < chars.length; ) {
    if (!DIGIT.test(chars[index]!)) {
      index += 1
      continue
    }
    let after = index
    while (after < chars.length && DIGIT.test(chars[after]!)) after += 1
    if (index > 0 && HAN.test(chars[index - 1]!) && after < chars.length && HAN.test(chars[after]!)) for (let each = index; each < after; each += 1) dropped.add(each)
    index = after
  }
  if (!dropped.size) return compact
  const kept = (_: unknown, index: number) => !dropped.has(index)
  return { chars: chars.filter(kept), starts: compact.starts.filter(kept), ends: compact.ends.filter(kept) }
}

/** A word as the matcher holds it: the same folding, nothing between its characters. */
export const compactWord = (word: string): string => compactText(word).chars.join('')

export const isLatinOrDigit = (char: string | undefined): boolean => char !== undefined && LATIN_OR_DIGIT.test(char)
