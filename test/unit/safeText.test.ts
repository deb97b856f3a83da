import { describe, expect, it } from 'vitest'

import { checkText } from '../../collections/Applications/form/validate'
import { neutraliseFormula, startsLikeFormula, withoutFormulaQuote } from '../../collections/validation/spreadsheet'
import { unsafeCharacter } from '../../collections/validation/text'

describe('characters that hide or disguise text', () => {
  it.each([
    ['nul', 'a\u0000b'],
    ['lone-surrogate', '\uD83D'],
    ['lone-surrogate', 'x\uDE00'],
    ['bidi-control', 'abc\u202Edef'],
    ['bidi-control', '\u2067x'],
    ['bidi-control', 'x\u200E'],
  ])('finds %s in %j', (kind, text) => {
    expect(unsafeCharacter(text)).toBe(kind)
  })

  it('leaves ordinary names and text alone, emoji and punctuation included', () => {
    for (const text of ['张三', 'Zhang San-Li', '阿卜杜拉·买买提', '请尽快处理😀', '第1行\n第2行\t缩进']) expect(unsafeCharacter(text)).toBeNull()
  })

  it('is refused by the application form’s text rule with the field named', () => {
    expect(checkText('answers.reason', '“理由”', '理\u202E由', 200)).toEqual([
      { field: 'answers.reason', code: 'DIRECTION_CONTROL', message: expect.stringMatching(/^“理由”含有看不见的文字方向控制符/) },
    ])
  })
})

describe('spreadsheet formula cells', () => {
  it.each(['=HYPERLINK("http://x","y")', '+8613800138000', '-12', '@SUM(A1)', '\tx', '\rx'])('neutralises %j behind a quote and reads it back', (cell) => {
    expect(startsLikeFormula(cell)).toBe(true)
    expect(neutraliseFormula(cell)).toBe(`'${cell}`)
    expect(withoutFormulaQuote(neutraliseFormula(cell))).toBe(cell)
  })

  it('leaves other cells, and quotes before other text, as they are', () => {
    expect(neutraliseFormula('张三')).toBe('张三')
    expect(withoutFormulaQuote("'张三")).toBe("'张三")
  })
})
