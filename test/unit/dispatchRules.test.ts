import { describe, expect, it } from 'vitest'

import { bestRule, parseKeywords, type RuleCriteria } from '../../collections/DispatchRules/match'

const rule = (id: string, fields: Partial<RuleCriteria>): RuleCriteria => ({ id, createdAt: '2026-12-01T00:00:00.000Z', divisionLevel: 'city', ...fields })

describe('the dispatch catalogue’s order of precedence', () => {
  it('reads keywords separated by 、，, ； or spaces', () => {
    expect(parseKeywords(' 路灯、井盖，窨井;  下水道 ')).toEqual(['路灯', '井盖', '窨井', '下水道'])
    expect(parseKeywords(null)).toEqual([])
  })

  it('needs every criterion a rule sets, and fits nothing with none', () => {
    const both = rule('1', { topic: 't1', keywords: '噪声' })
    expect(bestRule([both], { topic: 't1', text: '噪声扰民' })).toBe(both)
    expect(bestRule([both], { topic: 't1', text: '油烟扰民' })).toBeNull()
    expect(bestRule([both], { topic: 't2', text: '噪声扰民' })).toBeNull()
    expect(bestRule([rule('2', {})], { text: '任何内容' })).toBeNull()
  })

  it('prefers a service to a topic to keywords, then the deeper division, then the older rule and the smaller id', () => {
    const order = { service: 's1', topic: 't1', text: '路灯不亮' }
    const keywordsInCommunity = rule('1', { keywords: '路灯', divisionLevel: 'community' })
    const topicInCity = rule('2', { topic: 't1' })
    const serviceInCity = rule('3', { service: 's1' })
    expect(bestRule([keywordsInCommunity, topicInCity, serviceInCity], order)).toBe(serviceInCity)
    expect(bestRule([keywordsInCommunity, topicInCity], order)).toBe(topicInCity)
    const streetTopic = rule('4', { topic: 't1', divisionLevel: 'street' })
    expect(bestRule([topicInCity, streetTopic], order)).toBe(streetTopic)
    const older = rule('10', { topic: 't1', createdAt: '2026-11-01T00:00:00.000Z' })
    expect(bestRule([topicInCity, older], order)).toBe(older)
    const twin = rule('9', { topic: 't1' })
    expect(bestRule([rule('10', { topic: 't1' }), twin], order)).toBe(twin)
  })
})
