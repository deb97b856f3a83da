import type { Endpoint, PayloadRequest } from 'payload'

import { type StaffUser, userDivision } from '../../access'
import { writeAudit } from '../../AuditLog/record'
import { parseDivisionCode } from '../../Divisions/code'
import { spreadsheetFile } from '../../endpoints/spreadsheetExport'
import { handled } from '../../endpoints/respond'
import { COUNTERS } from './aggregate'
import { type DemandAnalysis, demandAnalysis, type Trend } from './compute'
import { comparesMonths, type GroupList, groupRankings } from './groups'
import { REPEATED } from './repeats'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** This period against the previous one in words: 上升 12.5%, 下降 3.0%, 持平, or 新增 when there was none before. */
export function change(count: number, previous: number): string {
  if (previous === 0) return count === 0 ? '持平' : '新增'
  const rate = ((count - previous) / previous) * 100
  if (rate === 0) return '持平'
  return `${rate > 0 ? '上升' : '下降'} ${Math.abs(rate).toFixed(1)}%`
}

/** Now in Beijing time, as the report says when it was made. */
export const generatedAt = (now = new Date()): string =>
  new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long', timeStyle: 'short', hour12: false }).format(now)

/** The Excel file of the page's period. */
export const analysisExportHref = (apiRoute: string, range: { from?: string; to?: string }): string => {
  const query = new URLSearchParams(Object.entries(range).filter((entry): entry is [string, string] => Boolean(entry[1])))
  const suffix = query.size > 0 ? `?${query.toString()}` : ''
  return `${apiRoute}/${COUNTERS}/export${suffix}`
}

/** The lists of similar demands as rows, each under its caption, counted by month whatever the period. */
function groupRows(lists: GroupList[]): string[][] {
  return [
    [],
    ['相似诉求分组（按本月和上月计）'],
    ...lists.flatMap((list) => {
      const compared = comparesMonths(list.groups)
      return [
        [],
        [list.caption],
        ...(list.groups.length
          ? [
              ['诉求分组', '本月（件）', ...(compared ? ['上月（件）'] : [])],
              ...list.groups.map((group) => [group.title, String(group.count), ...(compared ? [String(group.previous)] : [])]),
            ]
          : [[list.empty]]),
      ]
    }),
  ]
}

/** The page as one sheet of rows: title, scope, period and time, then each table under its heading; the group lists when the viewer may read them. */
export function analysisTable(analysis: DemandAnalysis, groups: GroupList[] | null, now = new Date()): string[][] {
  const trendRows = (title: string, keyLabel: string, items: Trend[]) => [
    [],
    [title],
    [keyLabel, '本期（件）', '上期（件）', '变化'],
    ...items.map((item) => [item.label, String(item.count), String(item.previous), change(item.count, item.previous)]),
  ]
  const repeatRows = (title: string, what: string, repeats: DemandAnalysis['callers']) => [
    [],
    [`${title}（${REPEATED} 件及以上，共 ${repeats.count} 个）`],
    [`${what}（已隐去部分）`, '工单数（件）'],
    ...repeats.top.map((repeat) => [repeat.label, String(repeat.count)]),
  ]
  return [
    ['诉求分析'],
    ['统计范围', analysis.scopeName],
    ['统计期', `${analysis.period.from} 至 ${analysis.period.to}`, '上期', `${analysis.previous.from} 至 ${analysis.previous.to}`],
    ['生成时间（北京时间）', generatedAt(now)],
    ...(analysis.repeatsAsOf ? [['重复来电和地址统计时间（每晚更新）', generatedAt(new Date(analysis.repeatsAsOf))]] : []),
    ['工单总数', String(analysis.total), '上期', String(analysis.previousTotal), change(analysis.total, analysis.previousTotal)],
    ...trendRows('按月份', '月份', analysis.byMonth),
    ...trendRows('按诉求类型', '诉求类型', analysis.byKind),
    ...trendRows('按诉求分类（主题）', '主题', analysis.byTopic),
    ...trendRows('按相关事项', '事项', analysis.byService),
    ...trendRows(`按${analysis.byDivision.levelLabel}`, analysis.byDivision.levelLabel, analysis.byDivision.items),
    ...repeatRows('重复来电', '来电号码', analysis.callers),
    ...repeatRows('重复诉求地址', '地址', analysis.addresses),
    ...(groups ? groupRows(groups) : []),
  ]
}

/**
 * `GET /api/ticket-analysis-counters/export?from=&to=`: 诉求分析 of the
 * signed-in agent's or administrator's division as an Excel file (masked
 * callers and addresses only), with the page's lists of similar demands,
 * written to the audit log.
 */
export const analysisExportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: handled(async (req: PayloadRequest) => {
    const user = req.user as null | StaffUser
    const analysis = await demandAnalysis(req.payload, user, { from: req.searchParams.get('from'), to: req.searchParams.get('to') })
    const groups = await groupRankings(req.payload, user)
    const division = userDivision(user)
    await writeAudit(req, {
      action: 'export',
      targetCollection: COUNTERS,
      summary: `导出诉求分析（${analysis.period.from} 至 ${analysis.period.to}）`,
      detail: analysis.scopeName,
      scope: division ? parseDivisionCode(division.code).path : undefined,
    })
    const body = await spreadsheetFile('xlsx', analysisTable(analysis, groups))
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': XLSX,
        'Content-Disposition': `attachment; filename="demand-analysis-${analysis.period.from}-${analysis.period.to}.xlsx"`,
        'Cache-Control': 'no-store',
      },
    })
  }),
}
