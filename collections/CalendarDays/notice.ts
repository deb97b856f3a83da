/**
 * Reads the State Council's yearly notice (国务院办公厅关于XXXX年部分节假日安排的通知)
 * into calendar days, for an administrator to check before saving. Pure: the
 * admin screen runs it in the browser, the tests on real notices.
 *
 * The notice lists one section per holiday — "二、春节：2月15日（农历腊月二十八、周日）
 * 至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。" —
 * so each sentence with 放假 (or 连休) gives the days off (a range with 至, or single
 * days), each sentence with 上班 the weekend days worked in exchange. The
 * weekdays and the "共N天" in the text are checked against the dates, which
 * catches a wrong year or a typing error.
 */
import { isIsoDate, shiftDays, type CalendarDayKind } from './workingDays'

type NoticeDay = { date: string; kind: CalendarDayKind; name: string }
type ParsedNotice = { days: NoticeDay[]; problems: string[]; year: null | number }

const CHINESE_WEEKDAYS = '日一二三四五六'
const SECTION = /([一二三四五六七八九十]+)、([^:。]{1,20}):/g
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^)]*)\))?/g
const WEEKDAY = /(?:周|星期)([一二三四五六日天])/

type DateToken = { date: string; statedWeekday: null | number }

const pad = (value: number) => String(value).padStart(2, '0')
const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay()
const weekdayName = (weekday: number) => `周${CHINESE_WEEKDAYS[weekday]}`

/** The notice's year, from its title (…关于2027年部分节假日安排的通知). */
function noticeYear(text: string): null | number {
  const match = /(\d{4})年(?:部分)?节假日安排/.exec(text.normalize('NFKC'))
  return match ? Number(match[1]) : null
}

/** The dates a sentence names, in order; "2月15日至23日" carries the month on, as the notice writes it. */
function datesIn(sentence: string, year: number, problems: string[]): DateToken[] {
  const tokens: DateToken[] = []
  let month: null | number = null
  let tokenYear = year
  for (const match of sentence.matchAll(DATE)) {
    if (match[1]) tokenYear = Number(match[1])
    if (match[2]) month = Number(match[2])
    if (month === null) continue
    const date = `${tokenYear}-${pad(month)}-${pad(Number(match[3]))}`
    if (!isIsoDate(date)) {
      problems.push(`“${match[0]}”不是有效的日期`)
      continue
    }
    const stated = WEEKDAY.exec(match[4] ?? '')
    tokens.push({ date, statedWeekday: stated ? Math.max(0, CHINESE_WEEKDAYS.indexOf(stated[1]!.replace('天', '日'))) : null })
  }
  return tokens
}

/** Every date from `first` to `last`, both included. */
function dateRange(first: string, last: string): string[] {
  const dates: string[] = []
  for (let date = first; date <= last && dates.length <= 366; date = shiftDays(date, 1)) dates.push(date)
  return dates
}

/** The days one sentence of a section announces: off (放假, or 与周末连休 as 2024 wrote it) or worked (上班); other sentences announce none. */
function daysOfSentence(sentence: string, name: string, year: number, problems: string[]): NoticeDay[] {
  const off = sentence.includes('放假') || sentence.includes('连休')
  if (!off && !sentence.includes('上班')) return []
  const tokens = datesIn(sentence, year, problems)
  for (const token of tokens) {
    if (token.statedWeekday !== null && token.statedWeekday !== weekdayOf(token.date)) {
      problems.push(`${name}：${token.date} 是${weekdayName(weekdayOf(token.date))}，通知中写的是${weekdayName(token.statedWeekday)}，请核对年份和日期`)
    }
  }
  if (tokens.length === 0) return []
  if (!off) return tokens.map((token) => ({ date: token.date, kind: 'workday', name }))
  const dates = sentence.includes('至') && tokens.length >= 2 ? dateRange(tokens[0]!.date, tokens[1]!.date) : tokens.map((token) => token.date)
  const total = /共(\d+)天/.exec(sentence)
  if (total && Number(total[1]) !== dates.length) {
    problems.push(`${name}：通知写共${total[1]}天，按日期算是${dates.length}天，请核对`)
  }
  return dates.map((date) => ({ date, kind: 'holiday', name }))
}

/** One section per holiday: its name and the text up to the next section. */
function sectionsOf(text: string): { body: string; name: string }[] {
  const matches = [...text.matchAll(SECTION)]
  return matches.map((match, index) => ({
    name: match[2]!.trim(),
    body: text.slice(match.index! + match[0].length, matches[index + 1]?.index ?? text.length),
  }))
}

/**
 * The holidays and make-up working days in a notice's text, sorted by date,
 * and what did not add up. `year` is used when the text has no title.
 */
export function parseHolidayNotice(text: string, year: null | number = null): ParsedNotice {
  // NFKC turns full-width digits, colons and brackets into plain ones; line breaks and spaces carry no meaning.
  const plain = text.normalize('NFKC').replace(/\s+/g, '')
  const noticeYearFound = noticeYear(plain) ?? year
  if (noticeYearFound === null) return { year: null, days: [], problems: ['没有找到年份：请粘贴带标题的通知全文，或先选择年份'] }
  const problems: string[] = []
  const byDate = new Map<string, NoticeDay>()
  for (const { body, name } of sectionsOf(plain)) {
    for (const sentence of body.split(/[。;]/)) {
      for (const day of daysOfSentence(sentence, name, noticeYearFound, problems)) {
        const earlier = byDate.get(day.date)
        if (earlier && earlier.kind !== day.kind) problems.push(`${day.date} 既列为放假又列为上班，请核对`)
        byDate.set(day.date, day)
      }
    }
  }
  if (byDate.size === 0) problems.push('没有识别出任何放假或调休上班的日期：请确认粘贴的是通知正文（“一、元旦：……”）')
  const days = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date))
  return { year: noticeYearFound, days, problems }
}
