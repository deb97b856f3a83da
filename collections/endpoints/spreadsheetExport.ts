import type { CollectionSlug, Endpoint, PayloadRequest, Where } from 'payload'

import { stringify } from 'csv-stringify/sync'
import writeXlsxFile from 'write-excel-file/node'

import { userDivision } from '../access'
import { writeAudit } from '../AuditLog/record'
import { parseDivisionCode } from '../Divisions/code'
import { RequestError } from '../errors'
import { whereForLog } from '../privacy/personalFields'
import { neutraliseFormula } from '../validation/spreadsheet'
import { handled } from './respond'

type Format = 'csv' | 'xlsx'

const PAGE = 1000

export const CONTENT_TYPES: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

type SpreadsheetExport<Doc, Context> = {
  collection: CollectionSlug
  /** Who may export at all (their rows are then what their own read access gives), and the refusal's words for the others. */
  allowed: (req: PayloadRequest) => boolean
  refusedMessage: string
  /** The column titles, and one document as a row of text in that order (as the reader's copy has it: masked where they see masks). */
  titles: readonly string[]
  row: (doc: Doc, context: Context) => string[]
  /** What `row` needs, loaded once per export (a calendar, today's date). */
  prepare?: (req: PayloadRequest) => Promise<Context>
  /** What one row is counted as in messages and the log: 人, 件. */
  unit: string
  /** The file's name before the date. */
  filePrefix: string
  /** The most rows an export of each format may hold; a larger one is refused before anything is read. */
  maxRows: Record<Format, number>
}

/** All rows the reader may read under `where`, page by page with their own access (scope, masks, refusal of personal filters). */
async function readRows<Doc, Context>(req: PayloadRequest, options: SpreadsheetExport<Doc, Context>, where: Where, context: Context): Promise<string[][]> {
  const rows: string[][] = []
  for (let page = 1; ; page += 1) {
    const result = await req.payload.find({ collection: options.collection, where, limit: PAGE, page, depth: 0, user: req.user, overrideAccess: false, req })
    rows.push(...result.docs.map((doc) => options.row(doc as Doc, context)))
    if (!result.hasNextPage) return rows
  }
}

/** The table as a file: every cell a spreadsheet could run as a formula behind a quote (OWASP), CSV with a BOM for Excel. */
export async function spreadsheetFile(format: Format, table: string[][]): Promise<Buffer> {
  const safe = table.map((row) => row.map(neutraliseFormula))
  if (format === 'xlsx') return writeXlsxFile(safe.map((row) => row.map((value) => ({ value, type: String }))) as never).toBuffer()
  return Buffer.from(`\uFEFF${stringify(safe, { record_delimiter: 'windows' })}`)
}

/**
 * `GET /api/<collection>/export?format=csv|xlsx` with a list's `where`
 * filter (as the admin's list has it in its address): the documents the
 * signed-in user may read under that filter, with their own access and
 * masks, as a spreadsheet whose formula-like cells are neutralised. Too many
 * rows are refused (422) before any is read; each export is written to the
 * audit log (how many, which filter, personal values in it left out).
 */
export function spreadsheetExportEndpoint<Doc, Context = undefined>(options: SpreadsheetExport<Doc, Context>): Endpoint {
  const { collection, unit } = options
  return {
    path: '/export',
    method: 'get',
    handler: handled(async (req) => {
      if (!options.allowed(req)) throw new RequestError('FORBIDDEN', options.refusedMessage, 403)
      const format: Format = req.searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv'
      const where = (req.query?.where ?? {}) as Where
      const { totalDocs } = await req.payload.count({ collection, where, user: req.user, overrideAccess: false, req })
      const max = options.maxRows[format]
      if (totalDocs > max) {
        const other = format === 'xlsx' && options.maxRows.csv > max ? '或导出 CSV' : ''
        throw new RequestError('EXPORT_TOO_LARGE', `${format === 'xlsx' ? 'Excel' : 'CSV'} 一次最多导出 ${max.toLocaleString('en')} ${unit}，请缩小筛选范围${other}`, 422)
      }
      const rows = await readRows(req, options, where, (await options.prepare?.(req)) as Context)
      const division = userDivision(req.user)
      await writeAudit(req, {
        action: 'export',
        targetCollection: collection,
        summary: `导出 ${rows.length} ${unit}（${format.toUpperCase()}）`,
        detail: Object.keys(where).length > 0 ? `筛选条件：${JSON.stringify(whereForLog(req.payload, collection, where))}` : '全部（本辖区）',
        scope: division ? parseDivisionCode(division.code).path : undefined,
      })
      const body = await spreadsheetFile(format, [[...options.titles], ...rows])
      return new Response(new Uint8Array(body), {
        headers: {
          'Content-Type': CONTENT_TYPES[format],
          'Content-Disposition': `attachment; filename="${options.filePrefix}-${new Date().toISOString().slice(0, 10)}.${format}"`,
          'Cache-Control': 'no-store',
        },
      })
    }),
  }
}
