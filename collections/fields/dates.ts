/** Calendar dates typed by staff, stored as YYYY-MM-DD text (sortable, the same on SQLite and MongoDB). */
import { isIsoDate } from '../CalendarDays/workingDays'

export { isIsoDate }

export const DATE_FORMAT_MESSAGE = '日期请按“年-月-日”填写，例如 2026-01-31'

/** Validation for an optional date field. */
export const optionalDate = (value: null | string | undefined): string | true =>
  !value || isIsoDate(value) || DATE_FORMAT_MESSAGE
