/** Calendar dates typed by staff, stored as YYYY-MM-DD text (sortable, the same on SQLite and MongoDB). */

export const DATE_FORMAT_MESSAGE = '日期请按“年-月-日”填写，例如 2026-01-31'

/** Whether `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** Validation for an optional date field. */
export const optionalDate = (value: null | string | undefined): string | true =>
  !value || isIsoDate(value) || DATE_FORMAT_MESSAGE
