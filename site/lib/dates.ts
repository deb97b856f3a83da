/**
 * Dates and times as residents read them, always in China's time (UTC+8, no
 * daylight saving) whatever the browser's own zone: 2026年11月21日 14:05.
 */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

const pad = (value: number): string => String(value).padStart(2, '0')

/** YYYY-MM-DD → 2026年11月21日. */
export function dateText(date: string): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number)
  return `${year}年${month}月${day}日`
}

/** An ISO instant → 2026年11月21日 14:05 in China. */
export function dateTimeText(instant: string): string {
  const time = Date.parse(instant)
  if (Number.isNaN(time)) return instant
  const china = new Date(time + CHINA_OFFSET_MS)
  const date = `${china.getUTCFullYear()}-${pad(china.getUTCMonth() + 1)}-${pad(china.getUTCDate())}`
  return `${dateText(date)} ${pad(china.getUTCHours())}:${pad(china.getUTCMinutes())}`
}
