import type { PayloadRequest } from 'payload'

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
  })
  const person = docs[0]
  return person && person.name === name ? { status: 'verified', person: person.id } : { status: 'selfReported' }
}
