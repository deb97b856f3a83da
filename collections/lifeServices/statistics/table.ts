import { percent } from '../../../cms/components/statistics/RangeForm'
import type { LifeFigures, LifeStatistics, LifeStatisticsRow } from './compute'

/** The figures' columns, as the page's tables and the Excel file title them. */
export const FIGURE_TITLES = ['订单数', '首次派单按时接单', '按时接单率', '完成数', '按时完成', '按时完成率', '投诉数', '投诉率', '评价数', '满意及以上', '满意率', '平均满意度', '补贴单数', '补贴金额（元）'] as const

/** One set of figures as cells, in the titles' order. */
export const figureCells = (figures: LifeFigures): string[] => [
  String(figures.orders),
  String(figures.acceptedOnTime),
  percent(figures.acceptedOnTimeRate),
  String(figures.done),
  String(figures.doneOnTime),
  percent(figures.doneOnTimeRate),
  String(figures.complaints),
  percent(figures.complaintRate),
  String(figures.rated),
  String(figures.satisfied),
  percent(figures.satisfactionRate),
  figures.averageLevel === null ? '—' : figures.averageLevel.toFixed(2),
  String(figures.subsidies),
  figures.subsidyTotal.toFixed(2),
]

/** The page's three breakdowns: their headings and rows. */
export const breakdowns = (stats: LifeStatistics): { id: string; title: string; keyLabel: string; rows: LifeStatisticsRow[] }[] => [
  { id: 'category', title: '按服务类别', keyLabel: '服务类别', rows: stats.byCategory },
  { id: 'provider', title: '按加盟企业', keyLabel: '加盟企业', rows: stats.byProvider },
  { id: 'division', title: `按${stats.byDivision.levelLabel}`, keyLabel: stats.byDivision.levelLabel, rows: stats.byDivision.rows },
]

/** The whole page as one sheet: a heading, then each breakdown with its total row. */
export function statisticsSheet(stats: LifeStatistics): string[][] {
  const sheet: string[][] = [[`生活服务统计：${stats.scopeName}，${stats.range.from} 至 ${stats.range.to}`]]
  for (const { keyLabel, rows, title } of breakdowns(stats)) {
    sheet.push([], [title], [keyLabel, ...FIGURE_TITLES], ...rows.map((row) => [row.label, ...figureCells(row)]), ['合计', ...figureCells(stats.total)])
  }
  return sheet
}
