import type { Person } from '../../../cms/payload-types'
import { PERSON_STATUS_LABELS, SOCIAL_INSURANCE_LABELS } from '../options'
import { ETHNICITY_NAMES, PERSON_COLUMNS } from './columns'

/**
 * A person as a row of the import template (export writes what import
 * reads), with whatever masking the reader's copy of the record carries.
 */
export function personRow(person: Person): string[] {
  const values: Record<(typeof PERSON_COLUMNS)[number]['key'], string> = {
    name: person.name,
    idNumber: person.idNumber,
    ethnicity: person.ethnicity ? (ETHNICITY_NAMES.get(person.ethnicity) ?? '') : '',
    phone: person.phone ?? '',
    registeredAddress: person.registeredAddress ?? '',
    residenceAddress: person.residenceAddress ?? '',
    communityCode: person.scope?.community ?? '',
    status: PERSON_STATUS_LABELS[person.status],
    statusDate: person.statusDate ?? '',
    socialInsurance: (person.socialInsurance ?? []).map((kind) => SOCIAL_INSURANCE_LABELS[kind]).join('、'),
    notes: person.notes ?? '',
  }
  return PERSON_COLUMNS.map((column) => values[column.key])
}
