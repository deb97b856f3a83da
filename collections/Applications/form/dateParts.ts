/**
 * Dates typed GOV.UK-style in three boxes, 年 / 月 / 日. The browser script
 * and the no-JavaScript post both join the boxes as `year-month-day` (a part
 * left blank stays blank, "2024--5"), so one reader tells the resident which
 * part is missing or that the date does not exist; the answer is stored as
 * YYYY-MM-DD. No Payload imports: bundled for the browser.
 */

export const DATE_PARTS = ['year', 'month', 'day'] as const
export type DatePart = (typeof DATE_PARTS)[number]
export const DATE_PART_LABELS: Record<DatePart, string> = { year: '年', month: '月', day: '日' }
const MISSING_PART_WORDS: Record<DatePart, string> = { year: '年份', month: '月份', day: '日' }

/** Full-width digits as typed by Chinese input methods, as ASCII. */
const asciiDigits = (value: string): string => value.replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10))

/** The three boxes as one answer, or undefined when all are blank. */
export function joinDateParts(parts: Partial<Record<DatePart, unknown>>): string | undefined {
  const values = DATE_PARTS.map((part) => (typeof parts[part] === 'string' ? asciiDigits(parts[part] as string).trim() : ''))
  return values.every((value) => value === '') ? undefined : values.join('-')
}

/** The three parts of a joined answer ("2024-5-1" or a stored "2024-05-01"), for filling the boxes again. */
export function splitDate(value: string): Record<DatePart, string> {
  const [year = '', month = '', day = ''] = value.split('-')
  return { year, month, day }
}

export type DateReading = { date: string } | { message: string; problem: 'DATE_INCOMPLETE' | 'DATE_INVALID' | 'DATE_NOT_PAST' }

const pad = (value: string): string => value.padStart(2, '0')

/**
 * A joined answer read as a real calendar date (2月30日 refused), with one
 * message for the whole date as GOV.UK words it: "出生日期必须包含月份",
 * "出生日期必须是真实的日期", and with `past`, "出生日期必须是过去的日期".
 */
export function readDate(value: string, label: string, options: { past?: boolean; today?: string } = {}): DateReading {
  const parts = splitDate(asciiDigits(value).trim())
  const missing = DATE_PARTS.filter((part) => parts[part].trim() === '')
  if (missing.length > 0) {
    return { problem: 'DATE_INCOMPLETE', message: `${label}必须包含${missing.map((part) => MISSING_PART_WORDS[part]).join('和')}` }
  }
  const { day, month, year } = parts
  const invalid = { problem: 'DATE_INVALID', message: `${label}必须是真实的日期，例如 1945 年 3 月 8 日` } as const
  if (!/^\d{4}$/.test(year) || !/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day)) return invalid
  const date = `${year}-${pad(month)}-${pad(day)}`
  const instant = new Date(`${date}T00:00:00Z`)
  if (Number.isNaN(instant.getTime()) || instant.toISOString().slice(0, 10) !== date || Number(year) < 1850) return invalid
  if (options.past && options.today && date >= options.today) {
    return { problem: 'DATE_NOT_PAST', message: `${label}必须是过去的日期` }
  }
  return { date }
}
