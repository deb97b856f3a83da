import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest, Where } from 'payload'

import type { Division } from '../../cms/payload-types'
import { lookupCache } from '../../cms/lib/lookupCache'

type DivisionFacts = Pick<Division, 'code' | 'id' | 'level' | 'name'>

/**
 * Divisions by id and by code, for the hooks and endpoints that look one up
 * on every write (each scoped record derives its path from its division).
 */
const divisions = lookupCache<DivisionFacts>()

async function findDivision(req: PayloadRequest, where: Where): Promise<DivisionFacts | undefined> {
  const { docs } = await req.payload.find({
    collection: 'divisions',
    where,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { code: true, level: true, name: true },
    req,
  })
  return docs[0]
}

/** The division with this id, or undefined. */
export const divisionById = (req: PayloadRequest, id: number | string) =>
  divisions.get(`id:${id}`, () => findDivision(req, { id: { equals: id } }))

/** The community with this 12-digit code, or undefined. */
export async function communityByCode(req: PayloadRequest, code: string): Promise<DivisionFacts | undefined> {
  const division = await divisions.get(`code:${code}`, () => findDivision(req, { code: { equals: code } }))
  return division?.level === 'community' ? division : undefined
}

/** Every community (id, code, name) in code order, read in `req`'s transaction when given. */
export async function listCommunities(payload: Payload, req?: PayloadRequest): Promise<Pick<Division, 'code' | 'id' | 'name'>[]> {
  const { docs } = await payload.find({
    collection: 'divisions',
    where: { level: { equals: 'community' } },
    pagination: false,
    depth: 0,
    sort: 'code',
    select: { code: true, name: true },
    req,
  })
  return docs
}

/** afterChange/afterDelete: a division changed (renames change descendants' codes too). */
export const forgetCachedDivisions: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc }) => {
  divisions.forget()
  return doc
}
