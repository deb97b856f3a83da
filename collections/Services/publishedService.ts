import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Service } from '../../cms/payload-types'
import { lookupCache } from '../../cms/lib/lookupCache'

/** What taking an application for a service needs from its guide. */
export type PublishedService = Pick<
  Service,
  'applicationForm' | 'code' | 'department' | 'id' | 'kind' | 'promisedDays' | 'title'
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
      // A guide has a dozen lists an application never reads. (Selecting the
      // wanted fields instead would be neater, but Payload 3.90 on SQLite then
      // drops the options of choice questions, which are hasMany text in an array.)
      select: { materials: false, steps: false, faqs: false, legalBases: false, conditions: false, related: false, centres: false },
      req,
    })
    return docs[0]
  })

/** afterChange/afterDelete: a service was edited, published, unpublished or removed. */
export const forgetPublishedServices: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc }) => {
  services.forget()
  return doc
}
