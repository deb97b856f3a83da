import type { AdminViewServerProps } from 'payload'

import type { Figure } from '../../../cms/components/statistics/KeyFigures'
import { first } from '../../../cms/components/statistics/RangeForm'
import { RangeStatistics } from '../../../cms/components/statistics/RangeStatistics'
import { StatisticsChart } from '../../../cms/components/statistics/StatisticsChart'
import { statisticsPage } from '../../../cms/components/statistics/StatisticsPage'
import type { StaffUser } from '../../access'
import { canViewHotlineStatistics } from '../statistics/compute'
import { demandAnalysis, type Trend } from './compute'
import { comparesMonths, type GroupList, groupRankings } from './groups'
import { REPEATED, type Repeats } from './repeats'
import { analysisExportHref, change, generatedAt } from './report'
import { DEMAND_ANALYSIS_PATH } from './index'
import './analysis.css'

const TITLE = '诉求分析'
/** Bars per chart of topics and services; the table below lists them all. */
const CHARTED = 15

/** This period against the previous one, value by value. */
function TrendTable({ caption, id, items, keyLabel }: { caption: string; id: string; items: Trend[]; keyLabel: string }) {
  return (
    <table className="app-analysis__table" aria-describedby={`${id}-caption`}>
      <caption id={`${id}-caption`}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{keyLabel}</th>
          <th scope="col">本期（件）</th>
          <th scope="col">上期（件）</th>
          <th scope="col">变化</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.key}>
            <th scope="row">{item.label}</th>
            <td>{item.count}</td>
            <td>{item.previous}</td>
            <td>{change(item.count, item.previous)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** A chart of this period's counts and the table with the previous period beside them. */
function TrendSection({ horizontal = false, id, items, keyLabel, title }: { horizontal?: boolean; id: string; items: Trend[]; keyLabel: string; title: string }) {
  return (
    <section aria-labelledby={`analysis-${id}`}>
      <h2 id={`analysis-${id}`}>{title}</h2>
      <StatisticsChart id={id} kind="bar" horizontal={horizontal} caption={`${title}的工单数（前 ${CHARTED} 项）`} keyLabel={keyLabel} items={items.slice(0, CHARTED)} />
      <TrendTable id={`${id}-trend`} caption={`${title}：本期与上期比较`} keyLabel={keyLabel} items={items} />
    </section>
  )
}

/** Repeated callers or addresses, masked; never a link that could tell the full value. */
function RepeatSection({ asOf, id, repeats, title, what }: { asOf: null | string; id: string; repeats: Repeats; title: string; what: string }) {
  return (
    <section aria-labelledby={`analysis-${id}`}>
      <h2 id={`analysis-${id}`}>{title}</h2>
      <p>
        统计期内同一{what}有 {REPEATED} 件及以上工单的共 {repeats.count} 个{repeats.count > repeats.top.length ? `，下表列出工单最多的 ${repeats.top.length} 个` : ''}。{what}已隐去部分内容。
        {asOf && `按${generatedAt(new Date(asOf))}的数据统计，每晚更新。`}
      </p>
      {repeats.top.length > 0 && (
        <table className="app-analysis__table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{what}（已隐去部分）</th>
              <th scope="col">工单数（件）</th>
            </tr>
          </thead>
          <tbody>
            {repeats.top.map((repeat, index) => (
              <tr key={`${repeat.label}-${index}`}>
                <th scope="row">{repeat.label}</th>
                <td>{repeat.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

/** One list of groups: their titles linked to their pages, this month's demands, and last month's where compared. */
function GroupTable({ adminRoute, list }: { adminRoute: string; list: GroupList }) {
  if (!list.groups.length) return <p>{list.empty}</p>
  const compared = comparesMonths(list.groups)
  return (
    <table className="app-analysis__table">
      <caption>{list.caption}</caption>
      <thead>
        <tr>
          <th scope="col">诉求分组</th>
          <th scope="col">本月（件）</th>
          {compared && <th scope="col">上月（件）</th>}
        </tr>
      </thead>
      <tbody>
        {list.groups.map((group) => (
          <tr key={group.id}>
            <th scope="row">
              <a href={`${adminRoute}/collections/demand-groups/${group.id}`}>{group.title}</a>
            </th>
            <td>{group.count}</td>
            {compared && <td>{group.previous}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * 诉求分析 in the admin (/admin/statistics/demands): the work orders of the
 * viewer's division over whole months, by month, kind, topic, service and
 * division, against the period before; repeated callers and addresses,
 * masked. Exportable as Excel and printable as a report.
 */
export async function DemandAnalysisView(props: AdminViewServerProps) {
  const { adminRoute, frame, payload, user } = statisticsPage(props, { path: DEMAND_ANALYSIS_PATH, title: TITLE })
  const viewer = user as StaffUser
  if (!canViewHotlineStatistics(viewer)) {
    return frame(
      <>
        <h1>{TITLE}</h1>
        <p>只有热线坐席和系统管理员可以查看诉求分析。</p>
      </>,
    )
  }
  const input = { from: first(props.searchParams?.from), to: first(props.searchParams?.to) }
  const [analysis, groups] = await Promise.all([demandAnalysis(payload, viewer, input), groupRankings(payload, viewer)])
  const figures: Figure[] = [
    { label: '工单总数', value: String(analysis.total), note: `${analysis.period.from} 至 ${analysis.period.to}` },
    { label: '与上期相比', value: change(analysis.total, analysis.previousTotal), note: `上期 ${analysis.previous.from} 至 ${analysis.previous.to} 共 ${analysis.previousTotal} 件` },
    { label: '重复来电号码', value: String(analysis.callers.count), note: `同一号码 ${REPEATED} 件及以上` },
    { label: '重复诉求地址', value: String(analysis.addresses.count), note: `同一地址 ${REPEATED} 件及以上` },
  ]
  return frame(
    <div className="app-analysis">
      <RangeStatistics
        title={TITLE}
        scopeName={analysis.scopeName}
        range={analysis.range}
        counted="所在各整月受理的工单。"
        resetHref={`${adminRoute}${DEMAND_ANALYSIS_PATH}`}
        figuresId="analysis-figures"
        figures={figures}
        total={analysis.total}
        emptyText="这段时间没有受理的工单。可以换一个日期范围再看。"
      >
        <p className="app-analysis__actions">
          <a className="btn btn--style-secondary" href={analysisExportHref(payload.config.routes.api, input)} download>
            导出 Excel
          </a>
          <span className="app-analysis__print-hint">打印本页即为分析报告（浏览器的“打印”）。</span>
        </p>
        <TrendSection id="month" title="按月份" keyLabel="月份" items={analysis.byMonth} />
        <TrendSection id="kind" title="按诉求类型" keyLabel="诉求类型" items={analysis.byKind} />
        <TrendSection horizontal id="topic" title="按诉求分类（主题）" keyLabel="主题" items={analysis.byTopic} />
        <TrendSection horizontal id="service" title="按相关事项" keyLabel="事项" items={analysis.byService} />
        <TrendSection id="division" title={`按${analysis.byDivision.levelLabel}`} keyLabel={analysis.byDivision.levelLabel} items={analysis.byDivision.items} />
        <RepeatSection id="callers" title="重复来电" what="来电号码" repeats={analysis.callers} asOf={analysis.repeatsAsOf} />
        <RepeatSection id="addresses" title="重复诉求地址" what="地址" repeats={analysis.addresses} asOf={analysis.repeatsAsOf} />
        {groups && (
          <section aria-labelledby="analysis-groups">
            <h2 id="analysis-groups">相似诉求分组</h2>
            <p>相似的建议、投诉和求助归为一组（不受上面日期范围影响，按本月和上月计）。点分组名称可以合并、拆分分组或作出处理决定。</p>
            {groups.map((list) => (
              <GroupTable key={list.caption} adminRoute={adminRoute} list={list} />
            ))}
          </section>
        )}
      </RangeStatistics>
      <p className="app-analysis__generated">生成时间：{generatedAt()}（北京时间）</p>
    </div>,
  )
}
