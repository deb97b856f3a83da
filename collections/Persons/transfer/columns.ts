import { SOCIAL_INSURANCE_LABELS, ETHNIC_GROUPS, PERSON_STATUS_LABELS } from '../options'

/**
 * The columns of the persons import template and of exports, by their
 * Chinese titles (content/templates/persons-import-template.csv). Codes are
 * written as people read them: 民族 "汉族", 人员状态 "在册", 社会保险
 * "养老保险、医疗保险".
 */
export const PERSON_COLUMNS = [
  { key: 'name', title: '姓名', required: true, hint: '不超过50个字' },
  { key: 'idNumber', title: '公民身份号码', required: true, hint: '18位，最后一位可以是X；性别和出生日期由它得出' },
  { key: 'ethnicity', title: '民族', required: false, hint: '如“汉族”“回族”，不填为汉族' },
  { key: 'phone', title: '联系电话', required: false, hint: '手机号或带区号的固定电话' },
  { key: 'registeredAddress', title: '户籍地址', required: false, hint: '不超过200个字' },
  { key: 'residenceAddress', title: '现住址', required: false, hint: '不超过200个字' },
  { key: 'communityCode', title: '社区代码', required: true, hint: '12位社区代码，须在您负责的辖区内' },
  { key: 'status', title: '人员状态', required: false, hint: '在册、迁出或死亡，不填为在册' },
  { key: 'statusDate', title: '迁出或死亡日期', required: false, hint: '如 2026-01-31；状态为死亡时必填，不能早于出生日期或晚于今天' },
  { key: 'socialInsurance', title: '社会保险', required: false, hint: '多项用顿号分开，如“养老保险、医疗保险”' },
  { key: 'notes', title: '备注', required: false, hint: '不超过2000个字' },
] as const
export type PersonColumnKey = (typeof PERSON_COLUMNS)[number]['key']

const invert = (labels: Record<string, string>) => new Map(Object.entries(labels).map(([value, label]) => [label, value]))

export const ETHNICITY_BY_NAME = new Map(ETHNIC_GROUPS.map((group) => [group.label, group.value]))
export const ETHNICITY_NAMES = new Map(ETHNIC_GROUPS.map((group) => [group.value, group.label]))
export const STATUS_BY_LABEL = invert(PERSON_STATUS_LABELS)
export const INSURANCE_BY_LABEL = invert(SOCIAL_INSURANCE_LABELS)

/** Separators people use between several values in one cell. */
export const LIST_SEPARATOR = /[、,，;；\s]+/
