import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Service } from '../../cms/payload-types'
import { lookupCache } from '../../cms/lib/lookupCache'

/** What taking an application for a service (or feedback on its guide) needs from its guide. */
export type PublishedService = Pick<
  Service,
  'applicationForm' | 'caseType' | 'code' | 'department' | 'id' | 'kind' | 'materials' | 'promisedDays' | 'scope' | 'title'
>

/** Published services by code, read on every application a resident submits. */
const services = lookupCache<PublishedService>()

/** The published service with this code, or undefined. */
export const publishedService = (req: PayloadRequest, code: string): Promise<PublishedService | undefined> =>
  services.get(code, async () => {
    const { docs } = await req.payload.find({
      collection: 'services',
      where: { and: [{ code: { equals: code } }, { _status: { equals: 'published' } }] },
      limit: 1,
      depth: 0,
      pagination: false,
      // A guide has a dozen lists an application never reads (materials it does: which the platform holds, which a commitment replaces). (Selecting the
      // wanted fields instead would be neater, but Payload 3.90 on SQLite then
      // drops the options of choice questions, which are hasMany text in an array.)
      select: { steps: false, faqs: false, legalBases: false, conditions: false, related: false, centres: false },
      req,
    })
    return docs[0]
  })

/**
 * The code of the published service a resident named by its title or one of
 * its aliases (常用叫法), exactly, or undefined: a title wins over aliases,
 * and an alias two guides share names neither.
 */
export async function publishedServiceNamed(req: PayloadRequest, name: string): Promise<string | undefined> {
  const { docs } = await req.payload.find({
    collection: 'services',
    where: { and: [{ _status: { equals: 'published' } }, { or: [{ title: { equals: name } }, { aliases: { equals: name } }] }] },
    limit: 10,
    depth: 0,
    pagination: false,
    select: { code: true, title: true },
    req,
  })
  const named = docs.find((service) => service.title === name) ?? (docs.length === 1 ? docs[0] : undefined)
  return named?.code
}

/** Lists of published services other systems read on every call (Open311's services), by what selects them. */
const serviceLists = lookupCache<{ docs: Service[] }>({ max: 10 })

/** A cached list of published services: `key` names the selection `load` makes. */
export const publishedServiceList = (key: string, load: () => Promise<Service[]>): Promise<Service[]> =>
  serviceLists.get(key, async () => ({ docs: await load() })).then((list) => list?.docs ?? [])

/** afterChange/afterDelete: a service was edited, published, unpublished or removed. */
export const forgetPublishedServices: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc }) => {
  services.forget()
  serviceLists.forget()
  return doc
}
