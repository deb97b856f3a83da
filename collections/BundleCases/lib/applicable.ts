import type { PayloadRequest } from 'payload'

import type { Bundle } from '../../../cms/payload-types'
import { invalid } from '../../endpoints/respond'
import { applicabilityText, bundleApplicability } from '../../Bundles/form/applicability'
import { type MergedForm, mergeForms } from '../../Bundles/form/merge'
import { bundleMembers, type LoadedMember } from '../../Bundles/lib/members'
import type { PublishedService } from '../../Services/publishedService'

/** A bundle applied for as one: the bundle, its services as published beside their place in the merged form, and the merged form. */
export type ApplicableBundle = { bundle: Bundle; members: { merged: MergedForm['members'][number]; service: PublishedService }[]; merged: MergedForm }

/** A published bundle that can be applied for as one, its services as published and its merged form; otherwise a 422 saying why not. */
export async function applicableBundle(req: PayloadRequest, code: string): Promise<ApplicableBundle> {
  const { docs } = await req.payload.find({
    collection: 'bundles',
    where: { and: [{ code: { equals: code.trim() } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    req,
  })
  const bundle = docs[0]
  if (!bundle) throw invalid([{ field: 'bundleCode', code: 'UNKNOWN_BUNDLE', message: '没有找到这件事' }])
  const loaded: LoadedMember[] = await bundleMembers(req, bundle.services)
  const applicability = bundleApplicability(Boolean(bundle.applyAsOne), loaded.map(({ member }) => member))
  if (!applicability.applicable) {
    throw invalid([{ field: 'bundleCode', code: 'NOT_APPLICABLE', message: `${applicabilityText(applicability)}请按办事指南分别办理。` }])
  }
  const merged = mergeForms(loaded.map(({ member }) => member))
  return { bundle, merged, members: loaded.map(({ service }, index) => ({ merged: merged.members[index]!, service: service! })) }
}
