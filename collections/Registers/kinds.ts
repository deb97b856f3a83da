/** The business registers a person is placed on by staff, with dates. */
export const REGISTER_KIND_LABELS = {
  unemployed: '失业人员',
  retired: '退休人员',
  lowIncome: '低保对象',
  disabled: '残疾人',
  veteran: '退役军人',
} as const
export type RegisterKind = keyof typeof REGISTER_KIND_LABELS
