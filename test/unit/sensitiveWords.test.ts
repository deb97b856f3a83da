import { describe, expect, it } from 'vitest'

import { screenWith, WordMatcher, wordForms } from '../../collections/community/screening/matcher'

const matcher = new WordMatcher([
  { word: '法轮功', action: 'block' },
  { word: '代开发票', action: 'review' },
  { word: '傻瓜', action: 'mask' },
  { word: '绿帽', action: 'mask' },
])

const outcome = (text: string) => screenWith(matcher, text).outcome

describe('sensitive-word forms', () => {
  it('holds a word as written, in full pinyin, and in initials from three characters', () => {
    expect(wordForms('法轮功')).toEqual(['法轮功', 'falungong', 'flg'])
    expect(wordForms('傻瓜')).toEqual(['傻瓜', 'shagua'])
    expect(wordForms('绿帽')).toEqual(['绿帽', 'lvmao', 'lumao'])
    expect(wordForms('法輪功')[0]).toBe('法轮功')
    expect(wordForms(' ')).toEqual([])
  })
})

describe('screening a text', () => {
  it('catches a word as written, in traditional characters and in full-width or capital forms', () => {
    expect(outcome('他们在练法轮功')).toBe('block')
    expect(outcome('他們在練法輪功')).toBe('block')
    expect(outcome('ＦＡＬＵＮＧＯＮＧ')).toBe('block')
    expect(outcome('可以代開發票')).toBe('review')
  })

  it('catches characters split by spaces, punctuation, symbols, emoji and zero-width characters', () => {
    for (const text of ['法 轮 功', '法.轮.功', '法-轮_功', '法★轮☆功', '法😀轮🙂功', '法\u200b轮\u200d功', '法\n轮\t功', '法，轮。功', '法1轮2功', '法 1 轮 22 功']) {
      expect(outcome(text), text).toBe('block')
    }
  })

  it('catches full pinyin and initials only as whole Latin runs', () => {
    for (const text of ['falungong', 'Fa Lun Gong', '练fa-lun-gong的人', 'flg', 'F.L.G', '说flg是', 'lvmao', 'lu mao', 'falungong2024', '2024falungong', 'dkfp888']) {
      expect(screenWith(matcher, text).outcome, text).not.toBe('pass')
    }
    for (const text of ['flag', 'flags', 'xflg', 'flgs', 'afalungong', 'falungongs', 'shaguaa', 'self-lg']) {
      expect(outcome(text), text).toBe('pass')
    }
  })

  it('passes ordinary text', () => {
    for (const text of ['你好 世界', 'Hello world, this is a flag.', '小区东门的路灯坏了，请物业尽快修理。', '法律轮流功夫', 'FLG2']) {
      expect(outcome(text), text).toBe('pass')
    }
  })

  it('masks the characters as written, separators inside the word included, one * per character', () => {
    expect(screenWith(matcher, '你这个傻瓜！')).toMatchObject({ outcome: 'mask', text: '你这个**！' })
    expect(screenWith(matcher, '你这个傻 😀 瓜！').text).toBe('你这个*****！')
    expect(screenWith(matcher, '叫他 sha-gua 吧').text).toBe('叫他 ******* 吧')
    expect(screenWith(matcher, '傻瓜傻瓜').text).toBe('****')
    expect(screenWith(matcher, 'ＳＨＡＧＵＡ').text).toBe('******')
  })

  it('decides by the strongest word found and names each word once', () => {
    expect(screenWith(matcher, '傻瓜才代开发票，傻瓜')).toMatchObject({ outcome: 'review', found: [{ word: '傻瓜', action: 'mask' }, { word: '代开发票', action: 'review' }] })
    expect(screenWith(matcher, '傻瓜代开发票flg').outcome).toBe('block')
    expect(screenWith(new WordMatcher([]), '法轮功')).toEqual({ outcome: 'pass', text: '法轮功', found: [] })
  })
})
