import { describe, expect, it } from 'vitest'

import { queryWords, searchKeyOf } from '../../collections/KnowledgeEntries/search'

const entry = { title: '經八路街道停水通知', questions: ['什么时候来水'], keywords: ['停水'], answer: '因管道维修，12月8日8时至18时停水。' }

/** Whether the entry's key holds every word of the query, as the desk search asks. */
const finds = (query: string) => {
  const key = searchKeyOf(entry)
  const words = queryWords(query)
  return words.length > 0 && words.every((word) => key.includes(word))
}

describe('knowledge entries: search keys and query words', () => {
  it('stores simplified text with the pinyin and initials of the names', () => {
    const key = searchKeyOf(entry)
    expect(key).toContain('经八路街道停水通知')
    expect(key).toContain('jingbalujiedaotingshuitongzhi')
    expect(key).toContain('jbljdtstz')
    expect(key).toContain('shenmeshihoulaishui')
  })

  it.each(['停水怎么办', '停水了吗', 'tingshui', 'ting shui', 'ＴＩＮＧＳＨＵＩ', 'tstz', '來水', '經八路'])('finds the entry for %s', (query) => {
    expect(finds(query)).toBe(true)
  })

  it.each(['停电', 'tingdian', '花园路'])('does not find it for %s', (query) => {
    expect(finds(query)).toBe(false)
  })

  it('has no words for a query of filler only or blanks', () => {
    expect(queryWords('   ')).toEqual([])
  })
})
