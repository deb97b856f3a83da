import type { Endpoint } from 'payload'

import { hasRole } from '../../access'
import { RequestError } from '../../errors'
import { handled } from '../../endpoints/respond'
import { POPULATION_ROLES } from '../../population/access'
import { checkRows } from './checkRows'
import { importPersons } from './importPersons'
import { readTable } from './readTable'

/** An import file of a million rows is about 150 MB of CSV; refuse more before reading it. */
const MAX_FILE_BYTES = 200 * 1024 * 1024

/**
 * `POST /api/persons/import` (multipart: `file`, and `mode` = `check` or
 * `commit`): check every row and report each bad cell; with `commit` and no
 * problems, write them all in one transaction. 422 with the report when any
 * row is bad (`{ code, message }` and the report), and then nothing is written.
 */
export const importEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: handled(async (req) => {
    if (!hasRole(req.user, ...POPULATION_ROLES)) throw new RequestError('FORBIDDEN', '只有人口信息登记员和系统管理员可以导入', 403)
    if (Number(req.headers.get('content-length') ?? 0) > MAX_FILE_BYTES) {
      throw new RequestError('PAYLOAD_TOO_LARGE', '文件太大：一次导入不超过200MB', 413)
    }
    const form = await req.formData?.().catch(() => null)
    const file = form?.get('file')
    if (!file || typeof file === 'string') throw new RequestError('FILE_REQUIRED', '请选择要导入的 CSV 或 Excel 文件', 400)
    const mode = form?.get('mode') === 'commit' ? 'commit' : 'check'
    const checked = await checkRows(req, await readTable(Buffer.from(await file.arrayBuffer())))
    const report = { mode, file: file.name, rows: checked.rows, problems: checked.problems, warnings: checked.warnings }
    if (checked.problems.length > 0 || checked.persons.length === 0) {
      // The refusal's shape, with the report beside it: every bad cell by row and column.
      const refusal = checked.problems.length > 0
        ? { code: 'ROWS_INVALID', message: `发现 ${checked.problems.length} 处问题，文件没有导入` }
        : { code: 'NO_ROWS', message: '文件中没有人员数据' }
      return Response.json({ ...refusal, ...report, created: 0 }, { status: 422 })
    }
    if (mode === 'check') return Response.json({ ...report, created: 0 })
    const created = await importPersons(req, checked.persons, file.name)
    return Response.json({ ...report, created }, { status: 201 })
  }),
}
