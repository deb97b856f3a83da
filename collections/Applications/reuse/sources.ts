/**
 * Reuse of what the platform already knows, as data: where a question's
 * prefill comes from, which platform record stands in for a material, the
 * 告知承诺 wording, and which uploads an application may leave out. No
 * Payload imports: the portal's browser script bundles this file too.
 */
import type { Service } from '../../../cms/payload-types'

/** Where a question's answer can be filled from (`applicationForm.fields[].prefill`), and what the consent box names. */
export const PREFILL_SOURCE_LABELS = {
  'person.sex': '性别',
  'person.birthDate': '出生日期',
  'person.phone': '人口库登记的联系电话',
  'person.registeredAddress': '户籍地址',
  'person.residenceAddress': '现住址',
  'household.members': '家庭成员（姓名、与户主关系、出生年份）',
  'register.unemployed': '是否失业登记人员',
  'register.retired': '是否退休人员',
  'register.lowIncome': '是否低保对象',
  'register.disabled': '是否残疾人登记',
  'register.veteran': '是否退役军人登记',
} as const
export type PrefillSource = keyof typeof PREFILL_SOURCE_LABELS

/** The platform record a material can be replaced by (`materials[].platformSource`). */
export const MATERIAL_SOURCE_LABELS = {
  population: '人口库的身份和户籍信息',
  'residence-certificate': '本平台出具的居住证明',
  'register-unemployed': '人口库的失业登记',
  'register-retired': '人口库的退休登记',
  'register-lowIncome': '人口库的低保登记',
  'register-disabled': '人口库的残疾人登记',
  'register-veteran': '人口库的退役军人登记',
} as const
export type MaterialSource = keyof typeof MATERIAL_SOURCE_LABELS

/** A form as reuse reads it: one service's guide, or a 一件事's merged form (collections/BundleCases/lib/reuse.ts). */
export type ReusableForm = Pick<Service, 'applicationForm' | 'materials' | 'title'>

/** What the platform reads for every form once the resident consents: the applicant's own details. */
export const APPLICANT_FACTS = ['姓名', '身份证号码', '手机号码', '所在社区'] as const

/** A guide's material as far as reuse goes. */
export type ReusableMaterial = {
  commitmentAllowed?: boolean | null
  commitmentText?: null | string
  name: string
  platformSource?: MaterialSource | null
}
type QuestionWithSource = { prefill?: null | PrefillSource }

/** Everything the consent box says will be read for this form, in order and without repeats. */
export function factsToRead(questions: QuestionWithSource[], materials: ReusableMaterial[], uploads: { material: string }[]): string[] {
  const uploaded = new Set(uploads.map((upload) => upload.material))
  const sources = [
    ...questions.flatMap((question) => (question.prefill ? [PREFILL_SOURCE_LABELS[question.prefill]] : [])),
    ...materials.flatMap((material) => (material.platformSource && uploaded.has(material.name) ? [MATERIAL_SOURCE_LABELS[material.platformSource]] : [])),
  ]
  return [...new Set([...APPLICANT_FACTS, ...sources])]
}

/** The words a resident signs instead of a material: the guide's own, or the standard commitment. */
export const commitmentWords = (material: ReusableMaterial): string =>
  material.commitmentText?.trim() ||
  `本人承诺：本人符合办理条件，“${material.name}”所证明的情况真实、准确，如有不实，愿承担相应法律责任。`

/** The form with the uploads the platform holds or a commitment replaces made optional. */
export function waiveUploads<Definition extends { uploads: { material: string; required?: boolean | null }[] }>(
  definition: Definition,
  waived: ReadonlySet<number>,
): Definition {
  return { ...definition, uploads: definition.uploads.map((upload, index) => (waived.has(index) ? { ...upload, required: false } : upload)) }
}

/** The reuse a submission asks for: consent to the platform's records, and the uploads replaced by a commitment (by index). */
export type ReuseChoice = { commitments: number[]; consent: boolean }

/** Consent as a form sends it: a ticked box (`yes`/`on`) or JSON true. */
export const consented = (value: unknown): boolean => value === true || value === 'yes' || value === 'on' || value === 'true'

/** A material of the form the platform may hold, with the upload it replaces. */
export type ReusableUpload = { material: string; source: MaterialSource; upload: number }

/** The answer of `POST /api/applications/prefill`: the form's values from the platform's records. */
export type Prefill = {
  /** Answers by question name, for the questions whose `prefill` source the platform knows. */
  answers: Record<string, string>
  applicant: { idNumber: string; name: string; phone: string }
  divisionCode: null | string
  /** Uploads the platform holds for this resident: marked 免提交（平台已有）. */
  heldMaterials: (ReusableUpload & { sourceLabel: string })[]
  /** What was read (the consent box's list). */
  read: string[]
}
