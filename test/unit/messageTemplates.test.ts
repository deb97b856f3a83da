import { describe, expect, it } from 'vitest'

import { MESSAGE_EVENT_CODES, MESSAGE_EVENTS } from '../../collections/SmsTemplates/events'
import { fillTemplate, placeholdersIn, sampleValues, smsLength, templateProblem, withSignature } from '../../collections/SmsTemplates/template'

describe('message templates', () => {
  it('read {名称} and the full-width ｛名称｝ a Chinese input method types', () => {
    expect(placeholdersIn('【一站通】{受理编号}、｛事项名称｝、{ 受理编号 }')).toEqual(['受理编号', '事项名称'])
    expect(fillTemplate('{受理编号}/｛事项名称｝/{暂定说明}', { 受理编号: 'YZ1', 事项名称: '居住证', 暂定说明: null })).toBe('YZ1/居住证/')
  })

  it('name every variable the event does not offer, and leave it visible in a preview', () => {
    expect(templateProblem('ticket.confidential', '【一站通】{工单编号}{答复内容}{}')).toBe('模板里有这个事件没有的变量：{答复内容}、{}。可用的变量见下方列表')
    expect(fillTemplate('{工单编号}{答复内容}', sampleValues('ticket.confidential'))).toBe('GD20261206000045{答复内容}')
  })

  it('add the default signature only when the text has none', () => {
    expect(withSignature(' 您的工单已受理 ')).toBe('【一站通】您的工单已受理')
    expect(withSignature('【郑州12345】您的工单已受理')).toBe('【郑州12345】您的工单已受理')
  })

  it('count SMS as carriers do: 70 characters in one, 67 in each part of a longer one', () => {
    expect(smsLength('字'.repeat(70))).toEqual({ characters: 70, segments: 1 })
    expect(smsLength('字'.repeat(71))).toEqual({ characters: 71, segments: 2 })
    expect(smsLength('字'.repeat(135))).toEqual({ characters: 135, segments: 3 })
    expect(smsLength('𠀀')).toEqual({ characters: 1, segments: 1 })
  })

  it('ship every built-in wording valid, signed, and with a sample for every variable', () => {
    for (const event of MESSAGE_EVENT_CODES) {
      const { subject, text, variables } = MESSAGE_EVENTS[event]
      expect([templateProblem(event, text), templateProblem(event, subject), withSignature(text)]).toEqual([null, null, text])
      expect(Object.values(variables).every((variable) => variable.name && variable.description && typeof variable.sample === 'string')).toBe(true)
    }
  })
})
