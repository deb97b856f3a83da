import { conditionProblems } from '../Applications/form/conditions'
import { CHOICE_FIELD_TYPES, type FormFieldType } from './options'
import { herePromiseProblems, instantPromiseProblems } from './promises'

/**
 * What a published guide must contain. One set of rules serves the publish
 * check in the admin and the validation of content files, so a guide that
 * seeds is a guide an editor could publish, and the reverse.
 */
type GuideProblem = { field: string; reason: string }

type Named = { [key: string]: unknown }
/** Tick boxes in the admin ({ window: true }), a list in content files (['window']). */
type Choices = null | Record<string, boolean | null | undefined> | string[]

/** The keys chosen in a set of tick boxes or a list. */
export const chosen = (value: Choices | undefined): string[] =>
  Array.isArray(value) ? value : Object.keys(value ?? {}).filter((key) => value?.[key] === true)
type FormField = {
  label?: null | string
  name?: null | string
  options?: null | string[]
  showIfEquals?: null | string
  showIfQuestion?: null | string
  type?: FormFieldType | null
}

/** The service fields the rules read; relations may be ids, codes or documents. */
export type GuideDraft = {
  aliases?: null | unknown[]
  applicationForm?: null | {
    fields?: FormField[] | null
    handledBy?: null | string
    party?: null | { label?: null | string }
    uploads?: Named[] | null
  }
  audience?: Choices
  caseType?: null | string
  centres?: null | unknown[]
  code?: null | string
  complaintPhone?: null | string
  conditions?: null | unknown[]
  department?: unknown
  enquiryPhone?: null | string
  faqs?: null | unknown[]
  fee?: null | { charged?: boolean | null; items?: null | unknown[] }
  handlingForms?: Choices
  hoursNote?: null | string
  kind?: null | string
  legalBases?: null | unknown[]
  legalDays?: null | number
  level?: null | string
  link?: null | { label?: null | string; url?: null | string }
  materials?: Named[] | null
  noStatutoryLimit?: boolean | null
  onlineDepth?: null | string
  outcome?: null | string
  promisedDays?: null | number
  result?: null | { description?: null | string; name?: null | string; type?: null | string }
  reviewDue?: null | string
  steps?: null | unknown[]
  summary?: null | string
  timeLimitNote?: null | string
  title?: null | string
  topic?: unknown
  type?: null | string
  visits?: null | number
}

/** The guide elements, named as REFERENCE.md and editors name them. */
const GUIDE_ELEMENT_LABELS: Record<string, string> = {
  code: '事项编码',
  title: '事项名称',
  summary: '事项简介',
  kind: '办理方式',
  type: '事项类型',
  level: '行使层级',
  topic: '所属主题',
  department: '实施主体',
  audience: '服务对象',
  aliases: '常用叫法',
  legalBases: '设定依据',
  conditions: '受理条件',
  materials: '申请材料',
  steps: '办理流程',
  handlingForms: '办理形式',
  caseType: '办件类型',
  outcome: '居民何时拿到结果',
  legalDays: '法定办结时限',
  timeLimitNote: '时限说明',
  hoursNote: '办理时间补充说明',
  promisedDays: '承诺办结时限',
  visits: '到办事现场次数',
  fee: '收费情况',
  'fee.items': '收费项目',
  onlineDepth: '网上办理深度',
  'result.name': '办理结果名称',
  'result.type': '办理结果类型',
  'result.description': '办理结果说明',
  centres: '办理地点',
  enquiryPhone: '咨询电话',
  complaintPhone: '监督投诉电话',
  faqs: '常见问题',
  link: '外部链接',
  applicationForm: '在线申请表',
  'applicationForm.fields': '在线申请表的填写项',
  'applicationForm.uploads': '在线申请表的上传材料',
  reviewDue: '下次复核日期',
}

/** The element a field path belongs to, e.g. 「在线申请表的填写项」 for applicationForm.fields.2.options. */
export function elementLabel(field: string): string {
  for (let path = field; path; path = path.replace(/\.?[^.]*$/, '')) {
    const label = GUIDE_ELEMENT_LABELS[path]
    if (label) return label
  }
  return field
}

const REQUIRED_VALUES = [
  'code',
  'title',
  'summary',
  'kind',
  'type',
  'level',
  'topic',
  'department',
  'caseType',
  'outcome',
  'promisedDays',
  'visits',
  'onlineDepth',
  'enquiryPhone',
  'complaintPhone',
  'reviewDue',
] as const
const REQUIRED_LISTS = [
  'aliases',
  'legalBases',
  'conditions',
  'steps',
  'centres',
  'faqs',
] as const

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
const isEmptyList = (value: unknown) => !Array.isArray(value) || value.length === 0

const missing = (field: string): GuideProblem => ({
  field,
  reason: `缺少「${elementLabel(field)}」`,
})

/** Show-if conditions that name an earlier choice question and one of its options; a party rule with a 当事人 section. */
function conditionAndPartyProblems(form: GuideDraft['applicationForm']): GuideProblem[] {
  const fields = (form?.fields ?? []).map((field) => ({
    label: field.label ?? field.name ?? '',
    name: field.name ?? '',
    options: field.options,
    showIf: field.showIfQuestion ? { question: field.showIfQuestion, equals: field.showIfEquals ?? '' } : null,
    type: field.type ?? 'text',
  }))
  const problems: GuideProblem[] = conditionProblems(fields).map(({ index, message }) => ({
    field: `applicationForm.fields.${index}.showIfQuestion`,
    reason: message,
  }))
  if (form?.handledBy?.startsWith('party-') && !form.party?.label?.trim()) {
    problems.push({ field: 'applicationForm.handledBy', reason: '按当事人的户籍或居住地办理，须先填写“当事人”的称呼' })
  }
  return problems
}

function formProblems(guide: GuideDraft): GuideProblem[] {
  const problems: GuideProblem[] = []
  const form = guide.applicationForm
  if (isEmptyList(form?.fields)) return [missing('applicationForm.fields')]
  const names = new Set<string>()
  form?.fields?.forEach((field, index) => {
    const at = `applicationForm.fields.${index}`
    if (field.name && names.has(field.name)) {
      problems.push({ field: `${at}.name`, reason: `字段名 ${field.name} 重复` })
    }
    if (field.name) names.add(field.name)
    const isChoice = field.type ? CHOICE_FIELD_TYPES.includes(field.type) : false
    const optionCount = field.options?.length ?? 0
    if (isChoice && optionCount < 2) {
      problems.push({ field: `${at}.options`, reason: '选择题至少需要两个选项' })
    }
    if (!isChoice && optionCount > 0) {
      problems.push({ field: `${at}.options`, reason: '只有选择题才能设置选项' })
    }
  })
  problems.push(...conditionAndPartyProblems(form))
  const materialNames = new Set((guide.materials ?? []).map((material) => material.name))
  form?.uploads?.forEach((upload, index) => {
    if (!materialNames.has(upload.material)) {
      problems.push({
        field: `applicationForm.uploads.${index}.material`,
        reason: `「${String(upload.material)}」不在申请材料清单中`,
      })
    }
  })
  return problems
}

/**
 * 办件类型 and the time limits. The statutory limit is a number of working
 * days or, explicitly, 法律未规定 — never 0 standing for "none".
 */
function timeLimitProblems({ caseType, legalDays, noStatutoryLimit, promisedDays }: GuideDraft): GuideProblem[] {
  const problems: GuideProblem[] = []
  if (caseType === 'immediate' && promisedDays !== 0) {
    problems.push({ field: 'promisedDays', reason: '即办件的承诺办结时限应为 0 个工作日' })
  }
  if (caseType === 'promised' && (promisedDays ?? 0) < 1) {
    problems.push({ field: 'promisedDays', reason: '承诺件的承诺办结时限至少为 1 个工作日' })
  }
  const hasLegalDays = legalDays !== null && legalDays !== undefined
  if (noStatutoryLimit && hasLegalDays) {
    problems.push({ field: 'legalDays', reason: '已勾选「法律未规定办结时限」，就不要再填法定办结时限' })
  } else if (!noStatutoryLimit && !hasLegalDays) {
    problems.push({ field: 'legalDays', reason: '缺少「法定办结时限」：填写工作日数，法律没有规定的勾选「法律未规定办结时限」' })
  } else if (hasLegalDays && promisedDays !== null && promisedDays !== undefined && legalDays < promisedDays) {
    problems.push({
      field: 'legalDays',
      reason: `法定办结时限（${legalDays}个工作日）短于承诺办结时限（${promisedDays}个工作日）`,
    })
  }
  return problems
}

/** What the resident gets and when must fit where the service is done and its 办件类型. */
function outcomeProblems({ caseType, handlingForms, kind, outcome }: GuideDraft): GuideProblem[] {
  const problems: GuideProblem[] = []
  if (outcome === 'instant' && kind !== 'elsewhere' && kind !== 'info') {
    const reason =
      kind === 'online'
        ? '在本平台在线申请的事项都由工作人员审核后办结，不能当场出结果'
        : '只有在其他系统办理的事项才能网上当场出结果'
    problems.push({ field: 'outcome', reason })
  }
  if (outcome === 'counter' && !chosen(handlingForms).includes('window')) {
    problems.push({ field: 'outcome', reason: '到窗口当场办结的事项，办理形式应包含「窗口办理」' })
  }
  if (caseType === 'immediate' && outcome === 'review') {
    problems.push({ field: 'caseType', reason: '即办件材料齐全的当场办结，结果不应是「审核后出结果」；需要审核几天的是承诺件' })
  }
  if (caseType === 'promised' && outcome && outcome !== 'review') {
    problems.push({ field: 'caseType', reason: '承诺件在承诺时限内办结，结果应为「审核后出结果」；当场办结的是即办件' })
  }
  return problems
}

/** A centre as the check needs it: its name and the services it handles. */
export type CentreHandling = { name: string; services?: null | string[] }

/** A listed centre that does not handle the service; `centres` in the guide's order. */
export function centreProblems(code: string, centres: (CentreHandling | undefined)[]): GuideProblem[] {
  return centres.flatMap((centre, index) =>
    centre && !(centre.services ?? []).includes(code)
      ? [{ field: `centres.${index}`, reason: `“${centre.name}”不办理本事项（它的可办理事项里没有 ${code}）` }]
      : [],
  )
}

/** Every reason the guide may not be published yet; empty when it is complete. */
export function guideProblems(guide: GuideDraft): GuideProblem[] {
  const problems: GuideProblem[] = []
  for (const field of REQUIRED_VALUES) if (isBlank(guide[field])) problems.push(missing(field))
  for (const field of REQUIRED_LISTS) if (isEmptyList(guide[field])) problems.push(missing(field))
  for (const field of ['audience', 'handlingForms'] as const) {
    if (chosen(guide[field]).length === 0) problems.push(missing(field))
  }
  for (const part of ['name', 'type', 'description'] as const) {
    if (isBlank(guide.result?.[part])) problems.push(missing(`result.${part}`))
  }
  if (guide.fee?.charged && isEmptyList(guide.fee.items)) problems.push(missing('fee.items'))

  if (guide.kind !== 'info' && isEmptyList(guide.materials)) problems.push(missing('materials'))
  if ((guide.kind === 'info' || guide.kind === 'elsewhere') && (isBlank(guide.link?.url) || isBlank(guide.link?.label))) {
    problems.push(missing('link'))
  }
  if (guide.kind === 'online') {
    problems.push(...formProblems(guide))
    if (guide.onlineDepth !== 'apply' && guide.onlineDepth !== 'full') {
      problems.push({ field: 'onlineDepth', reason: '可在线申请的事项，网上办理深度应为「在线申请」或「全程网办」' })
    }
    if (!chosen(guide.handlingForms).includes('online')) {
      problems.push({ field: 'handlingForms', reason: '可在线申请的事项，办理形式应包含「网上办理」' })
    }
  }
  if (guide.kind === 'elsewhere' && !chosen(guide.handlingForms).includes('online')) {
    problems.push({ field: 'handlingForms', reason: '在其他系统办理的事项，办理形式应包含「网上办理」' })
  }
  if (guide.kind === 'counter' && (guide.visits ?? 0) < 1) {
    problems.push({ field: 'visits', reason: '只能窗口办理的事项，到现场次数至少为 1' })
  }
  if (guide.onlineDepth === 'full' && guide.visits !== 0) {
    problems.push({ field: 'visits', reason: '全程网办的事项，到现场次数应为 0' })
  }

  problems.push(...timeLimitProblems(guide), ...outcomeProblems(guide))
  problems.push(...instantPromiseProblems(guide), ...herePromiseProblems(guide))
  return problems
}
