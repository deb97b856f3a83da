import type { Endpoint } from 'payload'

import { hasRole } from '../../access'
import { answer, handled } from '../../endpoints/respond'
import { RequestError } from '../../errors'
import { importWords, planCounts, planImport, readWordList } from './wordList'

/** A list of 100,000 words is about 2 MB; refuse more than a few times that before reading it. */
const MAX_FILE_BYTES = 10 * 1024 * 1024

/**
 * `POST /api/sensitive-words/import` (multipart: `file`, and `mode` = `check`
 * or `commit`), administrators only: the counts the file would bring (new,
 * changed, unchanged, duplicates, invalid lines with their reasons); with
 * `commit` and no invalid line, the words written in one transaction (201).
 * 422 with the counts when a line is invalid or the file holds no word, and
 * then nothing is written.
 */
export const importWordsEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: handled(async (req) => {
    if (!hasRole(req.user, 'admin')) throw new RequestError('FORBIDDEN', '只有系统管理员可以导入敏感词', 403)
    if (Number(req.headers.get('content-length') ?? 0) > MAX_FILE_BYTES) throw new RequestError('PAYLOAD_TOO_LARGE', '文件太大：一次导入不超过10MB', 413)
    const form = await req.formData?.().catch(() => null)
    const file = form?.get('file')
    if (!file || typeof file === 'string') throw new RequestError('FILE_REQUIRED', '请选择要导入的词表文件（.txt 或 .csv）', 400)
    if (file.size > MAX_FILE_BYTES) throw new RequestError('PAYLOAD_TOO_LARGE', '文件太大：一次导入不超过10MB', 413)
    const mode = form?.get('mode') === 'commit' ? 'commit' : 'check'
    const read = readWordList(new Uint8Array(await file.arrayBuffer()))
    const plan = await planImport(req, read)
    const report = { mode, file: file.name, ...planCounts(plan) }
    if (plan.problems.length > 0) return answer(req, { code: 'ROWS_INVALID', message: `发现 ${plan.problems.length} 行有问题，词表没有导入`, ...report }, 422)
    if (read.lines.length === 0) return answer(req, { code: 'NO_ROWS', message: '文件中没有词语', ...report }, 422)
    if (mode === 'check') return answer(req, report)
    await importWords(req, plan, file.name)
    return answer(req, report, 201)
  }),
}
