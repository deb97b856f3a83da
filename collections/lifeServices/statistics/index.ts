import type { Endpoint } from 'payload'

import { adminViewEntry } from '../../../cms/components/adminViewEntry'
import { writeAudit } from '../../AuditLog/record'
import { userDivision } from '../../access'
import { parseDivisionCode } from '../../Divisions/code'
import { spreadsheetFile } from '../../endpoints/spreadsheetExport'
import { handled } from '../../endpoints/respond'
import { LIFE_MANAGER_ROLES } from '../access'
import { lifeStatistics } from './compute'
import { statisticsSheet } from './table'

/** Where 生活服务统计 lives in the admin, below its route. */
export const LIFE_STATISTICS_PATH = '/life/statistics'

export const LIFE_STATISTICS_EXPORT_PATH = '/api/life/statistics/export'

/** 生活服务统计: the admin view and its navigation link, for life-services staff and administrators. */
export const lifeStatisticsEntry = adminViewEntry({
  component: '/collections/lifeServices/statistics/LifeStatisticsView#LifeStatisticsView',
  id: 'nav-life-statistics',
  path: LIFE_STATISTICS_PATH,
  roles: [...LIFE_MANAGER_ROLES],
  title: '生活服务统计',
})

/** `GET /api/life/statistics/export?from=&to=`: the page's figures as an Excel file (audited). */
export const lifeStatisticsExportEndpoint: Endpoint = {
  path: '/life/statistics/export',
  method: 'get',
  handler: handled(async (req) => {
    const stats = await lifeStatistics(req.payload, req.user, { from: req.searchParams.get('from'), to: req.searchParams.get('to') })
    await writeAudit(req, {
      action: 'export',
      targetCollection: 'life-orders',
      summary: `导出生活服务统计：${stats.scopeName} ${stats.range.from} 至 ${stats.range.to}`,
      scope: parseDivisionCode(userDivision(req.user)!.code).path,
    })
    const body = await spreadsheetFile('xlsx', statisticsSheet(stats))
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="life-statistics-${stats.range.from}-${stats.range.to}.xlsx"`,
        'Cache-Control': 'no-store',
      },
    })
  }),
}
