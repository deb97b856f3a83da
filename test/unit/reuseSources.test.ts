import { describe, expect, it } from 'vitest'

import { commitmentWords, consented, factsToRead, waiveUploads } from '../../collections/Applications/reuse/sources'

describe('what the consent box lists and which uploads a form may leave out', () => {
  it('lists the applicant’s details, each question’s source and each uploaded material’s source once, in order', () => {
    const questions = [{ prefill: 'person.residenceAddress' as const }, { prefill: null }, { prefill: 'person.residenceAddress' as const }]
    const materials = [
      { name: '居民身份证', platformSource: 'population' as const },
      { name: '残疾人证', platformSource: 'register-disabled' as const },
      { name: '户口簿', platformSource: 'population' as const },
    ]
    // 残疾人证 is not uploaded on this form: its register is not read.
    expect(factsToRead(questions, materials, [{ material: '居民身份证' }, { material: '户口簿' }])).toEqual(['姓名', '身份证号码', '手机号码', '所在社区', '现住址', '人口库的身份和户籍信息'])
  })

  it('makes only the waived uploads optional', () => {
    const definition = { fields: [], uploads: [{ material: 'A', required: true }, { material: 'B', required: true }] }
    expect(waiveUploads(definition, new Set([1])).uploads).toEqual([{ material: 'A', required: true }, { material: 'B', required: false }])
    expect(definition.uploads[1]!.required).toBe(true)
  })

  it('signs the guide’s own commitment, or the standard one naming the material', () => {
    expect(commitmentWords({ name: '婚姻状况证明', commitmentText: '本人承诺未婚。' })).toBe('本人承诺未婚。')
    expect(commitmentWords({ name: '婚姻状况证明' })).toMatch(/^本人承诺：.*“婚姻状况证明”.*如有不实，愿承担相应法律责任。$/)
  })

  it('reads consent as a ticked box or JSON true, nothing else', () => {
    expect([true, 'yes', 'on', 'true'].map(consented)).toEqual([true, true, true, true])
    expect([false, undefined, '', 'no', 1].map(consented)).toEqual([false, false, false, false, false])
  })
})
