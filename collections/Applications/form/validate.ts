import { type FormFieldType, type HandlingDivision, PARTY_RELATIONS } from '../../Services/options'

import { chinaDate } from '../../CalendarDays/workingDays'
import { askedAnswers, isAsked, type ShowIf } from './conditions'
import { readDate } from './dateParts'
import { CITIZEN_ID_PROBLEMS, citizenIdProblem, isEmailAddress, isMobileNumber } from '../../validation/identity'
import { unsafeTextProblem } from '../../validation/text'
import { UPLOAD_LIMITS } from '../../endpoints/limits'
import type { FieldError } from '../../endpoints/refusal'

/**
 * One set of rules for an application, run by the portal's browser script as
 * the resident types and by the submit endpoint before anything is stored, so
 * both say the same thing in the same words. No Payload imports: esbuild
 * bundles this file for the browser.
 */

export type FormField = {
  help?: null | string
  label: string
  name: string
  options?: null | string[]
  required?: boolean | null
  /** Asked only when an earlier choice question has this answer (conditions.ts). */
  showIf?: null | ShowIf
  type: FormFieldType
}
type FormUpload = { help?: null | string; material: string; required?: boolean | null }
/**
 * The form has a 当事人 section when `label` is set (老人, 子女…): the
 * person concerned's name and ID number, and when asked, the applicant's
 * relation to them and their birth date.
 */
export type PartySection = { askBirthDate?: boolean | null; askRelation?: boolean | null; label?: null | string }
export type FormDefinition = {
  fields: FormField[]
  /** Whose community decides the handling division; the applicant's residence when absent. */
  handledBy?: HandlingDivision | null
  party?: null | PartySection
  uploads: FormUpload[]
}

export type Applicant = { email: string; idNumber: string; name: string; phone: string }
/** The person concerned; `divisionCode` is their community, asked when it decides the handling division. */
export type Party = { birthDate: string; divisionCode: string; idNumber: string; name: string; relation: string }
export type Answers = Record<string, string | string[]>
export type ApplicationInput = {
  answers: Answers
  applicant: Applicant
  divisionCode: string
  party?: Party
  serviceCode: string
}

/** The 当事人 section's label when the form has one. */
export const partyLabel = (definition: Pick<FormDefinition, 'party'>): null | string => definition.party?.label?.trim() || null

/** Whether the form asks for the person concerned's community (it decides the handling division). */
export const asksPartyDivision = (definition: Pick<FormDefinition, 'handledBy' | 'party'>): boolean =>
  Boolean(partyLabel(definition)) && Boolean(definition.handledBy?.startsWith('party-'))

export const TEXT_LIMITS = {
  name: 50,
  text: 200,
  textarea: 2000,
  email: 254,
  note: 500,
  comment: 500,
} as const

/** Files: what the server accepts, checked again on the bytes. */
export const FILE_LIMITS = {
  perFileBytes: UPLOAD_LIMITS.perFileBytes,
  perApplicationBytes: UPLOAD_LIMITS.perRequestBytes,
  perApplicationFiles: 20,
  acceptedTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
} as const

const error = (field: string, code: string, message: string): FieldError => ({ code, field, message })

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0)

/** YYYYMMDD of today in China, for birth-date checks. */
const chinaToday = (): string => chinaDate().replaceAll('-', '')

/** Free text within its length, and without characters that disguise it (see validation/text.ts). */
export function checkText(field: string, label: string, value: string, max: number): FieldError[] {
  const unsafe = unsafeTextProblem(value, label)
  if (unsafe) return [error(field, unsafe.code, unsafe.message)]
  return value.length > max ? [error(field, 'TOO_LONG', `${label}不能超过${max}个字`)] : []
}

/** The applicant's own details, which every online application asks for. */
function validateApplicant(applicant: Applicant, today = chinaToday()): FieldError[] {
  const errors: FieldError[] = []
  const name = applicant.name.trim()
  if (!name) errors.push(error('applicant.name', 'REQUIRED', '请填写申请人姓名'))
  else errors.push(...checkText('applicant.name', '姓名', name, TEXT_LIMITS.name))

  const id = applicant.idNumber.trim()
  const idProblem = id ? citizenIdProblem(id, today) : null
  if (!id) errors.push(error('applicant.idNumber', 'REQUIRED', '请填写身份证号码'))
  else if (idProblem) {
    const { code, message } = CITIZEN_ID_PROBLEMS[idProblem]
    errors.push(error('applicant.idNumber', code, message))
  }

  const phone = applicant.phone.trim()
  if (!phone) errors.push(error('applicant.phone', 'REQUIRED', '请填写手机号码'))
  else if (!isMobileNumber(phone)) errors.push(error('applicant.phone', 'PHONE_FORMAT', '手机号码应为11位数字，以1开头'))

  const email = applicant.email.trim()
  if (email && !isEmailAddress(email)) errors.push(error('applicant.email', 'EMAIL_FORMAT', '电子邮箱格式不正确，例如 name@example.com'))
  return errors
}

/** One answer against its question. */
function validateAnswer(field: FormField, value: string | string[] | undefined): FieldError[] {
  const path = `answers.${field.name}`
  if (isBlank(value)) {
    return field.required ? [error(path, 'REQUIRED', `请填写“${field.label}”`)] : []
  }
  const options = field.options ?? []
  if (field.type === 'checkboxes') {
    const values = Array.isArray(value) ? value : [value as string]
    return values.every((each) => options.includes(each))
      ? []
      : [error(path, 'NOT_AN_OPTION', `“${field.label}”请从给出的选项中选择`)]
  }
  if (Array.isArray(value)) return [error(path, 'WRONG_TYPE', `“${field.label}”只能填一项`)]
  const text = value!.trim()
  switch (field.type) {
    case 'select':
    case 'radio':
      return options.includes(text) ? [] : [error(path, 'NOT_AN_OPTION', `“${field.label}”请从给出的选项中选择`)]
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(text) && text.length <= 15
        ? []
        : [error(path, 'NUMBER_FORMAT', `“${field.label}”请填写数字`)]
    case 'date': {
      const reading = readDate(text, `“${field.label}”`)
      return 'date' in reading ? [] : [error(path, reading.problem, reading.message)]
    }
    case 'phone':
      return isMobileNumber(text) ? [] : [error(path, 'PHONE_FORMAT', `“${field.label}”应为11位手机号码`)]
    case 'id-number':
      return citizenIdProblem(text, chinaToday()) === null
        ? []
        : [error(path, 'ID_CHECK_CHARACTER', `“${field.label}”不是有效的身份证号码`)]
    case 'email':
      return isEmailAddress(text) ? [] : [error(path, 'EMAIL_FORMAT', `“${field.label}”格式不正确`)]
    case 'textarea':
      return checkText(path, `“${field.label}”`, text, TEXT_LIMITS.textarea)
    default:
      return checkText(path, `“${field.label}”`, text, TEXT_LIMITS.text)
  }
}

/**
 * The service's own questions; answers to questions the form does not ask
 * are refused, and questions hidden by their condition are skipped (their
 * answers are dropped before storing, see fitToForm).
 */
export function validateAnswers(definition: FormDefinition, answers: Answers): FieldError[] {
  const known = new Set(definition.fields.map((field) => field.name))
  const unknown = Object.keys(answers)
    .filter((name) => !known.has(name))
    .map((name) => error(`answers.${name}`, 'UNKNOWN_FIELD', `申请表中没有“${name}”这一项`))
  const asked = definition.fields.filter((field) => isAsked(definition.fields, field, answers))
  return [...asked.flatMap((field) => validateAnswer(field, answers[field.name])), ...unknown]
}

export { askedAnswers }

/** The person concerned (当事人), when the form has the section. */
function validateParty(definition: FormDefinition, party: Party | undefined, today = chinaToday()): FieldError[] {
  const label = partyLabel(definition)
  if (!label) return []
  const given = party ?? { birthDate: '', divisionCode: '', idNumber: '', name: '', relation: '' }
  const errors: FieldError[] = []
  const name = given.name.trim()
  if (!name) errors.push(error('party.name', 'REQUIRED', `请填写${label}的姓名`))
  else errors.push(...checkText('party.name', `${label}的姓名`, name, TEXT_LIMITS.name))
  const id = given.idNumber.trim()
  const idProblem = id ? citizenIdProblem(id, today) : null
  if (!id) errors.push(error('party.idNumber', 'REQUIRED', `请填写${label}的身份证号码`))
  else if (idProblem) errors.push(error('party.idNumber', CITIZEN_ID_PROBLEMS[idProblem].code, `${label}的${CITIZEN_ID_PROBLEMS[idProblem].message}`))
  if (definition.party?.askRelation) {
    const relation = given.relation.trim()
    if (!relation) errors.push(error('party.relation', 'REQUIRED', `请选择您和${label}的关系`))
    else if (!(PARTY_RELATIONS as readonly string[]).includes(relation)) errors.push(error('party.relation', 'NOT_AN_OPTION', '关系请从给出的选项中选择'))
  }
  if (definition.party?.askBirthDate) {
    const birthDate = given.birthDate.trim()
    const reading = birthDate ? readDate(birthDate, `${label}的出生日期`, { past: true, today: chinaDate() }) : null
    if (!reading) errors.push(error('party.birthDate', 'REQUIRED', `请填写${label}的出生日期`))
    else if (!('date' in reading)) errors.push(error('party.birthDate', reading.problem, reading.message))
  }
  if (asksPartyDivision(definition) && !given.divisionCode.trim()) {
    errors.push(error('party.divisionCode', 'REQUIRED', `请选择${label}${definition.handledBy === 'party-registered' ? '户籍所在' : '居住'}的社区`))
  }
  return errors
}

/** A file the resident chose, as far as its name, size and declared type tell. */
export type FileFacts = { bytes: number; type: string; upload: number }

/** Required uploads present, each file and the whole within the size limits. */
export function validateFiles(definition: FormDefinition, files: FileFacts[]): FieldError[] {
  const errors: FieldError[] = []
  definition.uploads.forEach((upload, index) => {
    if (upload.required && !files.some((file) => file.upload === index)) {
      errors.push(error(`uploads.${index}`, 'REQUIRED', `请上传“${upload.material}”`))
    }
  })
  for (const file of files) {
    if (!definition.uploads[file.upload]) {
      errors.push(error(`uploads.${file.upload}`, 'UNKNOWN_UPLOAD', '上传的材料不在本事项的材料清单中'))
    } else if (file.bytes > FILE_LIMITS.perFileBytes) {
      errors.push(error(`uploads.${file.upload}`, 'FILE_TOO_LARGE', '每个文件不能超过10MB'))
    }
  }
  if (files.length > FILE_LIMITS.perApplicationFiles) {
    errors.push(error('uploads', 'TOO_MANY_FILES', `一次最多上传${FILE_LIMITS.perApplicationFiles}个文件`))
  }
  if (files.reduce((total, file) => total + file.bytes, 0) > FILE_LIMITS.perApplicationBytes) {
    errors.push(error('uploads', 'TOTAL_TOO_LARGE', '所有文件加起来不能超过30MB'))
  }
  return errors
}

/**
 * Everything the resident filled in; an empty list means the application
 * may be sent. `'later'` for files: the no-JavaScript check page, where the
 * files are chosen on the next step.
 */
export function validateApplication(
  definition: FormDefinition,
  input: ApplicationInput,
  files: 'later' | FileFacts[] = [],
): FieldError[] {
  return [
    ...(input.divisionCode.trim() ? [] : [error('divisionCode', 'REQUIRED', '请选择您所在的社区')]),
    ...validateApplicant(input.applicant),
    ...validateParty(definition, input.party),
    ...validateAnswers(definition, input.answers),
    ...(files === 'later' ? [] : validateFiles(definition, files)),
  ]
}
