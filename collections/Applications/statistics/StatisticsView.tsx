import type { AdminViewServerProps } from 'payload'

import { stringify } from 'qs-esm'

import { type StaffUser } from '../../access'
import { queueFilters } from '../lib/queues'
import { STATISTICS_PATH } from './index'
import { type ApplicationStatistics, applicationStatistics, canViewStatistics } from './compute'
import type { Figure } from '../../../cms/components/statistics/KeyFigures'
import { StatisticsChart } from '../../../cms/components/statistics/StatisticsChart'
import { first, percent } from '../../../cms/components/statistics/RangeForm'
import { RangeStatistics } from '../../../cms/components/statistics/RangeStatistics'
import { statisticsPage } from '../../../cms/components/statistics/StatisticsPage'

const days = (value: null | number): string => (value === null ? '—' : value.toFixed(1))

function keyFigures(stats: ApplicationStatistics, links: { followUp: string; overdue: string }): Figure[] {
  const { timeliness, duration, satisfaction } = stats
  return [
    { label: '总件数', value: String(stats.total), note: '统计期内提交的办件' },
    {
      label: '按期办结率',
      value: percent(timeliness.onTimeRate),
      note: timeliness.finished > 0 ? `${timeliness.finished} 件已办结，${timeliness.onTime} 件按期` : '统计期内还没有受理后办结的办件',
    },
    {
      label: '平均办结用时（工作日）',
      value: days(duration.averageWorkingDays),
      note: duration.finished > 0 ? `受理至办结，不含补正时间，共 ${duration.finished} 件` : '统计期内还没有受理后办结的办件',
    },
    {
      label: '满意率',
      value: percent(satisfaction.satisfiedRate),
      note: satisfaction.rated > 0 ? `${satisfaction.rated} 件评价中 ${satisfaction.satisfied} 件基本满意及以上` : '统计期内还没有评价',
    },
    {
      label: '超期未办结',
      value: String(timeliness.overdueOpen),
      note: '当前，不限提交日期',
      href: links.overdue,
      alert: timeliness.overdueOpen > 0,
    },
    {
      label: '差评待整改',
      value: String(satisfaction.openFollowUps),
      note: '当前，不限提交日期',
      href: links.followUp,
      alert: satisfaction.openFollowUps > 0,
    },
  ]
}

/**
 * 办件统计 in the admin (/admin/statistics/applications): the key figures
 * and charts for the applications the signed-in case worker may see,
 * submitted in a date range chosen with a plain GET form.
 */
export async function StatisticsView(props: AdminViewServerProps) {
  const { searchParams } = props
  const { adminRoute, frame: template, payload, req, user: signedIn } = statisticsPage(props, { path: STATISTICS_PATH, title: '办件统计' })
  const user = signedIn as StaffUser & NonNullable<typeof signedIn>

  if (!canViewStatistics(user)) {
    return template(
      <>
        <h1>办件统计</h1>
        <p>只有审核人员和系统管理员可以查看办件统计。</p>
      </>,
    )
  }

  const stats = await applicationStatistics(payload, user, {
    from: first(searchParams?.from),
    to: first(searchParams?.to),
  })
  const queues = await queueFilters(payload, user.id!, req)
  const listUrl = `${adminRoute}/collections/applications`
  const queueLink = (key: string) => {
    const queue = queues.find((each) => each.key === key)
    return `${listUrl}?${stringify({ where: queue?.where ?? {}, sort: 'dueDate' })}`
  }
  const figures = keyFigures(stats, { overdue: queueLink('overdue'), followUp: queueLink('follow-up') })
  const scopeName = stats.scope.department ? `${stats.scope.name}（${stats.scope.department}）` : stats.scope.name

  return template(
    <RangeStatistics
      title="办件统计"
      scopeName={scopeName}
      range={stats.range}
      counted="提交的办件。“超期未办结”和“差评待整改”是当前需要处理的件数，不受日期限制。"
      resetHref={`${adminRoute}${STATISTICS_PATH}`}
      figuresId="statistics-figures"
      figures={figures}
      total={stats.total}
      emptyText="这段时间没有提交的办件。可以换一个日期范围再看。"
    >
      <section aria-labelledby="statistics-status">
        <h2 id="statistics-status">按办理状态</h2>
        <StatisticsChart id="status" kind="bar" caption="按办理状态统计的办件数" keyLabel="状态" items={stats.byStatus} />
      </section>
      <section aria-labelledby="statistics-channel">
        <h2 id="statistics-channel">按申请渠道</h2>
        <StatisticsChart id="channel" kind="bar" caption="按申请渠道统计的办件数" keyLabel="渠道" items={stats.byChannel} />
      </section>
      <section aria-labelledby="statistics-satisfaction">
        <h2 id="statistics-satisfaction">满意度</h2>
        {stats.satisfaction.rated > 0 ? (
          <StatisticsChart
            id="satisfaction"
            kind="doughnut"
            caption="各评价等级的件数"
            keyLabel="评价等级"
            items={stats.satisfaction.levels}
          />
        ) : (
          <p>统计期内还没有评价。</p>
        )}
      </section>
      <section aria-labelledby="statistics-duration">
        <h2 id="statistics-duration">办结用时</h2>
        {stats.duration.finished > 0 ? (
          <StatisticsChart
            id="duration"
            kind="bar"
            caption="按办结用时（工作日，不含补正时间）统计的办件数"
            keyLabel="办结用时（工作日）"
            items={stats.duration.distribution}
          />
        ) : (
          <p>统计期内还没有受理后办结的办件。</p>
        )}
      </section>
      <section aria-labelledby="statistics-division">
        <h2 id="statistics-division">按{stats.byDivision.levelLabel}</h2>
        <StatisticsChart
          id="division"
          kind="bar"
          caption={`按${stats.byDivision.levelLabel}统计的办件数`}
          keyLabel={stats.byDivision.levelLabel}
          items={stats.byDivision.items}
        />
      </section>
      <section aria-labelledby="statistics-service" className="app-statistics__wide">
        <h2 id="statistics-service">按办理事项</h2>
        <p>办件最多的 15 个事项，其余合计为“其他”。</p>
        <StatisticsChart
          id="service"
          kind="bar"
          horizontal
          caption="办件最多的事项"
          keyLabel="办理事项"
          items={stats.byService}
        />
      </section>
    </RangeStatistics>,
  )
}
