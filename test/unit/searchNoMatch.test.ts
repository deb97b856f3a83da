import { describe, expect, it } from 'vitest'

import { correctQuery, QUERY_CORRECTIONS } from '../../site/lib/search/corrections'
import { type PagefindApi, coverage, meaningfulWords, namesTheUnknown, rankedSearch } from '../../site/lib/search/rankedSearch'
import { missQuery } from '../../collections/SearchMisses/endpoints/report'

/**
 * A stand-in for the Pagefind index (a browser-only WebAssembly module): each
 * guide is a set of words, and a search finds the guides holding every word
 * of the query that any guide holds, as Pagefind does (it leaves out words
 * it does not know).
 */
function indexOf(guides: Record<string, string[]>): PagefindApi {
  return {
    search: async (query) => {
      const known = new Set(Object.values(guides).flat())
      const words = (query ?? '').split(' ').filter((word) => known.has(word))
      if (words.length === 0) return { results: [] }
      const results = Object.entries(guides)
        .filter(([, held]) => words.every((word) => held.includes(word)))
        .map(([id]) => ({ id, score: 1, data: async () => ({ url: `/services/${id}/`, meta: { title: id } }) }))
      return { results }
    },
  }
}

const index = indexOf({
  '070701': ['往来', '港澳', '通行证', '签注', '签证'],
  '070601': ['普通', '护照', '申领', '出国', '签证'],
  '070103': ['居民', '身份', '证', '补领', '丢'],
  '100102': ['驾驶证', '驾驶', '遗失', '补证', '丢'],
})

const idsFor = async (query: string) => (await rankedSearch(index, query)).map((result) => result.id)

describe('a search with no real match', () => {
  it('finds nothing for nonsense', async () => {
    expect(meaningfulWords('火星移民签证').length).toBeGreaterThan(1)
    expect(await idsFor('火星移民签证')).toEqual([])
    expect(await idsFor('阿斯顿发')).toEqual([])
    expect(await idsFor('qwerty')).toEqual([])
  })

  it('drops widened guides that match too little of the query', async () => {
    // No guide holds all three words; 港澳 alone is a third of the query, 驾驶 and 遗失 two thirds.
    expect(await idsFor('港澳 驾驶 遗失')).toEqual(['100102'])
  })

  it('finds nothing when a word of the query is in no guide, though Pagefind would answer the rest', async () => {
    expect((await index.search('火星 签证')).results.map((result) => result.id)).toEqual(['070701', '070601'])
    expect(await idsFor('火星签证')).toEqual([])
    expect(namesTheUnknown(['火星', '签证'], [{ results: [] }, { results: [1] }])).toBe(true)
    // A single character is often a particle the guides do not write: it does not decide.
    expect(namesTheUnknown(['签证', '呗'], [{ results: [1] }, { results: [] }])).toBe(false)
  })

  it('still widens to guides that match most of the query', async () => {
    // 身份证 丢 补办: no guide holds 办 as a word, but 070103 holds the rest.
    expect(await idsFor('身份证丢了补办')).toContain('070103')
  })

  it('measures how much of the query a guide matched by characters, not words', () => {
    expect(coverage(['火星', '移民', '签证'], new Set(['签证']))).toBeCloseTo(1 / 3)
    expect(coverage(['身份', '证', '丢'], new Set(['身份', '证']))).toBeCloseTo(3 / 4)
    expect(coverage([], new Set())).toBe(0)
  })
})

describe('homophones and miswritings', () => {
  it('turns what residents type into the guides’ wording', () => {
    expect(correctQuery('身分证丢了')).toBe('身份证丢了')
    expect(correctQuery('户口薄补办')).toBe('户口簿补办')
    expect(correctQuery('营业职照注销')).toBe('营业执照注销')
    expect(correctQuery('准生证')).toBe('生育登记')
    expect(correctQuery('医疗报消和报消')).toBe('医疗报销和报销')
  })

  it('leaves a query that is already right as it is', () => {
    for (const [, right] of QUERY_CORRECTIONS) expect(correctQuery(right), right).toBe(right)
    expect(correctQuery('居民身份证补领')).toBe('居民身份证补领')
  })

  it('has 20 to 50 entries, each wrong form once and never a right form', () => {
    const wrong = QUERY_CORRECTIONS.map(([form]) => form)
    expect(wrong.length).toBeGreaterThanOrEqual(20)
    expect(wrong.length).toBeLessThanOrEqual(50)
    expect(new Set(wrong).size).toBe(wrong.length)
    const right = new Set(QUERY_CORRECTIONS.map(([, form]) => form))
    for (const form of wrong) expect(right.has(form), form).toBe(false)
  })
})

describe('what the misses worklist keeps', () => {
  it('keeps the query as the search normalises it, short, and nothing that looks personal', () => {
    expect(missQuery(' 火星移民簽證 ')).toBe('火星移民签证')
    expect(missQuery('身分证')).toBe('身份证')
    expect(missQuery('很'.repeat(100))).toHaveLength(40)
    expect(missQuery('11010519491231002X')).toBeNull()
    expect(missQuery('13912345678怎么办')).toBeNull()
    expect(missQuery('me@example.com')).toBeNull()
  })
})
