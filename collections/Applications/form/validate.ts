import type { FormFieldType } from '../../Services/options'

import { chinaDate } from '../../CalendarDays/workingDays'
import { isIsoDate } from '../../fields/dates'
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
  type: FormFieldType
}
type FormUpload = { help?: null | string; material: string; required?: boolean | null }
export type FormDefinition = { fields: FormField[]; uploads: FormUpload[] }

export type Applicant = { email: string; idNumber: string; name: string; phone: string }
export type Answers = Record<string, string | string[]>
export type ApplicationInput = {
  answers: Answers
  applicant: Applicant
  divisionCode: string
  serviceCode: string
}

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
    case 'date':
      return isIsoDate(text)
        ? []
        : [error(path, 'DATE_FORMAT', `“${field.label}”请按“年-月-日”填写，例如 2024-05-01`)]
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

/** The service's own questions; answers to questions the form does not ask are refused. */
export function validateAnswers(definition: FormDefinition, answers: Answers): FieldError[] {
  const known = new Set(definition.fields.map((field) => field.name))
  const unknown = Object.keys(answers)
    .filter((name) => !known.has(name))
    .map((name) => error(`answers.${name}`, 'UNKNOWN_FIELD', `申请表中没有“${name}”这一项`))
  return [...definition.fields.flatMap((field) => validateAnswer(field, answers[field.name])), ...unknown]
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

/** Everything the resident filled in; an empty list means the application may be sent. */
export function validateApplication(
  definition: FormDefinition,
  input: ApplicationInput,
  files: FileFacts[] = [],
): FieldError[] {
  return [
    ...(input.divisionCode.trim() ? [] : [error('divisionCode', 'REQUIRED', '请选择您所在的社区')]),
    ...validateApplicant(input.applicant),
    ...validateAnswers(definition, input.answers),
    ...validateFiles(definition, files),
  ]
}
