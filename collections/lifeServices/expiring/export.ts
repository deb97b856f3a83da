import type { Endpoint } from 'payload'

import type { StaffUser } from '../../access'
import { writeAudit } from '../../AuditLog/record'
import { userDivision } from '../../access'
import { parseDivisionCode } from '../../Divisions/code'
import { RequestError } from '../../errors'
import { CONTENT_TYPES, spreadsheetFile } from '../../endpoints/spreadsheetExport'
import { handled } from '../../endpoints/respond'
import { canViewExpiring, expiringDocuments, expiryText } from './compute'

/** The list's path below the collection (GET /api/workers/expiring/export). */
export const EXPIRING_EXPORT_PATH = '/expiring/export'

const TITLES = ['类型', '持有人', '所属企业', '证件', '有效期至', '状态']

/**
 * 证照到期清单 as an Excel file, for life-services staff: the rows the admin
 * view lists (worker names masked as the reader sees them), logged in the
 * audit log like every export.
 */
export const expiringExportEndpoint: Endpoint = {
  path: EXPIRING_EXPORT_PATH,
  method: 'get',
  handler: handled(async (req) => {
    if (!canViewExpiring(req.user as StaffUser)) throw new RequestError('FORBIDDEN', '只有生活服务监管人员和系统管理员可以导出证照到期清单', 403)
    const rows = await expiringDocuments(req)
    const division = userDivision(req.user as StaffUser)
    await writeAudit(req, {
      action: 'export',
      targetCollection: 'workers',
      summary: `导出证照到期清单 ${rows.length} 项（XLSX）`,
      scope: division ? parseDivisionCode(division.code).path : undefined,
    })
    const table = rows.map((row) => [row.holderKind, row.holder, row.provider, row.document, row.validUntil, expiryText(row.daysLeft)])
    const body = await spreadsheetFile('xlsx', [TITLES, ...table])
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': CONTENT_TYPES.xlsx,
        'Content-Disposition': `attachment; filename="expiring-${new Date().toISOString().slice(0, 10)}.xlsx"`,
        'Cache-Control': 'no-store',
      },
    })
  }),
}
