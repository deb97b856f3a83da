import type { AdminViewServerProps } from 'payload'

import { first, percent } from '../../../cms/components/statistics/RangeForm'
import type { Figure } from '../../../cms/components/statistics/KeyFigures'
import { RangeStatistics } from '../../../cms/components/statistics/RangeStatistics'
import { StatisticsChart } from '../../../cms/components/statistics/StatisticsChart'
import { statisticsPage } from '../../../cms/components/statistics/StatisticsPage'
import type { StaffUser } from '../../access'
import { canViewHotlineStatistics, hotlineStatistics } from './compute'
import { HOTLINE_STATISTICS_PATH } from './index'

const TITLE = '热线统计'

/**
 * 热线统计 in the admin (/admin/statistics/hotline): the work orders received
 * in a date range concerning the agent's division, as key figures and
 * charts with their numbers in tables.
 */
export async function HotlineStatisticsView(props: AdminViewServerProps) {
  const { adminRoute, frame, payload, user } = statisticsPage(props, { path: HOTLINE_STATISTICS_PATH, title: TITLE })
  const viewer = user as StaffUser
  if (!canViewHotlineStatistics(viewer)) {
    return frame(
      <>
        <h1>{TITLE}</h1>
        <p>只有热线坐席和系统管理员可以查看热线统计。</p>
      </>,
    )
  }
  const stats = await hotlineStatistics(payload, viewer, { from: first(props.searchParams?.from), to: first(props.searchParams?.to) })
  const figures: Figure[] = [
    { label: '工单总数', value: String(stats.total), note: '统计期内受理的工单' },
    { label: '直接答复率', value: percent(stats.direct.rate), note: `坐席直接答复 ${stats.direct.answered} 件` },
    { label: '按时办结率', value: percent(stats.timeliness.rate), note: `已办结 ${stats.timeliness.closed} 件，按时 ${stats.timeliness.onTime} 件` },
    { label: '满意率', value: percent(stats.satisfaction.rate), note: `回访 ${stats.satisfaction.rated} 件，基本满意及以上 ${stats.satisfaction.satisfied} 件` },
    { label: '超期未办结', value: String(stats.timeliness.overdueOpen), note: '当前需要催办的工单，不受日期限制', alert: stats.timeliness.overdueOpen > 0 },
  ]
  return frame(
    <RangeStatistics
      title={TITLE}
      scopeName={stats.scopeName}
      range={stats.range}
      counted="受理的工单。"
      resetHref={`${adminRoute}${HOTLINE_STATISTICS_PATH}`}
      figuresId="hotline-figures"
      figures={figures}
      total={stats.total}
      emptyText="这段时间没有受理的工单。可以换一个日期范围再看。"
    >
      <section aria-labelledby="hotline-channel">
        <h2 id="hotline-channel">按来源渠道</h2>
        <StatisticsChart id="channel" kind="bar" caption="按来源渠道统计的工单数" keyLabel="渠道" items={stats.byChannel} />
      </section>
      <section aria-labelledby="hotline-kind">
        <h2 id="hotline-kind">按诉求类型</h2>
        <StatisticsChart id="kind" kind="bar" caption="按诉求类型统计的工单数" keyLabel="诉求类型" items={stats.byKind} />
      </section>
      <section aria-labelledby="hotline-division">
        <h2 id="hotline-division">按{stats.byDivision.levelLabel}</h2>
        <StatisticsChart id="division" kind="bar" caption={`按${stats.byDivision.levelLabel}统计的工单数`} keyLabel={stats.byDivision.levelLabel} items={stats.byDivision.items} />
      </section>
      <section aria-labelledby="hotline-satisfaction">
        <h2 id="hotline-satisfaction">回访满意度</h2>
        {stats.satisfaction.rated > 0 ? (
          <StatisticsChart id="satisfaction" kind="doughnut" caption="各满意度等级的工单数" keyLabel="满意度" items={stats.satisfaction.levels} />
        ) : (
          <p>统计期内还没有回访结果。</p>
        )}
      </section>
    </RangeStatistics>,
  )
}
