import type { AdminViewServerProps } from 'payload'

import { adminPage } from '../../../cms/components/adminPage'
import { isCityAdmin } from '../access'
import { loadWorkingCalendar } from '../load'
import { missingCalendarYears } from '../warning'
import { chinaDate, yearOf } from '../workingDays'
import { checkYear, type YearDay, yearSpan } from '../yearPlan'
import { CALENDAR_YEAR_PATH, CALENDAR_YEAR_TITLE } from '../yearScreen'
import { YearForm } from './YearForm'
import '../../../cms/components/adminFormPage.css'
import './calendarYear.css'

/** The year asked for in `?year=`, else the first missing one, else next year. */
function chosenYear(asked: unknown, today: string, entered: ReadonlySet<number>): number {
  const year = Number(Array.isArray(asked) ? asked[0] : asked)
  if (!checkYear(year)) return year
  return missingCalendarYears(today, entered)[0] ?? yearOf(today) + 1
}

/**
 * 录入节假日安排 (/admin/calendar/year?year=2027): one year of the holiday
 * calendar on one screen, for city administrators. The days already entered
 * are loaded for correction; a pasted notice replaces them in the table.
 */
export async function CalendarYearView(props: AdminViewServerProps) {
  const { adminRoute, frame, payload, user } = adminPage(props, { className: 'calendar-year admin-form-page', path: CALENDAR_YEAR_PATH, title: CALENDAR_YEAR_TITLE })
  if (!isCityAdmin(user)) {
    return frame(
      <>
        <h1>{CALENDAR_YEAR_TITLE}</h1>
        <p>节假日安排全国统一，只有市级系统管理员可以录入。</p>
      </>,
    )
  }
  const today = chinaDate()
  const calendar = await loadWorkingCalendar(payload)
  const year = chosenYear(props.searchParams?.year, today, calendar.years)
  const { first, last } = yearSpan(year)
  const { docs } = await payload.find({
    collection: 'calendar-days',
    where: { and: [{ date: { greater_than_equal: first } }, { date: { less_than_equal: last } }] },
    sort: 'date',
    pagination: false,
    depth: 0,
    select: { date: true, kind: true, name: true },
  })
  const stored: YearDay[] = docs.map(({ date, kind, name }) => ({ date, kind, name }))
  const offered = [...new Set([...calendar.years, yearOf(today), yearOf(today) + 1, year])].sort()
  return frame(
    <>
      <h1>{CALENDAR_YEAR_TITLE}</h1>
      <p>
        办理期限按工作日计算，以这里的节假日安排为准。国务院办公厅每年公布下一年的安排后，在此一次录入一年：粘贴通知，或逐天填写，检查后一次保存。保存后，期限为“暂定”的办件和工单会自动重新计算。
      </p>
      <form method="get" className="calendar-year__choose">
        <label htmlFor="calendar-year">年份</label>{' '}
        <select id="calendar-year" name="year" defaultValue={year}>
          {offered.map((each) => (
            <option key={each} value={each}>
              {each}年{calendar.years.has(each) ? '' : '（未录入）'}
            </option>
          ))}
        </select>{' '}
        <button type="submit" className="btn btn--style-secondary btn--size-small">
          切换
        </button>
      </form>
      <p>
        {stored.length > 0 ? `${year}年已录入 ${stored.length} 天，列在下表中。` : `${year}年还没有录入。`}
        <a href={`${adminRoute}/collections/calendar-days`}>查看全部节假日安排</a>
      </p>
      <YearForm key={year} stored={stored} year={year} />
    </>,
  )
}
