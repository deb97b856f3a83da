import AhoCorasick from 'modern-ahocorasick'
import { pinyin } from 'pinyin-pro'

import type { WordAction } from '../words'
import { type CompactText, compactText, compactWord, isLatinOrDigit } from './normalise'

/** A word of the list and what it does to a text that contains it. */
export type ListedWord = { action: WordAction; word: string }

/** What screening found, and what the post becomes: refused, held for review, shown with words masked, or shown as written. */
export type Screening = {
  outcome: 'block' | 'mask' | 'pass' | 'review'
  /** The text as it may be shown: masked words replaced by *, one per character, separators inside the word included. */
  text: string
  found: ListedWord[]
}

/** A listed word found in a text: which one, and where in the text as written (UTF-16, end exclusive). */
export type Hit = { entry: number; start: number; end: number }

/**
 * Initials (flg) stand for words of at least this many characters: the
 * initials of a two-character word are two letters, found in ordinary
 * Latin text everywhere.
 */
const INITIALS_FROM = 3
const ALL_HAN = /^\p{Script=Han}+$/u
const ALL_LATIN = /^[a-z]+$/

/**
 * The forms a word is caught in: as written (folded, see normalise.ts), and
 * for a word of Chinese characters its full pinyin (falungong; ü typed as v
 * or u) and, from INITIALS_FROM characters, its initials (flg). Pinyin is the
 * reading pinyin-pro gives the word as a whole.
 */
export function wordForms(word: string): string[] {
  const compact = compactWord(word)
  if (!compact) return []
  const forms = new Set([compact])
  if (ALL_HAN.test(compact)) {
    const syllables = pinyin(compact, { toneType: 'none', type: 'array' })
    const full = syllables.join('')
    for (const spelling of full.includes('ü') ? [full.replaceAll('ü', 'v'), full.replaceAll('ü', 'u')] : [full]) forms.add(spelling)
    if (syllables.length >= INITIALS_FROM) forms.add(syllables.map((syllable) => syllable[0]).join(''))
  }
  return [...forms].filter((form) => form === compact || ALL_LATIN.test(form))
}

/** Forms already worked out in this process: a recompile after a change to the list redoes only the changed words. */
const knownForms = new Map<string, string[]>()

function formsOf(word: string): string[] {
  let forms = knownForms.get(word)
  if (!forms) knownForms.set(word, (forms = wordForms(word)))
  return forms
}

/**
 * Two automata. Forms of Latin letters and digits (pinyin, Latin words) are
 * matched in the text's kept characters with everything else blanked out, so
 * they can only match within a Latin run. Every other form is matched with
 * each kept character given as three ASCII characters (18 bits: every code
 * point up to U+3FFFF, all CJK extensions included): on ASCII the library
 * skips Unicode grapheme segmentation, most of its time on Chinese text
 * (about 3× faster on a 2,000-character post); matches not starting on a
 * character's first unit are dropped.
 */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_'
const UNIT = 3
const LATIN_FORM = /^[a-z0-9]+$/
const DIGITS_END_RUN = /^[a-z]{4,}$/
const isLetter = (char: string | undefined): boolean => char !== undefined && char >= 'a' && char <= 'z'

function encode(chars: Iterable<string>): string {
  let encoded = ''
  for (const char of chars) {
    const point = char.codePointAt(0)!
    encoded += ALPHABET[(point >> 12) & 63]! + ALPHABET[(point >> 6) & 63]! + ALPHABET[point & 63]!
  }
  return encoded
}

/** The kept characters with all but Latin letters and digits blanked, one UTF-16 unit each. */
const latinOnly = (chars: string[]): string => chars.map((char) => (isLatinOrDigit(char) ? char : ' ')).join('')

/**
 * Which listed word a form stands for, and whether it begins (ends) with a
 * Latin letter or digit, and so must begin (end) a Latin run of the text.
 * For a form of four or more letters (full pinyin, a Latin word) a digit
 * ends the run too, so falungong2024 is caught; shorter ones (initials such
 * as flg) keep digits in the run, so a code like FLG2 passes.
 */
type Form = { entry: number; latinStart: boolean; latinEnd: boolean; digitsEndRun: boolean }
type Pattern = { data: Form; pattern: string }

/**
 * Whether the kept character at `index` begins (side -1) or ends (side +1) a
 * run of Latin letters and digits: its neighbour is missing, not Latin, or
 * was separated from it by a space or symbol in the text as written. So flg
 * matches "flg" and "f.l.g" but not "flags", and falungong not "xfalungong".
 */
function atRunEdge(compact: CompactText, index: number, side: -1 | 1, digitsEndRun: boolean): boolean {
  const neighbour = index + side
  if (!(digitsEndRun ? isLetter : isLatinOrDigit)(compact.chars[neighbour])) return true
  return side < 0 ? compact.ends[neighbour]! < compact.starts[index]! : compact.starts[neighbour]! > compact.ends[index]!
}

const automaton = (patterns: Pattern[]): AhoCorasick<Form> | null => (patterns.length ? new AhoCorasick(patterns) : null)

/** The list compiled: build once per list, then `find` in any number of texts. */
export class WordMatcher {
  readonly words: readonly ListedWord[]
  readonly #latin: AhoCorasick<Form> | null
  readonly #encoded: AhoCorasick<Form> | null

  constructor(words: readonly ListedWord[]) {
    this.words = words
    const latin: Pattern[] = []
    const encoded: Pattern[] = []
    words.forEach(({ word }, entry) => {
      for (const form of formsOf(word)) {
        const data = { entry, latinStart: isLatinOrDigit(form[0]), latinEnd: isLatinOrDigit(form.at(-1)), digitsEndRun: DIGITS_END_RUN.test(form) }
        if (LATIN_FORM.test(form)) latin.push({ pattern: form, data })
        else encoded.push({ pattern: encode(form), data })
      }
    })
    this.#latin = automaton(latin)
    this.#encoded = automaton(encoded)
  }

  find(text: string): Hit[] {
    if (!this.#latin && !this.#encoded) return []
    const compact = compactText(text)
    const hits: Hit[] = []
    const add = (data: Form | undefined, first: number, last: number) => {
      if (!data || (data.latinStart && !atRunEdge(compact, first, -1, data.digitsEndRun)) || (data.latinEnd && !atRunEdge(compact, last, 1, data.digitsEndRun))) return
      hits.push({ entry: data.entry, start: compact.starts[first]!, end: compact.ends[last]! })
    }
    for (const { start, end, data } of this.#encoded?.search(encode(compact.chars)) ?? []) {
      if (start % UNIT === 0) add(data, start / UNIT, end / UNIT - 1)
    }
    for (const { start, end, data } of this.#latin?.search(latinOnly(compact.chars)) ?? []) add(data, start, end - 1)
    return hits
  }
}

const SEVERITY: Screening['outcome'][] = ['pass', 'mask', 'review', 'block']

/** Each masked range's characters as *, overlapping ranges once. */
function masked(text: string, ranges: Hit[]): string {
  let shown = ''
  let done = 0
  for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
    const from = Math.max(start, done)
    if (end <= from) continue
    shown += text.slice(done, from) + '*'.repeat(Array.from(text.slice(from, end)).length)
    done = end
  }
  return shown + text.slice(done)
}

/** Screen `text` with a compiled list: the strongest action of the words found decides, masked words are masked. */
export function screenWith(matcher: WordMatcher, text: string): Screening {
  const hits = matcher.find(text)
  const found = [...new Set(hits.map((hit) => hit.entry))].map((entry) => matcher.words[entry]!)
  const outcome = found.reduce<Screening['outcome']>((worst, { action }) => (SEVERITY.indexOf(action) > SEVERITY.indexOf(worst) ? action : worst), 'pass')
  const toMask = hits.filter((hit) => matcher.words[hit.entry]!.action === 'mask')
  return { outcome, text: toMask.length ? masked(text, toMask) : text, found }
}
