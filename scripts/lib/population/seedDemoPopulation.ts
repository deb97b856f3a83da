import type { PayloadRequest } from 'payload'

import { writeAudit } from '../../../collections/AuditLog/record'
import { parseDivisionCode } from '../../../collections/Divisions/code'
import { listCommunities } from '../../../collections/Divisions/lookup'
import { ETHNICITY_BY_NAME, INSURANCE_BY_LABEL, STATUS_BY_LABEL } from '../../../collections/Persons/transfer/columns'
import { AUDITED_AS_IMPORT } from '../../../collections/privacy/auditHooks'
import { generateHouseholds, type GeneratedHousehold } from './generate'

/** Households spread over every community, a quarter of them in the demo registrars' own community. */
const HOUSEHOLDS = 320
const HOME_COMMUNITY = '410105001001'

type Community = { code: string; id: string; name: string }

async function writeHousehold(req: PayloadRequest, household: GeneratedHousehold, community: Community, number: string) {
  const create = async (collection: 'dwellings' | 'households' | 'persons' | 'registers', data: Record<string, unknown>): Promise<{ id: string }> =>
    (await req.payload.create({ collection, data: data as never, req, depth: 0 })) as { id: string }
  const personIds: string[] = []
  for (const member of household.members) {
    const person = await create('persons', {
      name: member.name,
      idNumber: member.idNumber,
      ethnicity: ETHNICITY_BY_NAME.get(member.ethnicity),
      phone: member.phone || null,
      registeredAddress: `郑州市${household.communityName}${household.address}`,
      residenceAddress: `郑州市${household.communityName}${household.address}`,
      division: community.id,
      status: STATUS_BY_LABEL.get(member.status),
      statusDate: member.statusDate || null,
      socialInsurance: member.insurance.map((label) => INSURANCE_BY_LABEL.get(label)),
    })
    personIds.push(person.id)
    for (const register of member.registers) await create('registers', { person: person.id, ...register })
  }
  const dwelling = await create('dwellings', {
    address: `郑州市${household.communityName}${household.address}`,
    division: community.id,
    use: 'residential',
    tenure: household.tenure,
    area: 60 + household.members.length * 15,
    ownerName: household.tenure === 'rented' ? '（房东）' : household.members[0]!.name,
    rental: household.tenure === 'rented' ? { tenants: personIds, leaseStart: '2026-01-01', leaseEnd: '2026-12-31' } : undefined,
  })
  await create('households', {
    householdNumber: number,
    address: `郑州市${household.communityName}${household.address}`,
    dwelling: dwelling.id,
    division: community.id,
    members: household.members.map((member, index) => ({ person: personIds[index], relation: member.relation })),
  })
}

/**
 * Demo mode: a small synthetic population (about a thousand people) in
 * the seed's transaction, once — a database that already has persons is
 * left alone. The audit log gets one entry per community, as for an import.
 */
export async function seedDemoPopulation(req: PayloadRequest): Promise<number> {
  if ((await req.payload.count({ collection: 'persons', req })).totalDocs > 0) return 0
  const communities = new Map<string, Community>((await listCommunities(req.payload, req)).map((doc) => [doc.code, doc]))
  const home = communities.get(HOME_COMMUNITY)
  const everywhere = [...communities.values()]
  const weighted = home ? [...everywhere, ...Array<Community>(Math.ceil(everywhere.length / 3)).fill(home)] : everywhere
  const households = generateHouseholds({ communities: weighted, households: HOUSEHOLDS })
  req.context[AUDITED_AS_IMPORT] = true
  const perCommunity = new Map<string, number>()
  let persons = 0
  try {
    for (const [index, household] of households.entries()) {
      const community = communities.get(household.communityCode)!
      await writeHousehold(req, household, community, `${household.communityCode}-${String(index + 1).padStart(5, '0')}`)
      persons += household.members.length
      perCommunity.set(community.code, (perCommunity.get(community.code) ?? 0) + household.members.length)
    }
    for (const [code, count] of perCommunity) {
      await writeAudit(req, {
        action: 'import',
        targetCollection: 'persons',
        summary: `${communities.get(code)!.name}导入 ${count} 人`,
        detail: '演示数据（合成，非真实人员）',
        scope: parseDivisionCode(code).path,
      })
    }
  } finally {
    delete req.context[AUDITED_AS_IMPORT]
  }
  return persons
}
