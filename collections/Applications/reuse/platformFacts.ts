import type { PayloadRequest } from 'payload'

import type { Person, Resident } from '../../../cms/payload-types'
import { chinaDate } from '../../CalendarDays/workingDays'
import { HOUSEHOLD_RELATION_LABELS } from '../../Households/relations'
import { SEX_LABELS } from '../../Persons/options'
import { relationId } from '../../relations'
import type { RegisterKind } from '../../Registers/kinds'
import type { MaterialSource, PrefillSource } from './sources'

/**
 * What the population base and the platform's own records say about a
 * verified resident's person, read once per request and only as far as the
 * form needs: the household only when a question asks for its members,
 * registers and the 居住证明 only when a question or a material names them.
 */
export type PlatformFacts = {
  /** The 12-digit code of the person's community. */
  divisionCode: null | string
  /** 张三（户主，1965年出生）；… in the household's order. */
  householdMembers: null | string
  person: Person
  /** Registers the person is on today. */
  registers: Set<RegisterKind>
  /** The number of the resident's valid 居住证明 issued here, if any. */
  residenceCertificate: null | string
}

const REGISTER_PREFIX = 'register.'
const MATERIAL_REGISTER_PREFIX = 'register-'

/** The registers a form's questions and materials ask about. */
function registersAskedFor(questions: PrefillSource[], materials: MaterialSource[]): RegisterKind[] {
  const kinds = [
    ...questions.filter((source) => source.startsWith(REGISTER_PREFIX)).map((source) => source.slice(REGISTER_PREFIX.length)),
    ...materials.filter((source) => source.startsWith(MATERIAL_REGISTER_PREFIX)).map((source) => source.slice(MATERIAL_REGISTER_PREFIX.length)),
  ]
  return [...new Set(kinds)] as RegisterKind[]
}

async function communityCode(req: PayloadRequest, person: Person): Promise<null | string> {
  const divisionId = relationId(person.division)
  if (!divisionId) return null
  const division = await req.payload.findByID({ collection: 'divisions', id: String(divisionId), depth: 0, select: { code: true }, overrideAccess: true, disableErrors: true, req })
  return division?.code ?? null
}

/** The person's household as one line per member, or null when they are in none. */
async function householdMembers(req: PayloadRequest, person: Person): Promise<null | string> {
  const { docs } = await req.payload.find({
    collection: 'households',
    where: { 'members.person': { equals: person.id } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { members: true },
    req,
  })
  const members = docs[0]?.members ?? []
  if (members.length === 0) return null
  const { docs: people } = await req.payload.find({
    collection: 'persons',
    where: { id: { in: members.map((member) => relationId(member.person)) } },
    limit: members.length,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { name: true, birthDate: true },
    showHiddenFields: true,
    req,
  })
  const byId = new Map(people.map((each) => [String(each.id), each]))
  return members
    .flatMap((member) => {
      const each = byId.get(String(relationId(member.person)))
      if (!each) return []
      const born = each.birthDate ? `，${each.birthDate.slice(0, 4)}年出生` : ''
      return [`${each.name}（${HOUSEHOLD_RELATION_LABELS[member.relation]}${born}）`]
    })
    .join('；')
}

/** The registers among `kinds` the person is on today (started, not ended). */
async function registersToday(req: PayloadRequest, person: Person, kinds: RegisterKind[]): Promise<Set<RegisterKind>> {
  if (kinds.length === 0) return new Set()
  const today = chinaDate()
  const { docs } = await req.payload.find({
    collection: 'registers',
    where: { and: [{ person: { equals: person.id } }, { kind: { in: kinds } }] },
    limit: 50,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { kind: true, startDate: true, endDate: true },
    req,
  })
  const current = docs.filter((entry) => String(entry.startDate).slice(0, 10) <= today && (!entry.endDate || String(entry.endDate).slice(0, 10) >= today))
  return new Set(current.map((entry) => entry.kind))
}

/** The number of the resident's newest valid 居住证明, issued by the platform. */
async function residenceCertificate(req: PayloadRequest, resident: Resident): Promise<null | string> {
  const { docs } = await req.payload.find({
    collection: 'result-documents',
    where: { and: [{ resident: { equals: resident.id } }, { kind: { equals: 'residence' } }, { status: { equals: 'valid' } }] },
    sort: '-issuedAt',
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { number: true },
    req,
  })
  return docs[0]?.number ?? null
}

/** The facts a form with these question and material sources needs about `person`. */
export async function platformFacts(
  req: PayloadRequest,
  resident: Resident,
  person: Person,
  needs: { materials: MaterialSource[]; questions: PrefillSource[] },
): Promise<PlatformFacts> {
  return {
    person,
    divisionCode: await communityCode(req, person),
    householdMembers: needs.questions.includes('household.members') ? await householdMembers(req, person) : null,
    registers: await registersToday(req, person, registersAskedFor(needs.questions, needs.materials)),
    residenceCertificate: needs.materials.includes('residence-certificate') ? await residenceCertificate(req, resident) : null,
  }
}

/** A source's value as text, or null when the platform does not know it. */
export function factText(facts: PlatformFacts, source: PrefillSource): null | string {
  const { person } = facts
  switch (source) {
    case 'person.sex':
      return person.sex ? SEX_LABELS[person.sex] : null
    case 'person.birthDate':
      return person.birthDate ?? null
    case 'person.phone':
      return person.phone ?? null
    case 'person.registeredAddress':
      return person.registeredAddress ?? null
    case 'person.residenceAddress':
      return person.residenceAddress ?? null
    case 'household.members':
      return facts.householdMembers
    default:
      return facts.registers.has(source.slice(REGISTER_PREFIX.length) as RegisterKind) ? '是' : '否'
  }
}

/** Whether the platform holds what stands in for a material, and the record that does (for the application's reuse list). */
export function heldRecord(facts: PlatformFacts, source: MaterialSource): null | string {
  if (source === 'population') return '人口库人员记录'
  if (source === 'residence-certificate') return facts.residenceCertificate ? `居住证明 ${facts.residenceCertificate}` : null
  const kind = source.slice(MATERIAL_REGISTER_PREFIX.length) as RegisterKind
  return facts.registers.has(kind) ? '人口库业务登记' : null
}
