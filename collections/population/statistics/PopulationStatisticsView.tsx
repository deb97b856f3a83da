import type { AdminViewServerProps } from 'payload'

import { StatisticsChart } from '../../../cms/components/statistics/StatisticsChart'
import { statisticsPage } from '../../../cms/components/statistics/StatisticsPage'
import type { StaffUser } from '../../access'
import { canViewPopulationStatistics, populationStatistics } from './compute'
import { POPULATION_STATISTICS_PATH } from './index'

/**
 * 人口统计 in the admin (/admin/statistics/population): the population base
 * of the signed-in registrar's or admin's own subtree, as charts with their
 * numbers in tables.
 */
export async function PopulationStatisticsView(props: AdminViewServerProps) {
  const { frame, payload, user } = statisticsPage(props, { path: POPULATION_STATISTICS_PATH, title: '人口统计' })
  const viewer = user as StaffUser
  if (!canViewPopulationStatistics(viewer)) {
    return frame(
      <>
        <h1>人口统计</h1>
        <p>只有人口信息登记员和系统管理员可以查看人口统计。</p>
      </>,
    )
  }
  const stats = await populationStatistics(payload, viewer)
  const registered = stats.dwellings.find((item) => item.key === 'rented')?.count ?? 0
  return frame(
    <>
      <header className="app-statistics__header">
        <h1>人口统计</h1>
        <p className="app-statistics__scope">统计范围：{stats.scopeName}</p>
        <p>截至 {stats.today}。人数只计在册人员；老年人、育龄妇女按出生日期自动统计。</p>
      </header>
      <section aria-labelledby="population-figures">
        <h2 id="population-figures">关键指标</h2>
        <dl className="app-statistics__figures">
          <div className="app-statistics__figure">
            <dt>在册人口</dt>
            <dd className="app-statistics__value">{stats.total}</dd>
            <dd className="app-statistics__note">本辖区在册人员</dd>
          </div>
          <div className="app-statistics__figure">
            <dt>户数</dt>
            <dd className="app-statistics__value">{stats.households.reduce((sum, item) => sum + item.count, 0)}</dd>
            <dd className="app-statistics__note">已登记的户</dd>
          </div>
          <div className="app-statistics__figure">
            <dt>出租房屋</dt>
            <dd className="app-statistics__value">{registered}</dd>
            <dd className="app-statistics__note">出租房屋登记数</dd>
          </div>
        </dl>
      </section>
      <div className="app-statistics__charts">
        <section aria-labelledby="population-division">
          <h2 id="population-division">按{stats.byDivision.levelLabel}</h2>
          <StatisticsChart id="division" kind="bar" unit="人" caption={`按${stats.byDivision.levelLabel}统计的在册人口`} keyLabel={stats.byDivision.levelLabel} items={stats.byDivision.items} />
        </section>
        <section aria-labelledby="population-registers">
          <h2 id="population-registers">业务登记</h2>
          <StatisticsChart id="registers" kind="bar" horizontal unit="人" caption="各类登记在册人数" keyLabel="登记类别" items={stats.registers} />
        </section>
        <section aria-labelledby="population-male">
          <h2 id="population-male">年龄结构：男</h2>
          <StatisticsChart id="pyramid-male" kind="bar" horizontal unit="人" caption="男性在册人口按年龄段" keyLabel="年龄段" items={[...stats.pyramid.male].reverse()} />
        </section>
        <section aria-labelledby="population-female">
          <h2 id="population-female">年龄结构：女</h2>
          <StatisticsChart id="pyramid-female" kind="bar" horizontal unit="人" caption="女性在册人口按年龄段" keyLabel="年龄段" items={[...stats.pyramid.female].reverse()} />
        </section>
        <section aria-labelledby="population-trend">
          <h2 id="population-trend">新增登记（近12个月）</h2>
          <StatisticsChart id="trend" kind="bar" unit="人" caption="每月新增的业务登记" keyLabel="月份" items={stats.registerTrend} />
        </section>
        <section aria-labelledby="population-households">
          <h2 id="population-households">户的规模</h2>
          <StatisticsChart id="households" kind="bar" unit="户" caption="按户内人数统计的户数" keyLabel="户内人数" items={stats.households} />
        </section>
        <section aria-labelledby="population-dwellings">
          <h2 id="population-dwellings">房屋居住情况</h2>
          <StatisticsChart id="dwellings" kind="doughnut" unit="套" caption="按居住情况统计的房屋" keyLabel="居住情况" items={stats.dwellings} />
        </section>
      </div>
    </>,
  )
}
