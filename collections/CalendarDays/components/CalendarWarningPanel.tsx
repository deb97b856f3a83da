import { Forbidden, type Payload, type TypedUser, type Where } from 'payload'

import { OPEN_STATUSES } from '../../Applications/states'
import { OPEN_TICKET_STATUSES } from '../../Tickets/states'
import { hasRole, isActiveStaff, type StaffUser } from '../../access'
import { isCityAdmin } from '../access'
import { loadWorkingCalendar } from '../load'
import { missingCalendarYears } from '../warning'
import { chinaDate } from '../workingDays'
import { CALENDAR_YEAR_PATH } from '../yearScreen'
import '../../../cms/components/dashboardPanel.css'

type Props = { payload: Payload; user?: null | TypedUser }

const PROVISIONAL: Where = { dueDateProvisional: { equals: true } }

/** How many open cases with a provisional due date the user can see (none in a collection they may not read). */
async function provisionalCases(payload: Payload, user: StaffUser): Promise<{ applications: number; tickets: number }> {
  const count = async (collection: 'applications' | 'tickets', open: readonly string[]) => {
    try {
      const where: Where = { and: [PROVISIONAL, { status: { in: open } }] }
      return (await payload.count({ collection, where, overrideAccess: false, user: user as TypedUser })).totalDocs
    } catch (error) {
      if (error instanceof Forbidden) return 0
      throw error
    }
  }
  const [applications, tickets] = await Promise.all([count('applications', OPEN_STATUSES), count('tickets', OPEN_TICKET_STATUSES)])
  return { applications, tickets }
}

const casesText = ({ applications, tickets }: { applications: number; tickets: number }) =>
  [applications ? `${applications} 件办件` : '', tickets ? `${tickets} 张工单` : ''].filter(Boolean).join('、')

/**
 * Dashboard panel: the holiday calendar is running out. Administrators see
 * it from 1 November (in China) when next year is not entered, and whenever
 * a due date is provisional; city administrators get the link to enter the
 * year. Other staff see a short note when cases they handle have a
 * provisional due date.
 */
export async function CalendarWarningPanel({ payload, user }: Props) {
  const staff = user
  if (!isActiveStaff(staff)) return null
  const [calendar, cases] = await Promise.all([loadWorkingCalendar(payload), provisionalCases(payload, staff)])
  const missing = missingCalendarYears(chinaDate(), calendar.years)
  const affected = casesText(cases)
  const admin = hasRole(staff, 'admin')
  if (!affected && (!admin || missing.length === 0)) return null
  const years = missing.map((year) => `${year}年`).join('、')
  const yearUrl = `${payload.config.routes.admin}${CALENDAR_YEAR_PATH}?year=${missing[0] ?? ''}`

  if (!admin) {
    return (
      <section aria-labelledby="calendar-warning-heading" className="dashboard-panel">
        <h2 id="calendar-warning-heading">暂定的办理期限</h2>
        <p>
          您负责的 {affected} 的应办结日期是<strong>暂定</strong>的：期限所在年份的节假日安排还没有录入，暂时只按周末计算。管理员录入后，系统会自动重新计算。
        </p>
      </section>
    )
  }
  return (
    <section aria-labelledby="calendar-warning-heading" className="dashboard-panel">
      <h2 id="calendar-warning-heading" className="dashboard-panel__warning">
        {missing.length > 0 ? `${years}的节假日安排还没有录入` : '有暂定的办理期限'}
      </h2>
      {missing.length > 0 ? (
        <p>办理期限按工作日计算。没有录入节假日安排的年份，只按周末计算，元旦、春节等假日会被算作工作日，这样算出的期限都标为“暂定”。</p>
      ) : null}
      {affected ? <p>目前 {affected} 的应办结日期是暂定的，录入节假日安排后会自动重新计算。</p> : null}
      {isCityAdmin(staff) ? (
        <p>
          国务院办公厅每年公布下一年的节假日安排通知后，请{' '}
          <a href={yearUrl}>{missing.length > 0 ? `录入${missing[0]}年的节假日安排` : '录入节假日安排'}</a>
          ：可以直接粘贴通知全文。
        </p>
      ) : (
        <p>节假日安排由市级系统管理员统一录入，请联系他们。</p>
      )}
    </section>
  )
}
