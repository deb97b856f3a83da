import { SOCIAL_INSURANCE_LABELS, ETHNIC_GROUPS, PERSON_STATUS_LABELS } from '../options'

/**
 * The columns of the persons import template and of exports, by their
 * Chinese titles (content/templates/persons-import-template.csv). Codes are
 * written as people read them: 民族 "汉族", 人员状态 "在册", 社会保险
 * "养老保险、医疗保险".
 */
export const PERSON_COLUMNS = [
  { key: 'name', title: '姓名', required: true },
  { key: 'idNumber', title: '公民身份号码', required: true },
  { key: 'ethnicity', title: '民族', required: false },
  { key: 'phone', title: '联系电话', required: false },
  { key: 'registeredAddress', title: '户籍地址', required: false },
  { key: 'residenceAddress', title: '现住址', required: false },
  { key: 'communityCode', title: '社区代码', required: true },
  { key: 'status', title: '人员状态', required: false },
  { key: 'statusDate', title: '迁出或死亡日期', required: false },
  { key: 'socialInsurance', title: '社会保险', required: false },
  { key: 'notes', title: '备注', required: false },
] as const
export type PersonColumnKey = (typeof PERSON_COLUMNS)[number]['key']

const invert = (labels: Record<string, string>) => new Map(Object.entries(labels).map(([value, label]) => [label, value]))

export const ETHNICITY_BY_NAME = new Map(ETHNIC_GROUPS.map((group) => [group.label, group.value]))
export const ETHNICITY_NAMES = new Map(ETHNIC_GROUPS.map((group) => [group.value, group.label]))
export const STATUS_BY_LABEL = invert(PERSON_STATUS_LABELS)
export const INSURANCE_BY_LABEL = invert(SOCIAL_INSURANCE_LABELS)

/** Separators people use between several values in one cell. */
export const LIST_SEPARATOR = /[、,，;；\s]+/
