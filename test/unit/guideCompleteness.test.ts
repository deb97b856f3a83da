import { describe, expect, it } from 'vitest'

import { centreProblems, type GuideDraft, guideProblems } from '../../collections/Services/completeness'

/** A complete online guide; each test breaks one element of it. */
const complete = (): GuideDraft => ({
  code: '010301',
  title: '出生登记',
  summary: '为新生儿申报户口。',
  kind: 'online',
  type: 'confirmation',
  level: 'district',
  topic: 'topic-id',
  department: 'department-id',
  audience: ['person'],
  aliases: ['上户口'],
  legalBases: [{ name: '《中华人民共和国户口登记条例》', article: '第七条' }],
  conditions: [{ text: '孩子在本市出生。' }],
  materials: [{ name: '出生医学证明' }],
  steps: [{ title: '申请', description: '网上提交。' }],
  handlingForms: ['window', 'online'],
  caseType: 'promised',
  outcome: 'review',
  legalDays: 20,
  promisedDays: 5,
  visits: 1,
  fee: { charged: false, items: [] },
  onlineDepth: 'apply',
  result: { name: '居民户口簿', type: 'certificate', description: '户口簿加页。' },
  centres: ['centre-id'],
  enquiryPhone: '12345',
  complaintPhone: '12345',
  faqs: [{ question: '要跑几次？', answer: '一次。' }],
  applicationForm: {
    fields: [{ name: 'childName', type: 'text' }],
    uploads: [{ material: '出生医学证明' }],
  },
  reviewDue: '2027-03-31',
})

const reasons = (guide: GuideDraft) => guideProblems(guide).map((problem) => problem.reason)

describe('guide completeness', () => {
  it('accepts a complete guide', () => {
    expect(guideProblems(complete())).toEqual([])
  })

  it.each([
    ['legalBases', '设定依据', []],
    ['conditions', '受理条件', []],
    ['steps', '办理流程', []],
    ['faqs', '常见问题', []],
    ['aliases', '常用叫法', []],
    ['centres', '办理地点', []],
    ['enquiryPhone', '咨询电话', ''],
    ['department', '实施主体', null],
    ['reviewDue', '下次复核日期', null],
  ] as const)('names a missing %s as 「%s」', (field, label, empty) => {
    expect(reasons({ ...complete(), [field]: empty })).toContain(`缺少「${label}」`)
  })

  it('needs the result named, typed and described', () => {
    expect(reasons({ ...complete(), result: { name: '户口簿', type: null, description: '' } })).toEqual([
      '缺少「办理结果类型」',
      '缺少「办理结果说明」',
    ])
  })

  it('needs fee items when the service is charged', () => {
    expect(reasons({ ...complete(), fee: { charged: true, items: [] } })).toContain('缺少「收费项目」')
  })

  it('needs an online form with questions, online handling and an online depth of apply or full', () => {
    const guide = { ...complete(), applicationForm: { fields: [] }, handlingForms: ['window'], onlineDepth: 'info' }
    expect(reasons(guide)).toEqual(
      expect.arrayContaining([
        '缺少「在线申请表的填写项」',
        '可在线申请的事项，办理形式应包含「网上办理」',
        '可在线申请的事项，网上办理深度应为「在线申请」或「全程网办」',
      ]),
    )
  })

  it('checks the form: unique keys, options only for choices, uploads that are listed materials', () => {
    const guide = complete()
    guide.applicationForm = {
      fields: [
        { name: 'a', type: 'radio', options: ['是'] },
        { name: 'a', type: 'text', options: ['x'] },
      ],
      uploads: [{ material: '户口簿' }],
    }
    expect(guideProblems(guide)).toEqual([
      { field: 'applicationForm.fields.0.options', reason: '选择题至少需要两个选项' },
      { field: 'applicationForm.fields.1.name', reason: '字段名 a 重复' },
      { field: 'applicationForm.fields.1.options', reason: '只有选择题才能设置选项' },
      { field: 'applicationForm.uploads.0.material', reason: '「户口簿」不在申请材料清单中' },
    ])
  })

  it('needs a link for information-only services, materials for the others', () => {
    const info = { ...complete(), kind: 'info', applicationForm: null, materials: [], link: null }
    expect(reasons(info)).toEqual(['缺少「外部链接」'])
    expect(reasons({ ...complete(), materials: [] })).toContain('缺少「申请材料」')
  })

  it('keeps time limits and visits consistent with the case type and online depth', () => {
    expect(reasons({ ...complete(), caseType: 'immediate', promisedDays: 3 })).toContain(
      '即办件的承诺办结时限应为 0 个工作日',
    )
    expect(reasons({ ...complete(), promisedDays: 0 })).toContain('承诺件的承诺办结时限至少为 1 个工作日')
    expect(reasons({ ...complete(), promisedDays: 30 })).toContain(
      '法定办结时限（20个工作日）短于承诺办结时限（30个工作日）',
    )
    expect(reasons({ ...complete(), onlineDepth: 'full', visits: 1 })).toContain('全程网办的事项，到现场次数应为 0')
    expect(reasons({ ...complete(), kind: 'counter', visits: 0 })).toContain('只能窗口办理的事项，到现场次数至少为 1')
  })

  it('refuses 0 as "no statutory limit": a limit of 0 days is shorter than a promised 15', () => {
    expect(guideProblems({ ...complete(), legalDays: 0, promisedDays: 15 })).toEqual([
      { field: 'legalDays', reason: '法定办结时限（0个工作日）短于承诺办结时限（15个工作日）' },
    ])
    expect(reasons({ ...complete(), legalDays: null, noStatutoryLimit: true, promisedDays: 15 })).toEqual([])
    expect(reasons({ ...complete(), legalDays: null })).toEqual([
      '缺少「法定办结时限」：填写工作日数，法律没有规定的勾选「法律未规定办结时限」',
    ])
    expect(reasons({ ...complete(), noStatutoryLimit: true })).toEqual([
      '已勾选「法律未规定办结时限」，就不要再填法定办结时限',
    ])
  })

  it('keeps the outcome consistent with where the service is done and its case type', () => {
    expect(guideProblems({ ...complete(), caseType: 'immediate', promisedDays: 0, outcome: 'instant' })).toEqual([
      { field: 'outcome', reason: '在本平台在线申请的事项都由工作人员审核后办结，不能当场出结果' },
    ])
    expect(reasons({ ...complete(), caseType: 'immediate', promisedDays: 0 })).toEqual([
      '即办件材料齐全的当场办结，结果不应是「审核后出结果」；需要审核几天的是承诺件',
    ])
    expect(reasons({ ...complete(), outcome: 'counter', handlingForms: ['online'] })).toEqual([
      '到窗口当场办结的事项，办理形式应包含「窗口办理」',
      '承诺件在承诺时限内办结，结果应为「审核后出结果」；当场办结的是即办件',
    ])
  })

  it('needs the named system and online handling for a service done elsewhere', () => {
    const elsewhere = { ...complete(), kind: 'elsewhere', applicationForm: null, caseType: 'immediate', promisedDays: 0 }
    expect(reasons({ ...elsewhere, outcome: 'instant', link: null, handlingForms: ['window'] })).toEqual([
      '缺少「外部链接」',
      '在其他系统办理的事项，办理形式应包含「网上办理」',
    ])
    const named = { ...elsewhere, outcome: 'instant', link: { label: '掌上12333', url: 'https://si.12333.gov.cn/' } }
    expect(reasons(named)).toEqual([])
  })

  it('names each listed centre that does not handle the service', () => {
    const centres = [
      { name: '二七区政务服务中心', services: ['010301', '010302'] },
      { name: '淮河路街道便民服务中心', services: ['010302'] },
      undefined,
    ]
    expect(centreProblems('010301', centres)).toEqual([
      { field: 'centres.1', reason: '“淮河路街道便民服务中心”不办理本事项（它的可办理事项里没有 010301）' },
    ])
  })
})
