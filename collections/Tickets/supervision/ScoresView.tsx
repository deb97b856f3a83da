import type { AdminViewServerProps } from 'payload'

import { statisticsPage } from '../../../cms/components/statistics/StatisticsPage'
import { scopeWhere, type StaffUser } from '../../access'
import { chinaDate } from '../../CalendarDays/workingDays'
import { isDesk } from '../access'
import { SCORES_PATH } from './index'
import { isScoreMonth, monthlyScores, type UnitScore } from './scores'

const TITLE = '承办单位考核'

const rateText = (rate: null | number): string => (rate === null ? '—' : `${rate}%`)

/** The columns of the table, as counted by `monthlyScores`. */
const COLUMNS: [keyof UnitScore, string, (score: UnitScore) => string][] = [
  ['received', '派单数', (score) => String(score.received)],
  ['returned', '退回数', (score) => String(score.returned)],
  ['returnRate', '退回率', (score) => rateText(score.returnRate)],
  ['closed', '办结数', (score) => String(score.closed)],
  ['onTimeRate', '按时办结率', (score) => rateText(score.onTimeRate)],
  ['reopened', '重新办理数', (score) => String(score.reopened)],
  ['satisfiedRate', '满意率', (score) => `${rateText(score.satisfiedRate)}（评价 ${score.rated} 件）`],
]

/**
 * 承办单位考核 in the admin (/admin/statistics/handlers): one month's figures
 * of every department, street and community that handled orders in the
 * viewer's division, as a table, with the same figures as a CSV download.
 */
export async function ScoresView(props: AdminViewServerProps) {
  const { adminRoute, frame, req, user } = statisticsPage(props, { path: SCORES_PATH, title: TITLE })
  const viewer = user as StaffUser
  const scope = isDesk(viewer) ? scopeWhere(viewer) : false
  if (!scope) return frame(<p>只有热线坐席和系统管理员可以查看承办单位考核。</p>)
  const asked = String(props.searchParams?.month ?? '')
  const month = isScoreMonth(asked) ? asked : chinaDate().slice(0, 7)
  const scores = await monthlyScores(req, month, scope)
  return frame(
    <>
      <h1>{TITLE}</h1>
      <form method="get" action={`${adminRoute}${SCORES_PATH}`}>
        <label htmlFor="scores-month">月份</label> <input id="scores-month" name="month" type="month" defaultValue={month} required />{' '}
        <button type="submit" className="btn btn--style-primary btn--size-small">查看</button>{' '}
        <a href={`/api/tickets/scores?month=${month}&format=csv`}>下载 CSV（Excel 可打开）</a>
      </form>
      <p>派单数、退回数按当月的派单和退回记录计；办结、按时、重新办理和满意按当月办结的工单计（坐席直接答复的不计）。满意指“满意”和“非常满意”。</p>
      {scores.length ? (
        <table>
          <caption>{month} 各承办单位的办理情况</caption>
          <thead>
            <tr>
              <th scope="col">承办单位</th>
              {COLUMNS.map(([field, label]) => (
                <th key={field} scope="col" className="app-statistics__number">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {scores.map((score) => (
              <tr key={score.unit}>
                <th scope="row">{score.name}</th>
                {COLUMNS.map(([field, , text]) => (
                  <td key={field} className="app-statistics__number">
                    {text(score)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>这个月没有派出或办结的工单。可以换一个月份再看。</p>
      )}
    </>,
  )
}
