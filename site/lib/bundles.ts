import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import { type Applicability, type BundleMember, bundleApplicability, whereDone } from '../../collections/Bundles/form/applicability'
import { mergedMaterials, mergedPublishedForm, mergeForms } from '../../collections/Bundles/form/merge'
import type { SnapshotBundle, SnapshotService } from './snapshot'
import { readService } from './catalogue'

/** One service of a bundle as its page lists it: how and where it is done, and the page to go on to. */
export type BundleStep = { code: string; href: string; how: string; title: string }

export type BundleFacts = {
  applicability: Applicability
  /** The merged form, when the bundle can be applied for as one. */
  form: SnapshotService['applicationForm'] | null
  /** The guides' materials behind the merged form's uploads, as reuse reads them (免提交, 告知承诺 only where every service allows). */
  materials: SnapshotService['materials']
  steps: BundleStep[]
}

const asMember = (service: SnapshotService): BundleMember => ({
  code: service.code,
  title: service.title,
  kind: service.kind,
  link: service.link,
  form: service.applicationForm,
})

/** Where a service is done, linked: its own form when online here, else its guide (where the counters and links are). */
const stepOf = (service: SnapshotService): BundleStep => ({
  code: service.code,
  title: service.title,
  how: whereDone(service),
  href: service.kind === 'online' ? PORTAL_PATHS.apply(service.code) : PORTAL_PATHS.service(service.code),
})

/** Whether a bundle can be applied for as one (the server decides the same way from the same guides), its merged form, and each service's own way. */
export function bundleFacts(bundle: SnapshotBundle): BundleFacts {
  const services = bundle.services.map(readService)
  const applicability = bundleApplicability(bundle.applyAsOne, services.map(asMember))
  const merged = applicability.applicable ? mergeForms(services.map(asMember)).definition : null
  const form = merged && mergedPublishedForm(merged, services.flatMap((service) => service.applicationForm.fields))
  const materials = mergedMaterials(services.map((service) => ({ materials: service.materials, uploads: service.applicationForm.uploads })))
  return { applicability, form, materials, steps: services.map(stepOf) }
}
