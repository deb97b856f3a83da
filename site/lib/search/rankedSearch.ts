/**
 * The portal's search strategy on top of Pagefind, for the way residents
 * actually ask ("身份证丢了怎么补办"):
 * 1. nothing at all when a word of the query is in no guide
 *    (namesTheUnknown): 火星移民签证, 阿斯顿发. The empty list lets the page
 *    say 没有找到 and offer 12345 instead of unrelated guides;
 * 2. guides with every meaningful word of the query (question and filler
 *    words dropped), in Pagefind's order;
 * 3. when that finds too little, guides with any of the words, those matching
 *    more (and rarer) words first — but only guides whose matched words make
 *    up at least two fifths of the query (MIN_COVERAGE): a guide that shares
 *    one short word of a long question is not an answer;
 * 4. among the first results, a guide whose title or alias is what the
 *    resident typed moves up: 上户口 is 出生登记's alias, not a word in a
 *    long guide that mentions 户口 ten times.
 * The search page shows the results in this order.
 */

type PagefindResult = { data: () => Promise<PagefindResultData>; id: string; score: number }
export type RankedResult = { data: () => Promise<PagefindResultData>; id: string }
export type PagefindResultData = { meta: Record<string, string | undefined>; url: string }
export type PagefindFilters = Record<string, { any: string[] }>
export type PagefindApi = {
  search: (query: null | string, options?: { filters?: PagefindFilters }) => Promise<{ results: PagefindResult[] }>
}

/** Words that carry the question, not the subject: 怎么办, 去哪, 能不能… */
const FILLER_WORDS = new Set(
  (
    '怎么办 怎么样 怎么 怎样 如何 什么 啥 哪里 哪儿 哪个 去哪 在哪 哪 能不能 能否 能 可以 可不可以 需要 要 想 想要 ' +
    '我 我的 我们 你 您 他 她 了 的 地 得 吗 呢 啊 吧 呀 嘛 一下 是不是 是 有 有没有 没有 多少 多久 几 还 给 去 ' +
    '个 该 应该 时候 手续 办 办理 怎么弄 请问 一个 这个 那个 都 就 还是 或者 和 跟 在 到 把 被 让 从'
  ).split(' '),
)

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' })

/** The words of a query that say what the resident needs. */
export function meaningfulWords(query: string): string[] {
  const words = [...segmenter.segment(query)]
    .filter(({ isWordLike }) => isWordLike)
    .map(({ segment }) => segment)
  const kept = words.filter((word) => !FILLER_WORDS.has(word))
  return [...new Set(kept.length ? kept : words)]
}

/** Too few results from the strict tiers: widen to any word. */
const WIDEN_BELOW = 3

/** The share of the query's meaningful characters a widened result must match to count as a real match. */
export const MIN_COVERAGE = 0.4

/** The share of the query's meaningful characters that `matched` words make up. */
export function coverage(words: readonly string[], matched: ReadonlySet<string>): number {
  const total = words.reduce((sum, word) => sum + word.length, 0)
  const covered = words.reduce((sum, word) => sum + (matched.has(word) ? word.length : 0), 0)
  return total === 0 ? 0 : covered / total
}

/** How many of the first results are re-ordered by how closely their names match. */
const RERANK_DEPTH = 24

export async function rankedSearch(
  pagefind: PagefindApi,
  query: string,
  filters: PagefindFilters = {},
): Promise<RankedResult[]> {
  if (!query) return (await pagefind.search(null, { filters })).results
  const words = meaningfulWords(query)
  const perWord = await Promise.all(words.map((word) => pagefind.search(word, { filters })))
  if (namesTheUnknown(words, perWord)) return []
  const found = new Map<string, PagefindResult>()
  const add = (results: PagefindResult[]) => {
    for (const result of results) if (!found.has(result.id)) found.set(result.id, result)
  }
  add((await pagefind.search(words.join(' '), { filters })).results)
  if (found.size < WIDEN_BELOW && words.length > 1) add(anyWord(words, perWord))
  return closestNamesFirst([...found.values()], query, words)
}

/**
 * Whether the query names something no guide mentions: a word of two or
 * more characters that finds nothing on its own (火星, 斯顿). Pagefind leaves
 * such a word out and answers the rest (火星移民签证 would list a passport
 * guide for 签证), so the search checks each word itself.
 */
export const namesTheUnknown = (words: readonly string[], perWord: readonly { results: unknown[] }[]): boolean =>
  words.some((word, index) => word.length > 1 && perWord[index]?.results.length === 0)

/** 3 the title or an alias is the query, 2 contains it, 1 contains all its words, 0 none of these. */
function nameCloseness({ meta }: PagefindResultData, query: string, words: string[]): number {
  const names = [meta.title ?? '', ...(meta.aliases ?? '').split('、').filter(Boolean)]
  if (names.includes(query)) return 3
  if (names.some((name) => name.includes(query))) return 2
  return words.every((word) => names.some((name) => name.includes(word))) ? 1 : 0
}

async function closestNamesFirst(results: PagefindResult[], query: string, words: string[]): Promise<RankedResult[]> {
  // Each result's data is fetched once, here, and reused when the page shows it.
  const ranked = results.map((result) => {
    let data: Promise<PagefindResultData> | undefined
    return { id: result.id, data: () => (data ??= result.data()) }
  })
  const head = ranked.slice(0, RERANK_DEPTH)
  const closeness = await Promise.all(head.map(async (result) => nameCloseness(await result.data(), query, words)))
  const reordered = head
    .map((result, position) => ({ result, position, closeness: closeness[position] ?? 0 }))
    .sort((a, b) => b.closeness - a.closeness || a.position - b.position)
    .map(({ result }) => result)
  return [...reordered, ...ranked.slice(RERANK_DEPTH)]
}

/**
 * Guides matching enough of the words (MIN_COVERAGE): each word's scores
 * scaled to its best match and weighted by how rare the word is, summed
 * over the words.
 */
function anyWord(words: string[], perWord: { results: PagefindResult[] }[]): PagefindResult[] {
  const combined = new Map<string, { matched: Set<string>; result: PagefindResult; score: number }>()
  perWord.forEach(({ results }, index) => {
    if (results.length === 0) return
    const best = Math.max(...results.map((result) => result.score)) || 1
    const rarity = 1 / Math.log(2 + results.length)
    for (const result of results) {
      const entry = combined.get(result.id) ?? { matched: new Set<string>(), result, score: 0 }
      entry.score += (result.score / best) * rarity
      entry.matched.add(words[index]!)
      combined.set(result.id, entry)
    }
  })
  return [...combined.values()]
    .filter(({ matched }) => coverage(words, matched) >= MIN_COVERAGE)
    .sort((a, b) => b.score - a.score)
    .map(({ result }) => result)
}
