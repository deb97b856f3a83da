import type { Service } from '../../../cms/payload-types'
import type { FormFieldType, HandlingDivision } from '../../Services/options'
import type { PrefillSource } from '../reuse/sources'
import type { ShowIf } from './conditions'

/** A published form, every part present (what the portal's snapshot holds); a FormDefinition. */
export type PublishedForm = {
  fields: { help: null | string; label: string; name: string; options: string[]; prefill: null | PrefillSource; required: boolean; showIf: null | ShowIf; type: FormFieldType }[]
  handledBy: HandlingDivision
  party: null | { askBirthDate: boolean; askRelation: boolean; label: string }
  uploads: { help: null | string; material: string; required: boolean }[]
}

type StoredForm = Service['applicationForm'] | null | undefined

/**
 * A service's stored application form as the form definition the validator,
 * the submit endpoint and the portal's snapshot all use: empty values made
 * null, a condition only when it names a question, the 当事人 section only
 * when it has a label.
 */
export function formDefinition(form: StoredForm): PublishedForm {
  const party = form?.party?.label?.trim()
  return {
    fields: (form?.fields ?? []).map((field) => ({
      name: field.name,
      type: field.type,
      label: field.label,
      required: Boolean(field.required),
      options: field.options ?? [],
      help: field.help ?? null,
      prefill: field.prefill ?? null,
      showIf: field.showIfQuestion ? { question: field.showIfQuestion, equals: field.showIfEquals ?? '' } : null,
    })),
    uploads: (form?.uploads ?? []).map((upload) => ({
      material: upload.material,
      required: Boolean(upload.required),
      help: upload.help ?? null,
    })),
    party: party ? { label: party, askRelation: Boolean(form?.party?.askRelation), askBirthDate: Boolean(form?.party?.askBirthDate) } : null,
    handledBy: form?.handledBy ?? 'applicant-residence',
  }
}
