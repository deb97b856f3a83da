import { describe, expect, it } from 'vitest'

import { guideTexts, herePromiseProblems, instantPromiseProblems } from '../../collections/Services/promises'

/** A reviewed guide whose text promises nothing on the spot; each test adds one sentence. */
const reviewed = {
  outcome: 'review',
  summary: '申请后由工作人员审核。',
  steps: [
    { title: '申请', description: '网上提交。' },
    { title: '办理', description: '5个工作日内办结。' },
  ],
  faqs: [{ question: '要多久？', answer: '5个工作日。' }],
}

describe('on-the-spot promises', () => {
  it.each([
    ['当场办结', '材料齐全的当场办结。'],
    ['当场生成', '电子证明当场生成。'],
    ['当场显示', '刷脸后结果当场显示。'],
    ['立即开通', '核对无误后立即开通。'],
    ['即办', '本事项即办。'],
    ['当场就能办完', '填好信息当场就能办完。'],
  ])('finds “%s” in a step of a reviewed guide and names the step', (words, description) => {
    const guide = { ...reviewed, steps: [reviewed.steps[0], { title: '办理', description }] }
    expect(instantPromiseProblems(guide)).toEqual([
      { field: 'steps.1.description', reason: `第2步“办理”写了“${words}”，但本事项的办理结果不是当场出具（审核后出结果）` },
    ])
  })

  it('reads every text a resident reads: summary, conditions, material notes, FAQs, result and notes', () => {
    const guide = {
      ...reviewed,
      summary: '当场办结。',
      conditions: [{ text: '即办。' }],
      materials: [{ name: '身份证', notes: '立即生成。' }],
      faqs: [{ question: '能当场拿到吗？', answer: '能。' }],
      result: { name: '证明', description: '当场出具。' },
      timeLimitNote: '即办',
      hoursNote: '随到随办，马上办好。',
    }
    expect(instantPromiseProblems(guide).map((problem) => problem.field)).toEqual([
      'summary',
      'timeLimitNote',
      'hoursNote',
      'result.description',
      'conditions.0',
      'materials.0.notes',
      'faqs.0.answer',
    ])
  })

  it('accepts such words when the result is given on the spot, and plain words when it is not', () => {
    const spoken = { ...reviewed, summary: '材料齐全的当场办结。' }
    expect(instantPromiseProblems({ ...spoken, outcome: 'counter' })).toEqual([])
    expect(instantPromiseProblems({ ...spoken, outcome: 'instant' })).toEqual([])
    expect(instantPromiseProblems(reviewed)).toEqual([])
    // 当场 about something else than the result is not a promise.
    expect(instantPromiseProblems({ ...reviewed, summary: '不符合条件的，会当场告诉您原因。' })).toEqual([])
  })
})

describe('"on this platform" for a service done elsewhere', () => {
  const elsewhere = { ...reviewed, kind: 'elsewhere', link: { label: '交管12123' } }

  it('names the element and the system', () => {
    const guide = { ...elsewhere, faqs: [{ question: '在哪里办？', answer: '在本平台办理。' }] }
    expect(herePromiseProblems(guide)).toEqual([
      { field: 'faqs.0.answer', reason: '常见问题“在哪里办？”写了“本平台”，但本事项在“交管12123”办理，不在本平台' },
    ])
  })

  it('lets a service done here say so', () => {
    expect(herePromiseProblems({ ...elsewhere, kind: 'online', summary: '在本网站申请。' })).toEqual([])
  })

  it('reads the admin shape (conditions as { text }) and the file shape (strings) alike', () => {
    expect(guideTexts({ conditions: ['甲'] })).toEqual(guideTexts({ conditions: [{ text: '甲' }] }))
  })
})
