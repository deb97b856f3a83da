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

/**
 * Words that say nothing about what a demand is about: function words, and
 * the places and times every complaint mentions (小区, 楼下, 晚上). Left in,
 * "小区路灯不亮" and "小区垃圾没人清运" would look alike.
 */
const STOP_WORDS = new Set(
  (
    '的 了 很 在 还 我 我们 请 是 有 也 就 都 和 与 及 吧 呢 啊 吗 您 你 他 她 它 这 那 这个 那个 一个 人 太 ' +
    '被 把 给 让 已经 一直 非常 希望 尽快 要求 反映 问题 小区 楼下 楼上 门口 晚上 白天 好几天 几天 每天 现在 居民 附近 号 楼'
  ).split(' '),
)

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' })

/** The words of a text (Intl.Segmenter's dictionary), without stop words and bare numbers. */
export function contentWords(text: string): string[] {
  const words: string[] = []
  for (const { isWordLike, segment } of wordSegmenter.segment(withoutPersonalNumbers(text).toLowerCase())) {
    if (isWordLike && !STOP_WORDS.has(segment) && !/^[\d*]+$/.test(segment)) words.push(segment)
  }
  return words
}

/** Negations: meaningless alone, decisive joined to the next word (不亮, 没人). */
const NEGATIONS = new Set(['不', '没', '没有', '未'])

/**
 * The tokens demands are grouped on: each content word, the bigrams inside
 * it (so 路灯 matches inside 路灯杆), and a single-character word joined to its
 * neighbour (不+亮, 坏+了 are what the words mean together).
 */
export function demandTokens(text: string): Set<string> {
  const words = contentWords(text)
  const tokens = new Set<string>()
  words.forEach((word, index) => {
    if (!NEGATIONS.has(word)) tokens.add(word)
    const chars = [...word]
    for (let at = 0; at + 1 < chars.length; at += 1) tokens.add(chars[at]! + chars[at + 1]!)
    const next = words[index + 1]
    if (next && (chars.length === 1 || ([...next].length === 1 && !NEGATIONS.has(next)))) tokens.add(word + next)
  })
  return tokens
}

/** A group's centroid: how many of its `size` members hold each token. */
export type TokenCounts = { counts: Record<string, number>; size: number }

/**
 * Cosine between a demand's tokens (each weight 1) and a group's centroid
 * (each token's share of the members): 1 when every member reads alike and
 * the demand says the same, 0 when nothing is shared.
 */
export function centroidSimilarity(tokens: Set<string>, centroid: TokenCounts): number {
  if (!tokens.size || !centroid.size) return 0
  let dot = 0
  let norm = 0
  for (const [token, count] of Object.entries(centroid.counts)) {
    const weight = count / centroid.size
    norm += weight * weight
    if (tokens.has(token)) dot += weight
  }
  return norm ? dot / (Math.sqrt(tokens.size) * Math.sqrt(norm)) : 0
}
