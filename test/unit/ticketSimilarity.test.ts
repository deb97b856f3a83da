import { describe, expect, it } from 'vitest'

import { bigrams, similarity, withoutPersonalNumbers } from '../../collections/Tickets/web/similarity'

const score = (a: string, b: string) => similarity(bigrams(a), bigrams(b))

describe('how alike two requests read', () => {
  it('finds the same problem in other words, and not a different one in the same community', () => {
    expect(score('小区南门口的窨井盖丢了，晚上路过很危险', '南门口窨井盖丢了，晚上走路很危险')).toBeGreaterThan(0.5)
    expect(score('南门口窨井盖丢了，晚上走路很危险', '小区门口路灯不亮，晚上出门不安全')).toBeLessThan(0.25)
    expect(score('楼上装修噪音太大', '')).toBe(0)
  })

  it('takes pairs of Han characters, and latin words and numbers whole', () => {
    expect([...bigrams('路灯不亮 LED 21号')].sort()).toEqual(['21', 'led', '不亮', '灯不', '路灯', '号'].sort())
  })

  it('blanks phone and ID numbers before a summary is shown to others', () => {
    expect(withoutPersonalNumbers('请联系13800001234，身份证11010519491231002X，3号楼')).toBe('请联系***，身份证***，3号楼')
  })
})
