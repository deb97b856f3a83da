import { z } from 'zod'

import {
  AUDIENCES,
  CASE_TYPES,
  FORM_FIELD_NAME,
  FORM_FIELD_TYPES,
  HANDLING_DIVISIONS,
  HANDLING_FORMS,
  MATERIAL_FORMS,
  NECESSITIES,
  ONLINE_DEPTHS,
  OUTCOMES,
  RESULT_TYPES,
  SERVICE_CODE,
  SERVICE_KINDS,
  SERVICE_LEVELS,
  SERVICE_TYPES,
  STAGE_CODE,
  TOPIC_CODE,
} from '../../../collections/Services/options'
import { MATERIAL_SOURCE_LABELS, PREFILL_SOURCE_LABELS } from '../../../collections/Applications/reuse/sources'

/**
 * The shape of the catalogue's content files. Completeness rules that also
 * apply to editors (what a published guide must contain) live with the
 * collection, in collections/Services/completeness.ts, and run on top of these.
 */
const text = z.string({ error: '应为文字' }).trim().min(1, '不能为空')
const optionalText = z.string({ error: '应为文字' }).trim().optional()
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '只能包含小写字母、数字和连字符')
const isoDate = z.iso.date({ error: '应为 YYYY-MM-DD 格式的日期' })
const httpUrl = z.url({ protocol: /^https?$/, error: '应为 http(s) 网址' })
const phone = z.string({ error: '应为带引号的电话号码' }).regex(/^[0-9-]{3,20}$/, '电话号码只能包含数字和连字符')
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `应为 ${values.join('、')} 之一` })
const nonEmptyList = <T extends z.ZodType>(item: T) => z.array(item).min(1, '至少需要一项')
const keyOf = <T extends Record<string, unknown>>(labels: T) => oneOf(Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]])
const serviceCode = z.string({ error: '应为带引号的6位事项编码' }).regex(SERVICE_CODE, '应为6位数字事项编码')

export const lifeStageSchema = z.strictObject({
  code: z.string({ error: '应为带引号的2位编码' }).regex(STAGE_CODE, '应为2位数字编码'),
  slug,
  title: text,
  summary: text,
  icon: slug,
  order: z.number().int().min(1),
})

export const topicSchema = z.strictObject({
  code: z.string({ error: '应为带引号的4位编码' }).regex(TOPIC_CODE, '应为4位数字编码'),
  stage: z.string().regex(STAGE_CODE, '应为人生阶段的2位编码'),
  title: text,
  summary: text,
  order: z.number().int().min(1),
})

export const serviceCentreSchema = z.strictObject({
  code: slug,
  name: text,
  division: z.string({ error: '应为带引号的12位区划代码' }),
  address: text,
  phone,
  hours: text,
  transport: text,
  accessibility: text,
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  services: z.array(serviceCode).default([]),
})

export const bundleSchema = z.strictObject({
  code: slug,
  title: text,
  summary: text,
  stage: z.string().regex(STAGE_CODE, '应为人生阶段的2位编码'),
  benefits: nonEmptyList(text),
  services: z.array(serviceCode).min(2, '一件事至少包含两个事项'),
  /** Editors opened it for one application (it takes effect only when every service is online here). */
  applyAsOne: z.boolean().default(false),
  reviewDue: isoDate,
})

const materialSchema = z.strictObject({
  name: text,
  necessity: oneOf(NECESSITIES),
  form: oneOf(MATERIAL_FORMS),
  copies: z.number().int().min(0).max(20),
  source: text,
  blankForm: optionalText,
  sample: optionalText,
  notes: text,
  platformSource: keyOf(MATERIAL_SOURCE_LABELS).optional(),
  commitmentAllowed: z.boolean().optional(),
  commitmentText: optionalText,
})

const formFieldSchema = z.strictObject({
  name: z.string().regex(FORM_FIELD_NAME, '字段名应以小写字母开头，只含字母和数字'),
  type: oneOf(FORM_FIELD_TYPES),
  label: text,
  required: z.boolean(),
  options: z.array(text).optional(),
  help: optionalText,
  prefill: keyOf(PREFILL_SOURCE_LABELS).optional(),
  showIfQuestion: z.string().regex(FORM_FIELD_NAME).optional(),
  showIfEquals: optionalText,
})

const formUploadSchema = z.strictObject({
  material: text,
  required: z.boolean(),
  help: optionalText,
})

export const serviceSchema = z.strictObject({
  code: serviceCode,
  title: text,
  summary: text,
  kind: oneOf(SERVICE_KINDS),
  type: oneOf(SERVICE_TYPES),
  level: oneOf(SERVICE_LEVELS),
  topic: z.string().regex(TOPIC_CODE, '应为主题的4位编码'),
  department: slug,
  audience: nonEmptyList(oneOf(AUDIENCES)),
  aliases: nonEmptyList(text),
  legalBases: nonEmptyList(z.strictObject({ name: text, article: text })),
  conditions: nonEmptyList(text),
  materials: z.array(materialSchema),
  steps: nonEmptyList(z.strictObject({ title: text, description: text })),
  handlingForms: nonEmptyList(oneOf(HANDLING_FORMS)),
  caseType: oneOf(CASE_TYPES),
  outcome: oneOf(OUTCOMES),
  noStatutoryLimit: z.boolean({ error: '应为 true 或 false' }).default(false),
  legalDays: z.number().int().min(0).optional(),
  promisedDays: z.number().int().min(0),
  timeLimitNote: optionalText,
  visits: z.union([z.literal(0), z.literal(1), z.literal(2)], { error: '到现场次数应为 0、1 或 2' }),
  fee: z.strictObject({
    charged: z.boolean(),
    items: z
      .array(z.strictObject({ name: text, standard: text, basis: text }))
      .default([]),
    reduction: optionalText,
  }),
  onlineDepth: oneOf(ONLINE_DEPTHS),
  result: z.strictObject({ name: text, type: oneOf(RESULT_TYPES), description: text }),
  centres: nonEmptyList(slug),
  hoursNote: optionalText,
  enquiryPhone: phone,
  complaintPhone: phone,
  faqs: nonEmptyList(z.strictObject({ question: text, answer: text })),
  related: z.array(serviceCode).default([]),
  link: z.strictObject({ label: text, url: httpUrl }).optional(),
  applicationForm: z
    .strictObject({
      fields: z.array(formFieldSchema),
      uploads: z.array(formUploadSchema).default([]),
      party: z.strictObject({ label: text, askRelation: z.boolean().default(false), askBirthDate: z.boolean().default(false) }).optional(),
      handledBy: oneOf(HANDLING_DIVISIONS).default('applicant-residence'),
    })
    .optional(),
  featured: z.boolean({ error: '应为 true 或 false' }).default(false),
  reviewDue: isoDate,
})

export const mediaListSchema = z.array(
  z.strictObject({
    file: z.string().regex(/^[a-z0-9-]+\.(png|jpg|jpeg|webp|pdf)$/, '文件名只能包含小写字母、数字和连字符，扩展名为 png、jpg、webp 或 pdf'),
    title: text,
    alt: text,
    purpose: oneOf(['blank-form', 'sample', 'picture'] as const),
  }),
)

export type MediaEntry = z.infer<typeof mediaListSchema>[number]
export type LifeStageFile = z.infer<typeof lifeStageSchema>
export type TopicFile = z.infer<typeof topicSchema>
export type ServiceCentreFile = z.infer<typeof serviceCentreSchema>
export type BundleFile = z.infer<typeof bundleSchema>
export type ServiceFile = z.infer<typeof serviceSchema>
