import { describe, expect, it } from 'vitest'

import { conditionProblems, conditionText } from '../../collections/Applications/form/conditions'
import { joinDateParts, readDate } from '../../collections/Applications/form/dateParts'
import { type ApplicationInput, type FormDefinition, validateApplication } from '../../collections/Applications/form/validate'
import { applicationPayload, fitToForm, readApplicationInput } from '../../collections/Applications/lib/readInput'

/** A form with a show-if question (the card number only for 其他银行卡) and a date question. */
const FORM: FormDefinition = {
  fields: [
    { name: 'accountType', type: 'radio', label: '收款账户类型', required: true, options: ['社会保障卡', '其他银行卡'] },
    { name: 'bankName', type: 'text', label: '开户银行', required: true, showIf: { question: 'accountType', equals: '其他银行卡' } },
    { name: 'startDate', type: 'date', label: '开始日期', required: true },
  ],
  uploads: [],
}

const input = (answers: ApplicationInput['answers'], party?: ApplicationInput['party']): ApplicationInput => ({
  serviceCode: '130202',
  divisionCode: '410105001001',
  applicant: { name: '王芳', idNumber: '11010519491231002X', phone: '13800138000', email: '' },
  answers,
  ...(party && { party }),
})

const messages = (definition: FormDefinition, value: ApplicationInput) => validateApplication(definition, value).map((error) => `${error.field} ${error.message}`)

describe('show-if questions', () => {
  it('skips a hidden question and asks it once its condition is met', () => {
    expect(messages(FORM, input({ accountType: '社会保障卡', startDate: '2026-01-05' }))).toEqual([])
    expect(messages(FORM, input({ accountType: '其他银行卡', startDate: '2026-01-05' }))).toEqual(['answers.bankName 请填写“开户银行”'])
  })

  it('drops the answer to a hidden question before storing, however it was sent', () => {
    const fitted = fitToForm(FORM, input({ accountType: '社会保障卡', bankName: '工商银行', startDate: '2026-1-5' }))
    expect(fitted.answers).toEqual({ accountType: '社会保障卡', startDate: '2026-01-05' })
    // Shown: kept.
    expect(fitToForm(FORM, input({ accountType: '其他银行卡', bankName: '工商银行', startDate: '2026-01-05' })).answers.bankName).toBe('工商银行')
  })

  it('says the condition in words for the page without JavaScript', () => {
    expect(conditionText(FORM.fields, FORM.fields[1]!)).toBe('如“收款账户类型”选择“其他银行卡”，请填写')
    expect(conditionText(FORM.fields, FORM.fields[0]!)).toBeNull()
  })

  it('refuses conditions on a later or non-choice question, or on an answer that is not an option', () => {
    const later = [{ ...FORM.fields[1]!, showIf: { question: 'accountType', equals: '其他银行卡' } }, FORM.fields[0]!]
    expect(conditionProblems(later.map((field) => ({ ...field, type: field.type })))).toEqual([{ index: 0, message: '“开户银行”的显示条件应引用它前面的一个选择题' }])
    const notOption = [FORM.fields[0]!, { ...FORM.fields[1]!, showIf: { question: 'accountType', equals: '存折' } }]
    expect(conditionProblems(notOption)).toEqual([{ index: 1, message: '“开户银行”的显示条件“存折”不是“收款账户类型”的选项' }])
    expect(conditionProblems(FORM.fields)).toEqual([])
  })
})

describe('年 / 月 / 日 dates', () => {
  it('joins the three boxes, blanks kept in place, full-width digits read', () => {
    expect(joinDateParts({ year: '1945', month: '3', day: '8' })).toBe('1945-3-8')
    expect(joinDateParts({ year: '１９４５', month: '', day: '８' })).toBe('1945--8')
    expect(joinDateParts({ year: ' ', month: '', day: '' })).toBeUndefined()
  })

  it('reads a real date as YYYY-MM-DD and refuses impossible ones with one message for the whole date', () => {
    expect(readDate('1945-3-8', '出生日期')).toEqual({ date: '1945-03-08' })
    expect(readDate('2024-02-29', '出生日期')).toEqual({ date: '2024-02-29' })
    expect(readDate('2023-2-29', '出生日期')).toEqual({ problem: 'DATE_INVALID', message: '出生日期必须是真实的日期，例如 1945 年 3 月 8 日' })
    expect(readDate('1945-2-30', '出生日期')).toMatchObject({ problem: 'DATE_INVALID' })
    expect(readDate('45-3-8', '出生日期')).toMatchObject({ problem: 'DATE_INVALID' })
    expect(readDate('1945-13-1', '出生日期')).toMatchObject({ problem: 'DATE_INVALID' })
    expect(readDate('1945--8', '出生日期')).toEqual({ problem: 'DATE_INCOMPLETE', message: '出生日期必须包含月份' })
    expect(readDate('--8', '出生日期')).toEqual({ problem: 'DATE_INCOMPLETE', message: '出生日期必须包含年份和月份' })
  })

  it('requires a birth date in the past', () => {
    expect(readDate('2030-1-1', '出生日期', { past: true, today: '2026-12-06' })).toEqual({ problem: 'DATE_NOT_PAST', message: '出生日期必须是过去的日期' })
    expect(readDate('2026-12-06', '出生日期', { past: true, today: '2026-12-06' })).toMatchObject({ problem: 'DATE_NOT_PAST' })
    expect(readDate('2026-12-05', '出生日期', { past: true, today: '2026-12-06' })).toEqual({ date: '2026-12-05' })
  })

  it('reads a plain form post’s three boxes per date question and the party’s birth date', () => {
    const posted = {
      serviceCode: '150401',
      divisionCode: '410105001001',
      'applicant.name': '王芳',
      'answers.accountType': '社会保障卡',
      'answers.startDate.year': '2026',
      'answers.startDate.month': '1',
      'answers.startDate.day': '5',
      'party.name': '王大爷',
      'party.idNumber': '440524188001010014',
      'party.birthDate.year': '1940',
      'party.birthDate.month': '',
      'party.birthDate.day': '1',
    }
    const { input: read } = readApplicationInput(applicationPayload(posted, true))
    expect(read.answers).toEqual({ accountType: '社会保障卡', startDate: '2026-1-5' })
    expect(read.party).toMatchObject({ name: '王大爷', birthDate: '1940--1' })
  })
})

describe('the person concerned (当事人)', () => {
  const ELDERLY: FormDefinition = { fields: [], uploads: [], party: { label: '老人', askRelation: true, askBirthDate: true }, handledBy: 'party-registered' }
  const party = { name: '王大爷', idNumber: '440524188001010014', relation: '子女', birthDate: '1940-1-1', divisionCode: '410103001001' }

  it('asks the name, ID number, relation, birth date and community named by the service’s word', () => {
    expect(messages(ELDERLY, input({}))).toEqual([
      'party.name 请填写老人的姓名',
      'party.idNumber 请填写老人的身份证号码',
      'party.relation 请选择您和老人的关系',
      'party.birthDate 请填写老人的出生日期',
      'party.divisionCode 请选择老人户籍所在的社区',
    ])
    expect(messages(ELDERLY, input({}, party))).toEqual([])
    expect(messages(ELDERLY, input({}, { ...party, idNumber: '440524188001010015', birthDate: '1940-2-30' }))).toEqual([
      'party.idNumber 老人的身份证号码有误，请逐位核对',
      'party.birthDate 老人的出生日期必须是真实的日期，例如 1945 年 3 月 8 日',
    ])
  })

  it('is left out of a form without the section', () => {
    expect(messages({ fields: [], uploads: [] }, input({}))).toEqual([])
    expect(fitToForm({ fields: [], uploads: [] }, input({}, party)).party).toBeUndefined()
    expect(fitToForm(ELDERLY, input({}, { ...party, idNumber: '4405 2418 8001 0100 14' })).party).toEqual({ ...party, idNumber: '440524188001010014', birthDate: '1940-01-01' })
  })
})
