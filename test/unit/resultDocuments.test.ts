import { describe, expect, it } from 'vitest'

import { renderDocument } from '../../collections/documents/pdf'
import { newVerificationNumber, normalizeVerificationNumber, VERIFICATION_NUMBER } from '../../collections/ResultDocuments/number'
import { RESULT_VARIABLES } from '../../collections/ResultDocuments/variables'
import { fillResultTemplate, resultTemplateProblem, sampleResult } from '../../collections/ResultTemplates/template'
import { namedValues } from '../../collections/SmsTemplates/template'
import { readPdf } from '../helpers/pdf'

describe('verification numbers', () => {
  it('are 16 characters of Crockford base32 in groups of four, and differ every time', () => {
    const numbers = Array.from({ length: 500 }, newVerificationNumber)
    for (const number of numbers) expect(number).toMatch(VERIFICATION_NUMBER)
    expect(new Set(numbers).size).toBe(numbers.length)
    // Every character of the alphabet turns up: the bits are spread over all 16 places.
    expect(new Set(numbers.join('').replace(/-/g, '')).size).toBe(32)
  })

  it('are read as a person types or a scanner reads them: case, spaces and dashes ignored, O/I/L read as 0/1/1', () => {
    expect(normalizeVerificationNumber('7k3m q9xa 2d4f ht8b')).toBe('7K3M-Q9XA-2D4F-HT8B')
    expect(normalizeVerificationNumber('7K3MQ9XA2D4FHT8B')).toBe('7K3M-Q9XA-2D4F-HT8B')
    expect(normalizeVerificationNumber('O0IL-0000-0000-0000')).toBe('0011-0000-0000-0000')
    expect(normalizeVerificationNumber('7K3M-Q9XA-2D4F-HT8')).toBeNull()
    expect(normalizeVerificationNumber('7K3M-Q9XA-2D4F-HT8U')).toBeNull()
    expect(normalizeVerificationNumber('')).toBeNull()
  })
})

describe('result templates', () => {
  const template = { title: '{事项名称}结果', body: '｛申请人｝：\n\n  您申请的{事项名称}已于{办结日期}办结。  \n核验编号{核验编号}' }

  it('fill the variables with the SMS templates’ own rules, one paragraph per non-blank line', () => {
    const values = namedValues(RESULT_VARIABLES, { applicant: '李四', service: '居住证明', completedOn: '2026年12月6日', number: 'AAAA-BBBB-CCCC-DDDD' })
    expect(fillResultTemplate(template, values)).toEqual({
      title: '居住证明结果',
      paragraphs: ['李四：', '您申请的居住证明已于2026年12月6日办结。', '核验编号AAAA-BBBB-CCCC-DDDD'],
    })
    expect(sampleResult(template).paragraphs[0]).toBe(`${RESULT_VARIABLES.applicant.sample}：`)
  })

  it('refuse a variable a result document does not have, naming it', () => {
    expect(resultTemplateProblem(template.body)).toBeNull()
    expect(resultTemplateProblem('{申请人}的{身份证号}')).toContain('{身份证号}')
  })
})

describe('documents as PDF', () => {
  it('draw the Chinese text, facts, department, date and verification number in an embedded font subset', async () => {
    const pdf = await renderDocument({
      title: '居住证明',
      paragraphs: ['兹证明欧阳子喆自2020年起居住在本社区。', '特此证明。'],
      facts: [{ label: '住址', value: '幸福路12号' }],
      department: '幸福社区居民委员会',
      date: '2026-12-06',
      verification: { number: '7K3M-Q9XA-2D4F-HT8B', url: 'https://portal.example/verify/?n=7K3M-Q9XA-2D4F-HT8B' },
    })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.length).toBeLessThan(100_000)
    const { fonts, fontFiles, text } = readPdf(pdf)
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+NotoSansSC-/)
    // Regular and bold, each embedded once.
    expect(fontFiles).toBe(fonts.length)
    const flat = text.replace(/\s/g, '')
    for (const expected of ['居住证明', '兹证明欧阳子喆自2020年起居住在本社区。', '住址', '幸福路12号', '幸福社区居民委员会', '2026年12月6日', '7K3M-Q9XA-2D4F-HT8B', 'https://portal.example/verify/']) {
      expect(flat).toContain(expected)
    }
  })
})
