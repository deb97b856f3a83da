/**
 * The registers a life-service subsidy can be for: age follows from the
 * birth date in the population base (80+ is also 60+), the others are
 * business registers staff keep (`registers`).
 */
export const SUBSIDY_REGISTER_LABELS = {
  elderly60: '60周岁及以上老年人',
  elderly80: '80周岁及以上老年人',
  lowIncome: '低保对象',
  disabled: '残疾人',
} as const
export type SubsidyRegister = keyof typeof SUBSIDY_REGISTER_LABELS
