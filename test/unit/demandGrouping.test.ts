import { describe, expect, it } from 'vitest'

import { CentroidIndex, centroidOf, figuresOf, monthStart } from '../../collections/DemandGroups/grouping'
import { centroidSimilarity, contentWords, demandTokens } from '../../collections/Tickets/web/similarity'

describe('the tokens demands are grouped on', () => {
  it('are Intl.Segmenter words without stop words, their bigrams and one-character words joined to their neighbour', () => {
    expect(contentWords('我们小区的路灯坏了好几天')).toEqual(['路灯', '坏'])
    expect([...demandTokens('楼下路灯不亮，请尽快维修')].sort()).toEqual(['不亮', '亮', '亮维修', '维修', '路灯'].sort())
    expect(contentWords('电话13912345678打不通')).not.toContain('13912345678')
  })
})

describe('a group centroid', () => {
  it('scores a demand the same through the index as through the stored centroid', () => {
    const texts = ['小区路灯不亮了', '路灯坏了没人修', '楼下路灯不亮']
    const index = new CentroidIndex()
    for (const text of texts) index.add('lamps', demandTokens(text))
    index.add('rubbish', demandTokens('垃圾清运不及时'))
    const tokens = demandTokens('3号楼门口路灯一直不亮')
    expect(index.best(tokens)).toBe('lamps')
    expect(centroidSimilarity(tokens, centroidOf(texts))).toBeGreaterThan(0.2)
    expect(index.best(demandTokens('广场舞噪音扰民'))).toBeNull()
  })

  it('forgets a member taken out', () => {
    const index = new CentroidIndex()
    const tokens = demandTokens('路灯不亮')
    index.add('lamps', tokens)
    index.remove('lamps', tokens)
    expect(index.isEmpty('lamps')).toBe(true)
    expect(index.best(tokens)).toBeNull()
  })
})

describe('group figures', () => {
  it('count this Beijing month and the last from the members’ instants', () => {
    const now = new Date('2026-12-06T04:00:00Z')
    expect(monthStart(now).toISOString()).toBe('2026-11-30T16:00:00.000Z')
    const figures = figuresOf(['2026-11-30T15:59:59.000Z', '2026-11-30T16:00:00.000Z', '2026-10-31T16:00:00.000Z', '2026-09-01T00:00:00.000Z'], now)
    expect(figures).toEqual({ size: 4, monthCount: 1, previousMonthCount: 2, growth: -1, firstSeenAt: '2026-09-01T00:00:00.000Z', lastSeenAt: '2026-11-30T16:00:00.000Z' })
  })
})
