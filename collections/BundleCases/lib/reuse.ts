import type { PayloadRequest } from 'payload'

import type { Application } from '../../../cms/payload-types'
import type { ReusableForm } from '../../Applications/reuse/sources'
import type { PublishedForm } from '../../Applications/form/definition'
import { mergedMaterials, mergedPublishedForm } from '../../Bundles/form/merge'
import type { PublishedService } from '../../Services/publishedService'
import { type ApplicableBundle, applicableBundle } from './applicable'

/**
 * 使用平台已有的信息 on a 一件事's one form: the merged form read as reuse
 * reads one service's — every member's questions with their prefill
 * sources, the merged uploads (a material several services ask for is one
 * upload, so it is waived once), and the materials as every member asking
 * for them allows — and what each member application keeps of it.
 */

/** The merged form as reuse reads a service's form. */
export function bundleReusableForm({ bundle, members, merged }: ApplicableBundle): ReusableForm {
  const services = members.map((member) => member.service)
  const questions = services.flatMap((service) => service.applicationForm?.fields ?? [])
  return {
    title: bundle.title,
    applicationForm: {
      // A question several services ask is asked once: the first service's words, as mergeForms keeps them.
      fields: questions.filter((question, index) => questions.findIndex((each) => each.name === question.name) === index),
      uploads: merged.definition.uploads,
    },
    materials: mergedMaterials(services.map((service) => ({ materials: service.materials ?? [], uploads: service.applicationForm?.uploads ?? [] }))),
  }
}

/** The published bundle's merged form for the prefill endpoint, as reuse reads it and as its page shows it (422 when it cannot be applied for as one). */
export async function bundleReusable(req: PayloadRequest, code: string): Promise<{ definition: PublishedForm; form: ReusableForm }> {
  const found = await applicableBundle(req, code)
  const questions = found.members.flatMap(({ service }) => service.applicationForm?.fields ?? [])
  return { definition: mergedPublishedForm(found.merged.definition, questions), form: bundleReusableForm(found) }
}

/** What an application stores about reuse (reuse/submit.ts `reuseFor`'s record). */
type ReuseRecord = Pick<Application, 'commitmentCheck' | 'reuse'> | Record<string, never>

/**
 * What one member application stores of the submission's reuse: the held
 * materials and commitments among its own uploads (so its department's audit
 * entry and commitment check are its own), nothing when it has none.
 */
export function memberReuse(record: ReuseRecord, service: PublishedService): ReuseRecord {
  if (!('reuse' in record) || !record.reuse) return {}
  const own = new Set((service.applicationForm?.uploads ?? []).map((upload) => upload.material))
  const materials = (record.reuse.materials ?? []).filter((each) => own.has(each.material))
  const commitments = (record.reuse.commitments ?? []).filter((each) => own.has(each.material))
  if (materials.length === 0 && commitments.length === 0) return {}
  return {
    reuse: { ...record.reuse, consentAt: materials.length ? record.reuse.consentAt : null, materials, commitments },
    ...(commitments.length && record.commitmentCheck ? { commitmentCheck: record.commitmentCheck } : {}),
  }
}
