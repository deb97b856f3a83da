import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { loadWorkingCalendar } from '../../CalendarDays/load'
import { caseDeadline } from '../../casework/clock'
import { RequestError } from '../../errors'
import { invalid } from '../../endpoints/respond'
import { relationId } from '../../relations'
import { optionalResident } from '../../Residents/lib/accounts'
import type { Applicant } from '../form/validate'
import { heldRecord } from './platformFacts'
import { auditReuse, readPlatformFacts, REUSE_NOT_VERIFIED, reusableUploads } from './prefill'
import { commitmentWords, consented, MATERIAL_SOURCE_LABELS, type ReusableForm, type ReusableMaterial, type ReuseChoice } from './sources'
import { integerFromEnv } from '../../../cms/config/integerFromEnv'

/**
 * What a submission reuses: materials the platform holds for a verified
 * resident who consented (免提交), and materials replaced by a signed
 * 告知承诺 where the guide allows it. The submit endpoint makes those
 * uploads optional and stores the record this answers with the application.
 */

const DEFAULT_COMMITMENT_CHECK_DAYS = 20

/** Working days staff have to check a commitment (`COMMITMENT_CHECK_WORKING_DAYS`, default 20). */
export const commitmentCheckWorkingDays = (env: Record<string, string | undefined> = process.env): number =>
  integerFromEnv('COMMITMENT_CHECK_WORKING_DAYS', DEFAULT_COMMITMENT_CHECK_DAYS, { env })

const isRecord = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value)
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value])

/**
 * The reuse a body asks for: `reuse: { consent, commitments: [upload index…] }`
 * in the application's JSON, or the form's own controls `reuse.consent` and
 * `reuse.commitments` (one per ticked box) posted without JavaScript.
 */
export function reuseChoiceOf(application: unknown, fields: Record<string, unknown>): ReuseChoice {
  const sent = isRecord(application) && isRecord(application.reuse) ? application.reuse : { consent: fields['reuse.consent'], commitments: fields['reuse.commitments'] }
  const commitments = listOf(sent.commitments).map(Number)
  if (!commitments.every((index) => Number.isSafeInteger(index) && index >= 0)) {
    throw new RequestError('WRONG_TYPE', '“reuse.commitments”应为上传材料的序号列表', 400)
  }
  return { consent: consented(sent.consent), commitments: [...new Set(commitments)] }
}

export type Reuse = { record: Pick<Application, 'commitmentCheck' | 'reuse'> | Record<string, never>; waived: Set<number> }

/** The commitments chosen, each allowed by the guide for that upload's material, or a 422 naming it. */
function commitmentsFor(service: ReusableForm, indexes: number[], signedAt: string) {
  const uploads = service.applicationForm?.uploads ?? []
  const materials = new Map((service.materials ?? []).map((material) => [material.name, material as ReusableMaterial]))
  return indexes.map((index) => {
    const upload = uploads[index]
    const material = upload ? materials.get(upload.material) : undefined
    if (!upload || !material?.commitmentAllowed) {
      throw invalid([{ field: `uploads.${index}`, code: 'COMMITMENT_NOT_ALLOWED', message: `“${upload?.material ?? '这份材料'}”不能以告知承诺代替，请上传材料` }])
    }
    return { upload: index, material: upload.material, text: commitmentWords(material), signedAt }
  })
}

/** The uploads the platform holds for the signed-in verified resident, who must be the applicant. */
async function heldMaterials(req: PayloadRequest, service: ReusableForm, applicant: Applicant) {
  const reusable = reusableUploads(service)
  if (reusable.length === 0) return null
  const resident = await optionalResident(req)
  if (!resident) throw new RequestError('REAL_NAME_REQUIRED', REUSE_NOT_VERIFIED, 403)
  const facts = await readPlatformFacts(req, resident, service)
  if (facts.person.idNumber !== applicant.idNumber) {
    throw invalid([{ field: 'applicant.idNumber', code: 'REUSE_OTHER_PERSON', message: '平台已有的材料只能用于您本人的申请：申请人身份证号码与您实名核验的不一致。请改正，或取消勾选“使用平台已有的信息”并上传材料。' }])
  }
  const held = reusable.flatMap((upload) => {
    const record = heldRecord(facts, upload.source)
    return record ? [{ ...upload, record }] : []
  })
  return { held, person: facts.person.id }
}

/** What this submission reuses, checked: the uploads it may leave out and what to store about it. */
export async function reuseFor(req: PayloadRequest, service: ReusableForm, choice: ReuseChoice, applicant: Applicant): Promise<Reuse> {
  const now = new Date().toISOString()
  const commitments = commitmentsFor(service, choice.commitments, now)
  const platform = choice.consent ? await heldMaterials(req, service, applicant) : null
  const held = platform?.held ?? []
  if (commitments.length === 0 && held.length === 0) return { waived: new Set(), record: {} }
  const calendar = commitments.length ? await loadWorkingCalendar(req.payload, req) : null
  return {
    waived: new Set([...held.map((each) => each.upload), ...commitments.map((each) => each.upload)]),
    record: {
      reuse: {
        person: platform ? String(platform.person) : null,
        consentAt: held.length ? now : null,
        materials: held.map(({ material, record, source }) => ({ material, source, record })),
        commitments: commitments.map(({ material, signedAt, text }) => ({ material, signedAt, text })),
      },
      ...(calendar ? { commitmentCheck: { status: 'pending' as const, ...caseDeadline({ startedAt: now, promisedDays: commitmentCheckWorkingDays() }, calendar) } } : {}),
    },
  }
}

/** A new application that reused the population base: audited in the same transaction (who, which person, which facts). */
export const auditMaterialReuse: CollectionAfterChangeHook<Application> = async ({ doc, operation, req }) => {
  const personId = doc.reuse?.person
  if (operation !== 'create' || !personId || !doc.reuse?.materials?.length) return doc
  await auditReuse(req, {
    facts: doc.reuse.materials.map((each) => `${MATERIAL_SOURCE_LABELS[each.source]}（代替“${each.material}”）`),
    personId,
    residentId: relationId(doc.resident) ?? '',
    scope: doc.scope,
    service: doc.serviceTitle,
  })
  return doc
}
