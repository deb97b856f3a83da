import type { Application } from '../../../cms/payload-types'
import { type ApplicationInput, type FormDefinition, partyLabel } from '../form/validate'

/** The person concerned as the application stores them (their community decided the routing and is not kept). */
export function storedParty(definition: FormDefinition, input: ApplicationInput): Application['party'] {
  const label = partyLabel(definition)
  if (!label || !input.party) return undefined
  const { birthDate, idNumber, name, relation } = input.party
  return { label, name: name.trim(), idNumber, relation: relation || null, birthDate: birthDate || null }
}
