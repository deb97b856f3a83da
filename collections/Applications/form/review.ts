/**
 * 核对您填写的内容: the answers of an application as the resident reads
 * them before confirming, one list for the browser script's review step and
 * the server's page for browsers without JavaScript. Each row names the
 * field it came from, so a 修改 link can lead back to the question. No
 * Payload imports: bundled for the browser.
 */
import { dateText } from '../../../site/lib/dates'
import { isAsked } from './conditions'
import { readDate } from './dateParts'
import { type ApplicationInput, asksPartyDivision, type FormDefinition, partyLabel } from './validate'

export type ReviewRow = { field: string; label: string; value: string }
export type ReviewSection = { rows: ReviewRow[]; title: string }

const NOT_GIVEN = '未填写'

/** A date as typed ("1945-3-8") as 1945年3月8日. */
const dateWords = (value: string): string => {
  const reading = readDate(value, '')
  return 'date' in reading ? dateText(reading.date) : value
}

/**
 * The sections to check: the applicant, their community, the person
 * concerned, and the questions asked (hidden ones left out).
 * `communityName` turns a community's code into its name.
 */
export function reviewSections(definition: FormDefinition, input: ApplicationInput, communityName: (code: string) => string): ReviewSection[] {
  const { applicant } = input
  const sections: ReviewSection[] = [
    {
      title: '申请人信息',
      rows: [
        { field: 'applicant.name', label: '姓名', value: applicant.name },
        { field: 'applicant.idNumber', label: '身份证号码', value: applicant.idNumber },
        { field: 'applicant.phone', label: '手机号码', value: applicant.phone },
        { field: 'applicant.email', label: '电子邮箱', value: applicant.email || NOT_GIVEN },
        { field: 'divisionCode', label: '所在社区', value: communityName(input.divisionCode) },
      ],
    },
  ]
  const label = partyLabel(definition)
  if (label && input.party) {
    const { party } = input
    sections.push({
      title: `${label}信息`,
      rows: [
        { field: 'party.name', label: `${label}姓名`, value: party.name },
        { field: 'party.idNumber', label: `${label}身份证号码`, value: party.idNumber },
        ...(definition.party?.askRelation ? [{ field: 'party.relation', label: `您和${label}的关系`, value: party.relation }] : []),
        ...(definition.party?.askBirthDate ? [{ field: 'party.birthDate', label: `${label}出生日期`, value: dateWords(party.birthDate) }] : []),
        ...(asksPartyDivision(definition) ? [{ field: 'party.divisionCode', label: `${label}所在社区`, value: communityName(party.divisionCode) }] : []),
      ],
    })
  }
  const asked = definition.fields.filter((field) => isAsked(definition.fields, field, input.answers))
  if (asked.length > 0) {
    sections.push({
      title: '申请内容',
      rows: asked.map((field) => {
        const value = input.answers[field.name]
        const text = Array.isArray(value) ? value.join('、') : field.type === 'date' && value ? dateWords(value) : value
        return { field: `answers.${field.name}`, label: field.label, value: text || NOT_GIVEN }
      }),
    })
  }
  return sections
}
