/**
 * How alike two requests read, for "是否是这些问题？": the overlap of their
 * character bigrams (Dice's coefficient). Chinese has no spaces to split
 * words on, and two characters side by side are the unit most words are made
 * of, so bigram overlap finds "小区门口路灯不亮" in "门口的路灯坏了不亮" without
 * a dictionary; latin words and numbers count as one token each.
 */

/** Phone numbers, ID numbers and other long digit runs: never shown to anyone else. */
const PERSONAL_DIGITS = /\d{6,}[\dXx]?/g

/** The text without phone and ID numbers, for showing to other residents. */
export const withoutPersonalNumbers = (text: string): string => text.replace(PERSONAL_DIGITS, '***')

/** An order's summary as other residents see it (the similar list, followers): personal numbers blanked, at most `length` characters. */
export const publicSummary = (summary: string, length = 60): string => withoutPersonalNumbers(summary).slice(0, length)

/** The tokens of a text: each pair of adjacent Han characters, each latin word or number. */
export function bigrams(text: string): Set<string> {
  const tokens = new Set<string>()
  for (const run of text.toLowerCase().match(/\p{Script=Han}+|[a-z0-9]+/gu) ?? []) {
    if (!/\p{Script=Han}/u.test(run)) {
      tokens.add(run)
      continue
    }
    const chars = [...run]
    if (chars.length === 1) tokens.add(run)
    for (let index = 0; index + 1 < chars.length; index += 1) tokens.add(chars[index]! + chars[index + 1]!)
  }
  return tokens
}

/** Dice's coefficient of two token sets: 0 nothing shared, 1 the same. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0
  let shared = 0
  for (const token of a) if (b.has(token)) shared += 1
  return (2 * shared) / (a.size + b.size)
}
