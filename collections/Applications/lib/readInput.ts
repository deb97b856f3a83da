import { RequestError } from '../../errors'
import type { FieldError } from '../../endpoints/refusal'
import type { Answers, ApplicationInput } from '../form/validate'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/**
 * Check the shape of a submitted application — the right types in the right
 * places — before any rule is applied. Wrong types are the caller's bug, so
 * they come back as 400 with the field named; the rules then answer 422.
 */
export function readApplicationInput(raw: unknown): { errors: FieldError[]; input: ApplicationInput } {
  const errors: FieldError[] = []
  const wrong = (field: string, expected: string) =>
    errors.push({ field, code: 'WRONG_TYPE', message: `“${field}”应为${expected}` })
  const body = isRecord(raw) ? raw : (wrong('application', '一个对象'), {})
  const text = (record: Record<string, unknown>, key: string, field: string): string => {
    const value = record[key]
    if (value === undefined || value === null) return ''
    if (typeof value !== 'string') return (wrong(field, '文字'), '')
    return value
  }
  const applicantRaw = body.applicant ?? {}
  const applicant = isRecord(applicantRaw) ? applicantRaw : (wrong('applicant', '一个对象'), {})
  const answersRaw = body.answers ?? {}
  const answers: Answers = {}
  if (isRecord(answersRaw)) {
    for (const [name, value] of Object.entries(answersRaw)) {
      if (typeof value === 'string') answers[name] = value
      else if (Array.isArray(value) && value.every((each) => typeof each === 'string')) answers[name] = value
      else if (value !== null && value !== undefined) wrong(`answers.${name}`, '文字或文字列表')
    }
  } else wrong('answers', '一个对象')
  return {
    errors,
    input: {
      serviceCode: text(body, 'serviceCode', 'serviceCode'),
      divisionCode: text(body, 'divisionCode', 'divisionCode'),
      applicant: {
        name: text(applicant, 'name', 'applicant.name'),
        idNumber: text(applicant, 'idNumber', 'applicant.idNumber'),
        phone: text(applicant, 'phone', 'applicant.phone'),
        email: text(applicant, 'email', 'applicant.email'),
      },
      answers,
    },
  }
}

/** The application a multipart or JSON body carries: multipart sends it as JSON text in `application`. */
export function applicationPayload(fields: Record<string, unknown>, multipart: boolean): unknown {
  if (!multipart) return fields
  const text = fields.application
  if (typeof text !== 'string') {
    throw new RequestError('MALFORMED_BODY', '缺少 application 字段（申请内容的 JSON 文字）', 400)
  }
  try {
    return JSON.parse(text)
  } catch {
    throw new RequestError('MALFORMED_JSON', 'application 字段不是有效的 JSON', 400)
  }
}
