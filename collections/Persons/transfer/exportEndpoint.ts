import type { Endpoint, Where } from 'payload'

import { stringify } from 'csv-stringify/sync'
import writeXlsxFile from 'write-excel-file/node'

import { hasRole, userDivision } from '../../access'
import { writeAudit } from '../../AuditLog/record'
import { parseDivisionCode } from '../../Divisions/code'
import { RequestError } from '../../errors'
import { handled } from '../../endpoints/respond'
import { neutraliseFormula } from '../../validation/spreadsheet'
import { POPULATION_ROLES } from '../../population/access'
import { whereForLog } from '../../privacy/personalFields'
import { PERSON_COLUMNS } from './columns'
import { personRow } from './personRow'

const PAGE = 1000
/** A spreadsheet is built in memory; larger exports are CSV. */
const XLSX_MAX_ROWS = 100_000

/**
 * `GET /api/persons/export?format=csv|xlsx` with the list's `where` filter:
 * the persons the signed-in user may read, in the import template's columns,
 * ID numbers, phones and addresses masked as everywhere else, cells that
 * a spreadsheet could run as a formula behind a quote. Each export
 * is written to the audit log (how many, which filter).
 */
export const exportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: handled(async (req) => {
    if (!hasRole(req.user, ...POPULATION_ROLES)) throw new RequestError('FORBIDDEN', '只有人口信息登记员和系统管理员可以导出', 403)
    const format = req.searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv'
    const where = (req.query?.where ?? {}) as Where
    const rows: string[][] = []
    for (let page = 1; ; page += 1) {
      const result = await req.payload.find({
        collection: 'persons',
        where,
        limit: PAGE,
        page,
        depth: 0,
        user: req.user,
        overrideAccess: false,
        req,
      })
      rows.push(...result.docs.map(personRow))
      if (format === 'xlsx' && rows.length > XLSX_MAX_ROWS) {
        throw new RequestError('EXPORT_TOO_LARGE', `Excel 一次最多导出 ${XLSX_MAX_ROWS.toLocaleString('en')} 人，请缩小筛选范围或导出 CSV`, 422)
      }
      if (!result.hasNextPage) break
    }
    const division = userDivision(req.user)
    await writeAudit(req, {
      action: 'export',
      targetCollection: 'persons',
      summary: `导出 ${rows.length} 人（${format.toUpperCase()}）`,
      detail: Object.keys(where).length > 0 ? `筛选条件：${JSON.stringify(whereForLog(req.payload, 'persons', where))}` : '全部（本辖区）',
      scope: division ? parseDivisionCode(division.code).path : undefined,
    })
    const titles = PERSON_COLUMNS.map((column) => column.title)
    const stamp = new Date().toISOString().slice(0, 10)
    const table = [titles, ...rows.map((row) => row.map(neutraliseFormula))]
    const body =
      format === 'xlsx'
        ? await writeXlsxFile(table.map((row) => row.map((value) => ({ value, type: String }))) as never).toBuffer()
        : Buffer.from(`\uFEFF${stringify(table, { record_delimiter: 'windows' })}`)
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="persons-${stamp}.${format}"`,
        'Cache-Control': 'no-store',
      },
    })
  }),
}
