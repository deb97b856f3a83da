import type { AdminViewServerProps } from 'payload'

import { first } from '../../../cms/components/statistics/RangeForm'
import { statisticsPage } from '../../../cms/components/statistics/StatisticsPage'
import type { StaffUser } from '../../access'
import { GOVERNANCE_EXPORT_PATH, GOVERNANCE_PATH } from './adminViews'
import { GOVERNANCE_TITLES, governanceCells, governanceFigures, governanceYear, seesGovernance } from './governance'

const TITLE = '社区论坛治理年报'

/**
 * 社区论坛治理年报 in the admin (/admin/community/governance?year=YYYY): the
 * year's reports, their handling and speed, posts taken down or held and
 * members muted or blacklisted (网络信息内容生态治理规定), for the viewer's
 * division and each division one level below, with an Excel export.
 */
export async function GovernanceView(props: AdminViewServerProps) {
  const { frame, payload, user } = statisticsPage(props, { path: GOVERNANCE_PATH, title: TITLE })
  const viewer = user as StaffUser
  if (!seesGovernance(viewer)) return frame(<><h1>{TITLE}</h1><p>只有社区工作者和系统管理员可以查看社区论坛治理年报。</p></>)
  const asked = first(props.searchParams?.year)
  const year = /^\d{4}$/.test(asked ?? '') ? Math.min(governanceYear(null), Math.max(2020, Number(asked))) : governanceYear(null)
  const governance = await governanceFigures(payload, viewer, String(year))
  const { byDivision, total } = governance
  return frame(
    <>
      <div className="app-statistics__header">
        <h1>{TITLE}</h1>
        <p className="app-statistics__scope">{governance.scopeName}，{year}年（北京时间）</p>
      </div>
      <form method="get" className="app-statistics__range">
        <div>
          <label htmlFor="governance-year">年份</label>
          <input id="governance-year" name="year" type="number" min={2020} max={governanceYear(null)} defaultValue={year} />
        </div>
        <button type="submit" className="btn btn--style-secondary btn--size-small">查看</button>
      </form>
      <p>
        <a href={`${GOVERNANCE_EXPORT_PATH}?year=${year}`} download>导出 Excel</a>
      </p>
      <section aria-labelledby="governance-divisions">
        <h2 id="governance-divisions">按{byDivision.levelLabel}</h2>
        <div className="app-statistics__data">
          <table>
            <caption>{year}年各{byDivision.levelLabel}社区论坛举报处理和内容治理情况</caption>
            <thead>
              <tr>
                <th scope="col">{byDivision.levelLabel}</th>
                {GOVERNANCE_TITLES.map((heading) => <th key={heading} scope="col" className="app-statistics__number">{heading}</th>)}
              </tr>
            </thead>
            <tbody>
              {byDivision.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  {governanceCells(row).map((cell, index) => <td key={GOVERNANCE_TITLES[index]} className="app-statistics__number">{cell}</td>)}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">合计</th>
                {governanceCells(total).map((cell, index) => <td key={GOVERNANCE_TITLES[index]} className="app-statistics__number">{cell}</td>)}
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
    </>,
  )
}
