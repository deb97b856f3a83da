import { describe, expect, it } from 'vitest'

import type { FormDefinition } from '../../collections/Applications/form/validate'
import type { ReusableMaterial } from '../../collections/Applications/reuse/sources'
import { type BundleMember, bundleApplicability, applicabilityText } from '../../collections/Bundles/form/applicability'
import { memberAnswers, memberFiles, mergedMaterials, mergeForms } from '../../collections/Bundles/form/merge'
import { jointState, jointSummary } from '../../collections/BundleCases/states'

const company: FormDefinition = {
  fields: [
    { name: 'companyName', type: 'text', label: '企业名称', required: true },
    { name: 'licenceDelivery', type: 'radio', label: '执照怎么领', required: true, options: ['邮寄', '窗口'] },
  ],
  uploads: [
    { material: '住所使用证明', required: true },
    { material: '授权委托书', required: false },
  ],
}
const seal: FormDefinition = {
  fields: [
    { name: 'companyName', type: 'text', label: '公司名', required: false, help: '与执照一致' },
    { name: 'sealTypes', type: 'checkboxes', label: '要刻的印章', required: true, options: ['公章', '财务章'] },
  ],
  uploads: [
    { material: '法定代表人的居民身份证', required: true },
    { material: '授权委托书', required: true, help: '加盖公章' },
  ],
}

describe('merging the forms of a 一件事', () => {
  const merged = mergeForms([
    { code: 'A', title: '企业设立登记', form: company },
    { code: 'B', title: '印章刻制备案', form: seal },
  ])

  it('asks a question several services ask once, worded by the first, required if any requires it', () => {
    expect(merged.definition.fields.map((field) => field.name)).toEqual(['companyName', 'licenceDelivery', 'sealTypes'])
    expect(merged.definition.fields[0]).toMatchObject({ label: '企业名称', required: true, help: '与执照一致' })
    expect(merged.conflicts).toEqual([])
  })

  it('asks for a material several services need once, required if any requires it', () => {
    expect(merged.definition.uploads.map((upload) => upload.material)).toEqual(['住所使用证明', '授权委托书', '法定代表人的居民身份证'])
    expect(merged.definition.uploads[1]).toMatchObject({ required: true, help: '加盖公章' })
    expect(merged.members.map((member) => member.uploads)).toEqual([[0, 1], [2, 1]])
  })

  it('splits the answers and files back into each service’s own, files under its own upload numbers', () => {
    const answers = { companyName: '某某科技', licenceDelivery: '邮寄', sealTypes: ['公章'] }
    expect(memberAnswers(merged.members[0]!, answers)).toEqual({ companyName: '某某科技', licenceDelivery: '邮寄' })
    expect(memberAnswers(merged.members[1]!, answers)).toEqual({ companyName: '某某科技', sealTypes: ['公章'] })
    const files = [{ upload: 0, name: 'lease' }, { upload: 1, name: 'proxy' }, { upload: 2, name: 'id' }]
    expect(memberFiles(merged.members[0]!, files)).toEqual([{ upload: 0, name: 'lease' }, { upload: 1, name: 'proxy' }])
    expect(memberFiles(merged.members[1]!, files)).toEqual([{ upload: 1, name: 'proxy' }, { upload: 0, name: 'id' }])
  })

  it('reports a question two services ask differently under one name', () => {
    const other: FormDefinition = { fields: [{ name: 'licenceDelivery', type: 'select', label: '领取方式', options: ['邮寄'] }], uploads: [] }
    const clash = mergeForms([
      { code: 'A', title: '企业设立登记', form: company },
      { code: 'C', title: '首次领用发票', form: other },
    ])
    expect(clash.conflicts).toEqual(['问题“执照怎么领”在“企业设立登记”和“首次领用发票”中问法不同'])
  })

  it('reports a question two services ask under different conditions: the merged form would hide one service’s answer', () => {
    const always: FormDefinition = { fields: [{ name: 'companyName', type: 'text', label: '企业名称', required: true }], uploads: [] }
    const sometimes: FormDefinition = {
      fields: [
        { name: 'hasName', type: 'radio', label: '已有名称吗', options: ['是', '否'] },
        { name: 'companyName', type: 'text', label: '企业名称', required: true, showIf: { question: 'hasName', equals: '是' } },
      ],
      uploads: [],
    }
    const clash = mergeForms([
      { code: 'C', title: '名称申报', form: sometimes },
      { code: 'A', title: '企业设立登记', form: always },
    ])
    expect(clash.conflicts).toEqual(['问题“企业名称”在“名称申报”和“企业设立登记”中问法不同'])
  })
})

describe('the materials behind a 一件事’s merged uploads', () => {
  const proxy: ReusableMaterial = { name: '授权委托书', platformSource: null, commitmentAllowed: true, commitmentText: '本人承诺委托属实。' }
  const idCard: ReusableMaterial = { name: '法定代表人的居民身份证', platformSource: 'population', commitmentAllowed: false }
  const premises: ReusableMaterial = { name: '住所使用证明', platformSource: null, commitmentAllowed: true }

  it('lists each uploaded material once, in the merged order, worded by the first service describing it', () => {
    const materials = mergedMaterials([
      { materials: [premises, proxy], uploads: company.uploads },
      { materials: [idCard, { ...proxy, commitmentText: '另一种说法' }], uploads: seal.uploads },
    ])
    expect(materials.map((material) => material.name)).toEqual(['住所使用证明', '授权委托书', '法定代表人的居民身份证'])
    expect(materials[1]).toMatchObject({ commitmentAllowed: true, commitmentText: '本人承诺委托属实。' })
    expect(materials[2]).toMatchObject({ platformSource: 'population' })
  })

  it('waives a shared material (免提交 or 告知承诺) only when every service asking for it allows that', () => {
    const materials = mergedMaterials([
      { materials: [premises, { ...proxy, platformSource: 'population' }], uploads: company.uploads },
      { materials: [idCard, { ...proxy, commitmentAllowed: false }], uploads: seal.uploads },
    ])
    expect(materials.find((material) => material.name === '授权委托书')).toMatchObject({ platformSource: null, commitmentAllowed: false })
  })
})

describe('whether a 一件事 can be applied for as one', () => {
  const online = (code: string, title: string, form: FormDefinition): BundleMember => ({ code, title, form, kind: 'online', link: null })

  it('can when editors enabled it and every service is online here', () => {
    const result = bundleApplicability(true, [online('A', '企业设立登记', company), online('B', '印章刻制备案', seal)])
    expect(result).toEqual({ applicable: true, reasons: [] })
    expect(applicabilityText(result)).toBe('可以一次申请')
  })

  it('says in plain words where each other service is done, and that editors have not enabled it', () => {
    const result = bundleApplicability(false, [
      online('A', '企业设立登记', company),
      { code: 'X', title: '领取养老金资格认证', form: { fields: [], uploads: [] }, kind: 'elsewhere', link: { label: '掌上12333', url: 'https://example.invalid' } },
      { code: 'Y', title: '出生医学证明首次签发', form: { fields: [], uploads: [] }, kind: 'counter', link: null },
      { code: 'Z', title: '未发布的事项', form: { fields: [], uploads: [] }, kind: null, link: null },
    ])
    expect(result.applicable).toBe(false)
    expect(applicabilityText(result)).toBe(
      '这件事暂不能一次申请：这件事还没有开通一次申请；“领取养老金资格认证”需要到“掌上12333”办理；“出生医学证明首次签发”需要到办理窗口现场办理；“未发布的事项”需要等办事指南发布。',
    )
  })
  it('leaves out a service asking about another person or handled where someone’s 户籍 is: it is applied for on its own', () => {
    const result = bundleApplicability(true, [
      online('A', '企业设立登记', company),
      online('P', '高龄津贴申领', { ...seal, party: { label: '老人', askRelation: true, askBirthDate: true }, handledBy: 'party-registered' }),
      online('R', '户籍证明开具', { ...seal, handledBy: 'applicant-registered' }),
    ])
    expect(applicabilityText(result)).toBe('这件事暂不能一次申请：“高龄津贴申领”要填写老人的信息，需要单独申请；“户籍证明开具”按户籍或居住地分派办理，需要单独申请。')
  })
})

describe('the joint state of a 一件事', () => {
  it('is 已提交 before any is taken up, 办理中 while any is open, 需补正 when any waits for the resident, 已办结 when all are finished', () => {
    expect(jointState(['submitted', 'submitted'])).toBe('submitted')
    expect(jointState(['accepted', 'submitted'])).toBe('processing')
    expect(jointState(['completed', 'processing'])).toBe('processing')
    expect(jointState(['completed', 'supplement'])).toBe('supplement')
    expect(jointState(['completed', 'rejected', 'withdrawn'])).toBe('completed')
  })

  it('names the members that need a supplement', () => {
    const members = [
      { service: { code: 'A', title: '企业设立登记' }, status: 'completed' as const },
      { service: { code: 'B', title: '印章刻制备案' }, status: 'supplement' as const },
    ]
    expect(jointSummary(members)).toBe('共2项，已办结1项。“印章刻制备案”需要补正材料。')
  })
})
