import { RequestError } from '../../errors'
import type { FieldError } from '../../endpoints/refusal'
import { askedAnswers, type Answers, type ApplicationInput, type FormDefinition, type Party, partyLabel } from '../form/validate'
import { DATE_PARTS, joinDateParts, readDate } from '../form/dateParts'

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
  const partyRaw = body.party ?? {}
  const party = isRecord(partyRaw) ? partyRaw : (wrong('party', '一个对象'), {})
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
      ...(body.party !== undefined && {
        party: {
          name: text(party, 'name', 'party.name'),
          idNumber: text(party, 'idNumber', 'party.idNumber'),
          relation: text(party, 'relation', 'party.relation'),
          birthDate: text(party, 'birthDate', 'party.birthDate'),
          divisionCode: text(party, 'divisionCode', 'party.divisionCode'),
        },
      }),
    },
  }
}

const ANSWER_PREFIX = 'answers.'

/** A posted value, without the empty answers a form sends for questions left blank. */
const given = (value: unknown): unknown => (Array.isArray(value) ? value.filter((each) => each !== '') : value === '' ? undefined : value)

/**
 * The application a browser posts itself (no JavaScript): the form's named
 * controls — serviceCode, divisionCode, applicant.<detail>,
 * answers.<question> (a checkbox group once per ticked box) — in the shape
 * the script sends as JSON. Types are checked after, by readApplicationInput.
 */
function plainApplication(fields: Record<string, unknown>): Record<string, unknown> {
  const answers: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(fields)) {
    if (name.startsWith(ANSWER_PREFIX) && given(value) !== undefined) answers[name.slice(ANSWER_PREFIX.length)] = given(value)
  }
  joinPlainDates(answers)
  const party = fields['party.name'] === undefined ? undefined : {
    name: fields['party.name'],
    idNumber: fields['party.idNumber'],
    relation: fields['party.relation'],
    birthDate: fields['party.birthDate'] ?? joinDateParts(datePartsOf(fields, 'party.birthDate')) ?? '',
    divisionCode: fields['party.divisionCode'],
  }
  return {
    ...(party && { party }),
    serviceCode: fields.serviceCode,
    divisionCode: fields.divisionCode,
    applicant: {
      name: fields['applicant.name'],
      idNumber: fields['applicant.idNumber'],
      phone: fields['applicant.phone'],
      email: fields['applicant.email'],
    },
    answers,
  }
}

const datePartsOf = (fields: Record<string, unknown>, prefix: string) =>
  Object.fromEntries(DATE_PARTS.map((part) => [part, fields[`${prefix}.${part}`]]))

/** A date question's three boxes (answers.<name>.year/.month/.day) as one `year-month-day` answer. */
function joinPlainDates(answers: Record<string, unknown>): void {
  const dateQuestions = new Set(Object.keys(answers).filter((key) => /\.(year|month|day)$/.test(key)).map((key) => key.replace(/\.[a-z]+$/, '')))
  for (const question of dateQuestions) {
    const joined = joinDateParts(datePartsOf(answers, question))
    for (const part of DATE_PARTS) delete answers[`${question}.${part}`]
    if (joined !== undefined) answers[question] = joined
  }
}

/** A date as typed ("1945-3-8") stored as YYYY-MM-DD; left as it is when it is not a real date (the validator says so). */
const storedDate = (value: string): string => {
  const reading = readDate(value, '')
  return 'date' in reading ? reading.date : value
}

/** The person concerned as stored: only when the form asks, ID number compact, birth date as YYYY-MM-DD. */
const fitParty = (definition: FormDefinition, party: Party | undefined): Party | undefined =>
  partyLabel(definition)
    ? {
        name: party?.name ?? '',
        idNumber: compact(party?.idNumber ?? '').toUpperCase(),
        relation: definition.party?.askRelation ? (party?.relation ?? '') : '',
        birthDate: definition.party?.askBirthDate && party?.birthDate ? storedDate(party.birthDate) : '',
        divisionCode: party?.divisionCode ?? '',
      }
    : undefined

/** Phone and ID numbers as typed, without the spaces and dashes people put in. */
const compact = (value: string): string => value.replace(/[\s-]/g, '')

/**
 * The input as the form's questions shape it, however it was sent: a
 * checkbox group as a list even when one box was ticked, phone and ID
 * numbers without spaces and dashes (the portal's script sends them so),
 * dates as YYYY-MM-DD, no answers to hidden questions, and the person
 * concerned only when the form has that section.
 */
export function fitToForm(definition: FormDefinition, input: ApplicationInput): ApplicationInput {
  const answers: Answers = { ...input.answers }
  for (const field of definition.fields) {
    const value = answers[field.name]
    if (typeof value !== 'string') continue
    if (field.type === 'checkboxes') answers[field.name] = [value]
    else if (field.type === 'phone') answers[field.name] = compact(value)
    else if (field.type === 'id-number') answers[field.name] = compact(value).toUpperCase()
    else if (field.type === 'date') answers[field.name] = storedDate(value)
  }
  const { applicant, party, ...rest } = input
  const fittedParty = fitParty(definition, party)
  return {
    ...rest,
    applicant: { ...applicant, idNumber: compact(applicant.idNumber).toUpperCase(), phone: compact(applicant.phone) },
    // Answers to questions hidden by their condition are not kept.
    answers: askedAnswers(definition.fields, answers),
    ...(fittedParty && { party: fittedParty }),
  }
}

/**
 * The application a body carries: JSON; or multipart with the application
 * as JSON text in `application` (the portal's script); or multipart with the
 * form's own named controls (a browser without JavaScript).
 */
export function applicationPayload(fields: Record<string, unknown>, multipart: boolean): unknown {
  if (!multipart) return fields
  if (fields.application === undefined) return plainApplication(fields)
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
