import type { Person } from '../../../cms/payload-types'
import { hasRole } from '../../access'
import { spreadsheetExportEndpoint } from '../../endpoints/spreadsheetExport'
import { POPULATION_ROLES } from '../../population/access'
import { PERSON_COLUMNS } from './columns'
import { personRow } from './personRow'

/**
 * `GET /api/persons/export?format=csv|xlsx` with the list's `where` filter:
 * the persons the signed-in user may read, in the import template's columns,
 * ID numbers, phones and addresses masked as everywhere else (the shared
 * export: endpoints/spreadsheetExport.ts). A spreadsheet is built in memory,
 * so larger exports are CSV.
 */
export const exportEndpoint = spreadsheetExportEndpoint<Person>({
  collection: 'persons',
  allowed: (req) => hasRole(req.user, ...POPULATION_ROLES),
  refusedMessage: '只有人口信息登记员和系统管理员可以导出',
  titles: PERSON_COLUMNS.map((column) => column.title),
  row: personRow,
  unit: '人',
  filePrefix: 'persons',
  maxRows: { xlsx: 100_000, csv: Number.MAX_SAFE_INTEGER },
})
