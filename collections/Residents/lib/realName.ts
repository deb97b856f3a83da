import type { PayloadRequest } from 'payload'

import type { Person, Resident } from '../../../cms/payload-types'
import { RequestError } from '../../errors'
import { relationId } from '../../relations'

/** How a real name checked out: in the population base under this name, or as the resident gave it. */
export type RealNameCheck = { person?: string; status: 'selfReported' | 'verified' }

/**
 * Compare the name and ID number with the population base: the same ID
 * number under the same name is 已核验（人口库） and links the person (for
 * prefilling the community); anything else is 本人填报, still allowed.
 */
export async function verifyRealName(req: PayloadRequest, name: string, idNumber: string): Promise<RealNameCheck> {
  const { docs } = await req.payload.find({
    collection: 'persons',
    where: { idNumber: { equals: idNumber } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { name: true },
    req,
  })
  const person = docs[0]
  return person && person.name === name ? { status: 'verified', person: person.id } : { status: 'selfReported' }
}

/**
 * The person the resident's verified real name points to, read again now:
 * still the same name and ID number. Anyone else (not verified, or the
 * record changed since) is refused 403 `REAL_NAME_REQUIRED` with `refusal`.
 */
export async function verifiedPerson(req: PayloadRequest, resident: Resident, refusal: string): Promise<Person> {
  const personId = relationId(resident.realName?.person)
  if (resident.realName?.status !== 'verified' || !personId) throw new RequestError('REAL_NAME_REQUIRED', refusal, 403)
  const person = await req.payload.findByID({ collection: 'persons', id: personId, depth: 0, overrideAccess: true, showHiddenFields: true, disableErrors: true, req })
  const own = await req.payload.findByID({ collection: 'residents', id: resident.id, depth: 0, overrideAccess: true, showHiddenFields: true, req })
  if (!person || person.name !== own.realName?.name || person.idNumber !== own.realName?.idNumber) throw new RequestError('REAL_NAME_REQUIRED', refusal, 403)
  return person
}
