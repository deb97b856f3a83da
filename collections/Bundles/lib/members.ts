import type { PayloadRequest } from 'payload'

import type { Bundle } from '../../../cms/payload-types'
import { relationId } from '../../relations'
import type { PublishedService } from '../../Services/publishedService'
import { type Applicability, type BundleMember, bundleApplicability } from '../form/applicability'
import { formDefinition } from '../../Applications/form/definition'

/** A bundle's service as the form needs it, with the published guide itself when there is one. */
export type LoadedMember = { member: BundleMember; service: null | PublishedService }

/** The service's form as the validator reads it (show-if conditions, the 当事人 section and routing rule included). */
const formOf = (service: PublishedService): BundleMember['form'] => formDefinition(service.applicationForm)

/**
 * The bundle's services in its order, each as published (one query). A
 * service that is not published counts as not online: nobody can apply for it.
 */
export async function bundleMembers(req: PayloadRequest, services: Bundle['services']): Promise<LoadedMember[]> {
  const ids = services.map((service) => String(relationId(service)))
  const { docs } = await req.payload.find({
    collection: 'services',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    // As publishedService: the lists an application never reads stay out (materials it does: reuse reads them).
    select: { steps: false, faqs: false, legalBases: false, conditions: false, related: false, centres: false },
    req,
  })
  return ids.flatMap((id) => {
    const service = docs.find((doc) => String(doc.id) === id)
    if (!service) return []
    const published = service._status === 'published'
    const link = service.link?.url && service.link.label ? { label: service.link.label, url: service.link.url } : null
    const member: BundleMember = { code: service.code, title: service.title, kind: published ? service.kind : null, link, form: formOf(service) }
    return [{ member, service: published ? service : null }]
  })
}

/** Whether this bundle can be applied for as one now, and why not. */
export async function applicabilityOf(req: PayloadRequest, bundle: Pick<Bundle, 'applyAsOne' | 'services'>): Promise<Applicability> {
  const members = await bundleMembers(req, bundle.services ?? [])
  return bundleApplicability(Boolean(bundle.applyAsOne), members.map(({ member }) => member))
}
