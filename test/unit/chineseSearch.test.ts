import { describe, expect, it } from 'vitest'

import { pinyinForms, searchKeywords } from '../../site/lib/search/keywords'
import { normaliseQuery } from '../../site/lib/search/normaliseQuery'
import { meaningfulWords } from '../../site/lib/search/rankedSearch'

describe('Chinese search helpers', () => {
  it('spells titles and aliases in full pinyin and initials', () => {
    expect(pinyinForms('身份证')).toEqual({ full: 'shenfenzheng', initials: 'sfz' })
    expect(pinyinForms('上户口')).toEqual({ full: 'shanghukou', initials: 'shk' })
    expect(pinyinForms('12345')).toEqual({ full: '', initials: '' })
  })

  it('indexes a guide under its aliases and their pinyin, each once', () => {
    const words = searchKeywords('出生登记', ['上户口', '报户口'])
    expect(words).toEqual(
      expect.arrayContaining(['上户口', '报户口', 'chushengdengji', 'csdj', 'shanghukou', 'shk', 'baohukou', 'bhk']),
    )
    expect(new Set(words).size).toBe(words.length)
  })

  it('spells each word of a long title too, so a word inside it can be found by pinyin', () => {
    const words = searchKeywords('居民身份证首次申领', [])
    expect(words).toEqual(expect.arrayContaining(['juminshenfenzhengshoucishenling', 'shenfenzheng', 'sfz']))
  })

  it('normalises traditional characters, full-width letters and spacing', () => {
    expect(normaliseQuery(' 出生登記 ')).toBe('出生登记')
    expect(normaliseQuery('辦理身份證')).toBe('办理身份证')
    expect(normaliseQuery('ＳＦＺ')).toBe('sfz')
    expect(normaliseQuery('shen  fen   zheng')).toBe('shenfenzheng')
    expect(normaliseQuery('出生  登記 sfz')).toBe('出生 登记 sfz')
  })

  it('keeps the words of a question that say what the resident needs', () => {
    const words = meaningfulWords('身份证丢了怎么补办')
    expect(words).toEqual(expect.arrayContaining(['身份', '证', '丢', '补']))
    expect(words).not.toContain('怎么')
    expect(words).not.toContain('了')
    expect(meaningfulWords('什么')).toEqual(['什么'])
  })
})
