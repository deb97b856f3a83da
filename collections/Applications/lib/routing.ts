import type { PayloadRequest, Where } from 'payload'

import { communityByCode } from '../../Divisions/lookup'
import { invalid } from '../../endpoints/respond'
import { relationId } from '../../relations'
import type { HandlingDivision } from '../../Services/options'
import type { ApplicationInput, FormDefinition } from '../form/validate'

/** The community that handles an application, by which rule, and whether the population base decided it. */
export type Routing = { division: string; handledBy: HandlingDivision; routedFromPopulation: boolean }

/** The division of the first record matching `where` (population records are read whatever the caller may see). */
async function divisionOf(req: PayloadRequest, collection: 'households' | 'persons', where: Where): Promise<{ division: null | string; id: string } | null> {
  const { docs } = await req.payload.find({ collection, where, limit: 1, depth: 0, pagination: false, overrideAccess: true, select: { division: true }, req })
  const doc = docs[0]
  return doc ? { id: doc.id, division: doc.division ? String(relationId(doc.division)) : null } : null
}

/** The community the population base holds for an active person with this ID number: their household's (户籍) or their own (居住地). */
async function populationCommunity(req: PayloadRequest, idNumber: string, registered: boolean): Promise<null | string> {
  const person = await divisionOf(req, 'persons', { and: [{ idNumber: { equals: idNumber } }, { status: { equals: 'active' } }] })
  if (!person || !registered) return person?.division ?? null
  return (await divisionOf(req, 'households', { 'members.person': { equals: person.id } }))?.division ?? null
}

/**
 * Route by the service's rule (`handledBy`): the community of the applicant
 * or of the person concerned, as entered in the form; for 户籍 or 居住地 a
 * person the population base holds (same ID number, 在册) is routed by the
 * base instead (the household's community for 户籍, the person's for
 * 居住地). The resident is told only the rule, never what the base holds.
 */
export async function handlingCommunity(req: PayloadRequest, definition: FormDefinition, input: ApplicationInput): Promise<Routing> {
  const handledBy = definition.handledBy ?? 'applicant-residence'
  const byParty = handledBy.startsWith('party-') && input.party !== undefined
  const [field, code, idNumber] = byParty
    ? ['party.divisionCode', input.party!.divisionCode, input.party!.idNumber]
    : ['divisionCode', input.divisionCode, input.applicant.idNumber]
  const entered = await communityByCode(req, code.trim())
  if (!entered) throw invalid([{ field, code: 'UNKNOWN_DIVISION', message: byParty ? '请选择当事人所在的社区' : '请选择您所在的社区' }])
  const fromPopulation = handledBy === 'applicant-residence' ? null : await populationCommunity(req, idNumber, handledBy.endsWith('-registered'))
  return { division: fromPopulation ?? entered.id, handledBy, routedFromPopulation: fromPopulation !== null }
}

/** The names of the communities an application names (its own, the person concerned's), by code. */
export async function communityNames(req: PayloadRequest, input: ApplicationInput): Promise<(code: string) => string> {
  const codes = [input.divisionCode, input.party?.divisionCode ?? ''].filter(Boolean)
  const names = new Map(await Promise.all(codes.map(async (code) => [code, (await communityByCode(req, code.trim()))?.name ?? code] as const)))
  return (code) => names.get(code) ?? code
}
