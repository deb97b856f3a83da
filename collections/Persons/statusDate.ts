import { DATE_FORMAT_MESSAGE, isIsoDate } from '../fields/dates'

/**
 * What is wrong with a person's date of moving out or death, or null: a real
 * date, not before birth (when known), not after today, and required for a
 * death. The collection's validation and the import's row check share it.
 */
export function statusDateProblem(statusDate: string, status: string | undefined, birthDate: string | undefined, today: string): null | string {
  if (!statusDate) return status === 'deceased' ? '请填写死亡日期' : null
  if (!isIsoDate(statusDate)) return DATE_FORMAT_MESSAGE
  if (birthDate && statusDate < birthDate) return '日期不能早于出生日期'
  if (statusDate > today) return '日期不能晚于今天'
  return null
}
