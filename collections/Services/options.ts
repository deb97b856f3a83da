/**
 * The closed vocabularies of a service guide (办事指南), shared by the
 * collection fields, the content files' validation and the portal. Values are
 * stable English keys; labels are what residents and editors read.
 */
type Labelled<K extends string> = Record<K, { en: string; zh: string }>

const keysOf = <K extends string>(labels: Labelled<K>) => Object.keys(labels) as [K, ...K[]]

/**
 * Where the service is done online: on this platform (`online`, our form),
 * in another system (`elsewhere`, named by the guide's link), or not online
 * (`counter`); `info` guides only inform and link to the authority's page.
 */
export const SERVICE_KIND_LABELS = {
  info: { zh: '信息查询', en: 'Information only' },
  online: { zh: '在本平台在线申请', en: 'Apply online here' },
  elsewhere: { zh: '在其他系统办理', en: 'Done in another system' },
  counter: { zh: '窗口办理', en: 'In person only' },
} satisfies Labelled<string>
export const SERVICE_KINDS = keysOf(SERVICE_KIND_LABELS)

/** 事项类型 */
export const SERVICE_TYPE_LABELS = {
  licence: { zh: '行政许可', en: 'Administrative licence' },
  confirmation: { zh: '行政确认', en: 'Administrative confirmation' },
  benefit: { zh: '行政给付', en: 'Administrative benefit' },
  'public-service': { zh: '公共服务', en: 'Public service' },
  other: { zh: '其他', en: 'Other' },
} satisfies Labelled<string>
export const SERVICE_TYPES = keysOf(SERVICE_TYPE_LABELS)

/** 行使层级 */
export const SERVICE_LEVEL_LABELS = {
  city: { zh: '市级', en: 'City' },
  district: { zh: '区级', en: 'District' },
  street: { zh: '街道（乡镇）级', en: 'Street' },
  community: { zh: '社区（村）级', en: 'Community' },
} satisfies Labelled<string>
export const SERVICE_LEVELS = keysOf(SERVICE_LEVEL_LABELS)

/** 服务对象 */
export const AUDIENCE_LABELS = {
  person: { zh: '自然人', en: 'Individuals' },
  organisation: { zh: '法人或其他组织', en: 'Organisations' },
} satisfies Labelled<string>
export const AUDIENCES = keysOf(AUDIENCE_LABELS)

/** 办理形式 */
export const HANDLING_FORM_LABELS = {
  window: { zh: '窗口办理', en: 'At a counter' },
  online: { zh: '网上办理', en: 'Online' },
  post: { zh: '邮寄办理', en: 'By post' },
} satisfies Labelled<string>
export const HANDLING_FORMS = keysOf(HANDLING_FORM_LABELS)

/** 办件类型 */
export const CASE_TYPE_LABELS = {
  immediate: { zh: '即办件', en: 'Handled on the spot' },
  promised: { zh: '承诺件', en: 'Handled within a promised time' },
} satisfies Labelled<string>
export const CASE_TYPES = keysOf(CASE_TYPE_LABELS)

/**
 * What the resident gets and when. Applications made on this platform end in
 * a reviewer's decision, so `instant` belongs to services done in another
 * system (or information-only guides); `counter` is a 即办件 finished at the
 * window while the resident waits.
 */
export const OUTCOME_LABELS = {
  instant: { zh: '网上当场出结果', en: 'Instant result online' },
  review: { zh: '审核后出结果', en: 'Result after review' },
  counter: { zh: '到窗口当场办结', en: 'Finished at the counter' },
} satisfies Labelled<string>
export const OUTCOMES = keysOf(OUTCOME_LABELS)

/** 网上办理深度 */
export const ONLINE_DEPTH_LABELS = {
  info: { zh: '信息发布', en: 'Information' },
  consult: { zh: '在线咨询', en: 'Online enquiry' },
  apply: { zh: '在线申请', en: 'Online application' },
  full: { zh: '全程网办', en: 'Fully online' },
} satisfies Labelled<string>
export const ONLINE_DEPTHS = keysOf(ONLINE_DEPTH_LABELS)

/** 审批结果类型 */
export const RESULT_TYPE_LABELS = {
  certificate: { zh: '证照', en: 'Certificate or licence' },
  approval: { zh: '批准文书', en: 'Approval' },
  notice: { zh: '告知或结论文书', en: 'Notice or decision' },
  payment: { zh: '资金或待遇', en: 'Payment or benefit' },
  service: { zh: '服务', en: 'Service provided' },
  other: { zh: '其他', en: 'Other' },
} satisfies Labelled<string>
export const RESULT_TYPES = keysOf(RESULT_TYPE_LABELS)

/** 材料必要性 */
export const NECESSITY_LABELS = {
  required: { zh: '必要', en: 'Required' },
  conditional: { zh: '特定情形下需要', en: 'Required in some cases' },
  optional: { zh: '非必要', en: 'Optional' },
} satisfies Labelled<string>
export const NECESSITIES = keysOf(NECESSITY_LABELS)

/** 材料形式 */
export const MATERIAL_FORM_LABELS = {
  original: { zh: '原件', en: 'Original' },
  copy: { zh: '复印件', en: 'Copy' },
  'original-and-copy': { zh: '原件和复印件', en: 'Original and copy' },
  electronic: { zh: '电子材料', en: 'Electronic' },
} satisfies Labelled<string>
export const MATERIAL_FORMS = keysOf(MATERIAL_FORM_LABELS)

/** The input types an online application form may use. */
export const FORM_FIELD_TYPE_LABELS = {
  text: { zh: '单行文字', en: 'Text' },
  textarea: { zh: '多行文字', en: 'Long text' },
  number: { zh: '数字', en: 'Number' },
  date: { zh: '日期', en: 'Date' },
  select: { zh: '下拉选择', en: 'Drop-down' },
  radio: { zh: '单选', en: 'Single choice' },
  checkboxes: { zh: '多选', en: 'Multiple choice' },
  phone: { zh: '手机号码', en: 'Mobile number' },
  'id-number': { zh: '身份证号码', en: 'Citizen ID number' },
  email: { zh: '电子邮箱', en: 'Email' },
} satisfies Labelled<string>
export const FORM_FIELD_TYPES = keysOf(FORM_FIELD_TYPE_LABELS)
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number]

/** Field types whose answer is one or more of a fixed list of options. */
export const CHOICE_FIELD_TYPES: readonly FormFieldType[] = ['select', 'radio', 'checkboxes']

/** Platform-wide codes: stage `01`, topic `0101`, service `010101`. */
export const STAGE_CODE = /^\d{2}$/
export const TOPIC_CODE = /^\d{4}$/
export const SERVICE_CODE = /^\d{6}$/
/** A form field's key: what an application stores the answer under. */
export const FORM_FIELD_NAME = /^[a-z][a-zA-Z0-9]*$/

/** Turn a label map into Payload select options. */
export const selectOptions = <K extends string>(labels: Labelled<K>) =>
  keysOf(labels).map((value) => ({ value, label: labels[value] }))

/**
 * Whose community decides the division that handles an application: the
 * applicant's (where they live, or their 户籍 as the population base holds
 * it) or the person concerned's (当事人, e.g. the elder of 高龄津贴).
 */
export const HANDLING_DIVISION_LABELS = {
  'applicant-residence': { zh: '申请人居住地', en: 'Where the applicant lives' },
  'applicant-registered': { zh: '申请人户籍所在地', en: 'The applicant’s registered residence (hukou)' },
  'party-registered': { zh: '当事人户籍所在地', en: 'The person concerned’s registered residence (hukou)' },
  'party-residence': { zh: '当事人居住地', en: 'Where the person concerned lives' },
} satisfies Labelled<string>
export const HANDLING_DIVISIONS = keysOf(HANDLING_DIVISION_LABELS)
export type HandlingDivision = (typeof HANDLING_DIVISIONS)[number]

/** 申请人与当事人的关系 */
export const PARTY_RELATIONS = ['本人', '配偶', '子女', '孙子女', '父母', '其他亲属', '社区工作人员', '其他'] as const
