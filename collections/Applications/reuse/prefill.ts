import type { Endpoint, PayloadRequest } from 'payload'

import type { Resident } from '../../../cms/payload-types'
import { writeAudit } from '../../AuditLog/record'
import { signedInResident } from '../../Residents/lib/accounts'
import { verifiedPerson } from '../../Residents/lib/realName'
import { readBody } from '../../endpoints/readBody'
import { answer, handled, invalid } from '../../endpoints/respond'
import { wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { publishedService } from '../../Services/publishedService'
import type { FormField } from '../form/validate'
import { limitClient } from '../endpoints/guard'
import { factText, heldRecord, type PlatformFacts, platformFacts } from './platformFacts'
import { bundleReusable } from '../../BundleCases/lib/reuse'
import { formDefinition } from '../form/definition'
import { type FormPage, filledFormPage } from './filledForm'
import { consented, factsToRead, MATERIAL_SOURCE_LABELS, type Prefill, type PrefillSource, type ReusableForm, type ReusableMaterial, type ReusableUpload } from './sources'

/** Why a resident without a verified real name cannot reuse the population base, and what to do. */
export const REUSE_NOT_VERIFIED =
  '使用平台已有的信息需要先登录并完成实名核验：请在“我的”填写姓名和身份证号码，与人口库登记一致后即可使用。也可以不勾选，自己填写并上传材料。'

/** The service's uploads whose material the guide says the platform holds. */
export function reusableUploads(service: Pick<ReusableForm, 'applicationForm' | 'materials'>): ReusableUpload[] {
  const materials = new Map((service.materials ?? []).map((material) => [material.name, material as ReusableMaterial]))
  return (service.applicationForm?.uploads ?? []).flatMap((upload, index) => {
    const source = materials.get(upload.material)?.platformSource
    return source ? [{ material: upload.material, source, upload: index }] : []
  })
}

type Question = FormField & { prefill?: null | PrefillSource }
const questionsOf = (service: Pick<ReusableForm, 'applicationForm'>): Question[] => (service.applicationForm?.fields ?? []) as Question[]

/** What the consent box lists for this service, and what the audit entry names. */
export const serviceFactsToRead = (service: Pick<ReusableForm, 'applicationForm' | 'materials'>): string[] =>
  factsToRead(questionsOf(service), (service.materials ?? []) as ReusableMaterial[], service.applicationForm?.uploads ?? [])

/** A known fact as the question's answer: for a choice question, only when it is one of the options. */
function answerFor(question: Question, value: string): null | string {
  if (!['radio', 'select', 'checkboxes'].includes(question.type)) return value
  const options = question.options ?? []
  return options.find((option) => option === value) ?? options.find((option) => option.startsWith(value)) ?? null
}

/** The resident's person, the facts the service's form needs about them, and what was read. */
export async function readPlatformFacts(req: PayloadRequest, resident: Resident, service: ReusableForm) {
  const person = await verifiedPerson(req, resident, REUSE_NOT_VERIFIED)
  const questions = questionsOf(service).flatMap((question) => (question.prefill ? [question.prefill] : []))
  const materials = reusableUploads(service).map((upload) => upload.source)
  return platformFacts(req, resident, person, { questions, materials })
}

/** Write who reused which facts of which person for which service: no values, only their kinds. */
export const auditReuse = (req: PayloadRequest, { facts, personId, residentId, scope, service }: { facts: string[]; personId: number | string; residentId: number | string; scope: PlatformFacts['person']['scope']; service: string }) =>
  writeAudit(req, {
    action: 'reuse',
    targetCollection: 'persons',
    targetId: personId,
    scope,
    summary: `为“${service}”复用人口库信息`,
    detail: `居民账号 ${String(residentId)} 读取：${facts.join('、')}`,
  })

function prefillFrom(resident: Resident, service: ReusableForm, facts: PlatformFacts): Prefill {
  const answers: Record<string, string> = {}
  for (const question of questionsOf(service)) {
    const value = question.prefill ? factText(facts, question.prefill) : null
    const fitted = value ? answerFor(question, value) : null
    if (fitted) answers[question.name] = fitted
  }
  return {
    applicant: { name: facts.person.name, idNumber: facts.person.idNumber, phone: resident.phone ?? '' },
    divisionCode: facts.divisionCode,
    answers,
    heldMaterials: reusableUploads(service)
      .filter((upload) => heldRecord(facts, upload.source))
      .map((upload) => ({ ...upload, sourceLabel: MATERIAL_SOURCE_LABELS[upload.source] })),
    read: serviceFactsToRead(service),
  }
}

const codeIn = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** The form to fill and the apply page it is on: a 一件事's merged form (`bundleCode`) or one online service's (`serviceCode`). */
async function formToFill(req: PayloadRequest, fields: Record<string, unknown>): Promise<{ form: ReusableForm; page: FormPage }> {
  const bundleCode = codeIn(fields.bundleCode)
  if (bundleCode) {
    const { definition, form } = await bundleReusable(req, bundleCode)
    return { form, page: { bundle: true, code: bundleCode, definition } }
  }
  const code = codeIn(fields.serviceCode)
  const service = code ? await publishedService(req, code) : undefined
  if (service?.kind !== 'online') throw invalid([{ field: 'serviceCode', code: 'UNKNOWN_SERVICE', message: '没有找到这个可以网上申请的办理事项' }])
  return { form: service, page: { bundle: false, code: service.code, definition: formDefinition(service.applicationForm) } }
}

/**
 * `POST /api/applications/prefill` {serviceCode or bundleCode, consent} (JSON, or the
 * application form posted to it with `reuse.consent` ticked): the answers the
 * platform knows for a signed-in resident whose real name is verified
 * against the population base — 401 signed out, 422 `CONSENT_REQUIRED`
 * without the consent box, 403 `REAL_NAME_REQUIRED` unverified. Each reuse
 * is written to the audit log (the resident, the person, which facts).
 */
export const prefillEndpoint: Endpoint = {
  path: '/prefill',
  method: 'post',
  handler: handled(async (req) => {
    await limitClient(req, 'lookup')
    const { fields } = await readBody(req)
    const resident = await signedInResident(req)
    if (!consented(fields.consent ?? fields['reuse.consent'])) {
      throw invalid([{ field: 'reuse.consent', code: 'CONSENT_REQUIRED', message: '请先勾选同意使用平台已有的信息为您填写' }])
    }
    const { form, page } = await formToFill(req, fields)
    const facts = await readPlatformFacts(req, resident, form)
    const prefill = prefillFrom(resident, form, facts)
    await auditReuse(req, { facts: prefill.read, personId: facts.person.id, residentId: resident.id, scope: facts.person.scope, service: form.title })
    return wantsHtmlPage(req) ? filledFormPage(req, form, page, prefill) : answer(req, prefill)
  }),
}
