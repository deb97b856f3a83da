import type { AdminViewServerProps } from 'payload'

import type { Figure } from '../../../cms/components/statistics/KeyFigures'
import { first, percent } from '../../../cms/components/statistics/RangeForm'
import { RangeStatistics } from '../../../cms/components/statistics/RangeStatistics'
import { statisticsPage } from '../../../cms/components/statistics/StatisticsPage'
import type { StaffUser } from '../../access'
import { canSettle } from '../settlement/compute'
import { lifeStatistics } from './compute'
import { LIFE_STATISTICS_EXPORT_PATH, LIFE_STATISTICS_PATH } from './index'
import { breakdowns, FIGURE_TITLES, figureCells } from './table'

const TITLE = '生活服务统计'

/**
 * 生活服务统计 in the admin (/admin/life/statistics): the orders booked in a
 * date range in the viewer's division, as key figures and tables per
 * category, provider and division one level below, with an Excel export.
 */
export async function LifeStatisticsView(props: AdminViewServerProps) {
  const { adminRoute, frame, payload, user } = statisticsPage(props, { path: LIFE_STATISTICS_PATH, title: TITLE })
  const viewer = user as StaffUser
  if (!canSettle(viewer)) {
    return frame(
      <>
        <h1>{TITLE}</h1>
        <p>只有生活服务监管人员和系统管理员可以查看生活服务统计。</p>
      </>,
    )
  }
  const stats = await lifeStatistics(payload, viewer, { from: first(props.searchParams?.from), to: first(props.searchParams?.to) })
  const { total } = stats
  const figures: Figure[] = [
    { label: '订单总数', value: String(total.orders), note: '统计期内预约的订单' },
    { label: '按时接单率', value: percent(total.acceptedOnTimeRate), note: `首次派单即在时限内接单 ${total.acceptedOnTime} 单` },
    { label: '按时完成率', value: percent(total.doneOnTimeRate), note: `完成 ${total.done} 单，在预约时段内完成 ${total.doneOnTime} 单` },
    { label: '投诉率', value: percent(total.complaintRate), note: `投诉 ${total.complaints} 件` },
    { label: '满意率', value: percent(total.satisfactionRate), note: `评价 ${total.rated} 单，平均 ${total.averageLevel === null ? '—' : total.averageLevel.toFixed(2)} 分` },
    { label: '补贴金额', value: `${total.subsidyTotal.toFixed(2)} 元`, note: `享受补贴并已确认完成 ${total.subsidies} 单` },
  ]
  const exportHref = `${LIFE_STATISTICS_EXPORT_PATH}?from=${stats.range.from}&to=${stats.range.to}`
  return frame(
    <RangeStatistics
      title={TITLE}
      scopeName={stats.scopeName}
      range={stats.range}
      counted="预约的生活服务订单。"
      resetHref={`${adminRoute}${LIFE_STATISTICS_PATH}`}
      figuresId="life-figures"
      figures={figures}
      total={total.orders}
      emptyText="这段时间没有生活服务订单。可以换一个日期范围再看。"
    >
      <p>
        <a href={exportHref} download>
          导出 Excel
        </a>
      </p>
      {breakdowns(stats).map(({ id, keyLabel, rows, title }) => (
        <section key={id} aria-labelledby={`life-${id}`}>
          <h2 id={`life-${id}`}>{title}</h2>
          <div className="app-statistics__data">
            <table>
              <caption>{title}统计</caption>
              <thead>
                <tr>
                  <th scope="col">{keyLabel}</th>
                  {FIGURE_TITLES.map((heading) => (
                    <th key={heading} scope="col" className="app-statistics__number">
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    {figureCells(row).map((cell, index) => (
                      <td key={FIGURE_TITLES[index]} className="app-statistics__number">
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">合计</th>
                  {figureCells(total).map((cell, index) => (
                    <td key={FIGURE_TITLES[index]} className="app-statistics__number">
                      {cell}
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
        </section>
      ))}
    </RangeStatistics>,
  )
}
