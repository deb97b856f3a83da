import type { PayloadRequest } from 'payload'

import { parse } from 'csv-parse/sync'

import { withTransaction } from '../../../cms/lib/withTransaction'
import { writeAudit } from '../../AuditLog/record'
import { AUDITED_AS_IMPORT } from '../../privacy/auditHooks'
import { BUMP_LATER, bumpWordsVersion } from '../../community/screening'
import { compactWord } from '../../community/screening/normalise'
import { WORD_ACTIONS, type WordAction } from '../../community/words'
import { RequestError } from '../../errors'

/**
 * The city's word lists, imported: a UTF-8 text or CSV file, one word a line,
 * optionally followed by `,block`, `,review` or `,mask` (or 禁止发布,
 * 转人工审核, 以*号遮盖). A first line 词语,处理方式 (or word,action) is a
 * heading. A word without an action is held for review when new and keeps
 * its action when listed already.
 */

export const WORD_MAX_LENGTH = 50
/** Problems listed in the answer; the rest are counted. */
const LISTED_PROBLEMS = 200
const HEADINGS = new Set(['词语', 'word'])

type Line = { action?: WordAction; line: number; word: string }
export type WordProblem = { line: number; reason: string }

/** What the file would change: what is new, what changes, and what is left as it is. */
export type ImportPlan = {
  create: { action: WordAction; word: string }[]
  update: { action: WordAction; id: number | string; word: string }[]
  unchanged: number
  duplicates: number
  problems: WordProblem[]
}

const actionOf = (cell: string): undefined | WordAction =>
  (Object.entries(WORD_ACTIONS) as [WordAction, string][]).find(([code, label]) => cell.toLowerCase() === code || cell === label)?.[0]

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new RequestError('UNREADABLE_FILE', '无法读取这个文件：请上传 UTF-8 编码的文本或 CSV 文件，每行一个词', 400)
  }
}

/** The file's lines as words with their actions, and each line that cannot be one. */
export function readWordList(bytes: Uint8Array): { lines: Line[]; problems: WordProblem[] } {
  let rows: { line: number; cells: string[] }[]
  try {
    // With `info`, each record comes with where it was read (csv-parse's types do not say so).
    const records = parse(decodeUtf8(bytes), { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true, info: true }) as unknown as { info: { lines: number }; record: string[] }[]
    rows = records.map(({ info, record }) => ({ line: info.lines, cells: record }))
  } catch {
    throw new RequestError('UNREADABLE_FILE', '无法读取这个文件：请上传 UTF-8 编码的文本或 CSV 文件，每行一个词', 400)
  }
  if (rows[0] && HEADINGS.has(rows[0].cells[0]!.toLowerCase())) rows.shift()
  const lines: Line[] = []
  const problems: WordProblem[] = []
  for (const { line, cells } of rows) {
    const [word = '', actionCell = '', ...rest] = cells
    const action = actionCell ? actionOf(actionCell) : undefined
    const reason =
      rest.some(Boolean) ? '一行只能有词语和处理方式两项'
      : !word ? '缺少词语'
      : word.length > WORD_MAX_LENGTH ? `词语不能超过${WORD_MAX_LENGTH}个字`
      : !compactWord(word) ? '词语里没有文字或数字'
      : actionCell && !action ? '处理方式只能是 block、review、mask（禁止发布、转人工审核、以*号遮盖）'
      : null
    if (reason) problems.push({ line, reason })
    else lines.push({ line, word, action })
  }
  return { lines, problems }
}

/** Compare the file's words with the list as it is (each word once: a later repeat counts as a duplicate). */
export async function planImport(req: PayloadRequest, { lines, problems }: ReturnType<typeof readWordList>): Promise<ImportPlan> {
  const { docs } = await req.payload.find({ collection: 'sensitive-words', pagination: false, depth: 0, select: { word: true, action: true, active: true }, req })
  const listed = new Map(docs.map((doc) => [doc.word, doc]))
  const seen = new Set<string>()
  const plan: ImportPlan = { create: [], update: [], unchanged: 0, duplicates: 0, problems }
  for (const { word, action } of lines) {
    if (seen.has(word)) {
      plan.duplicates += 1
      continue
    }
    seen.add(word)
    const existing = listed.get(word)
    if (!existing) plan.create.push({ word, action: action ?? 'review' })
    else if ((action && action !== existing.action) || !existing.active) plan.update.push({ id: existing.id, word, action: action ?? existing.action })
    else plan.unchanged += 1
  }
  return plan
}

/** The plan's counts, as the preview and the answer show them. */
export const planCounts = (plan: ImportPlan) => ({
  new: plan.create.length,
  changed: plan.update.length,
  unchanged: plan.unchanged,
  duplicates: plan.duplicates,
  invalid: plan.problems.length,
  problems: plan.problems.slice(0, LISTED_PROBLEMS),
})

/**
 * Write the plan in one transaction, as the administrator: new words
 * created, changed ones updated (and active again); the list's version bumped
 * once, and one audit entry naming the file and the counts — not the words.
 */
export async function importWords(req: PayloadRequest, plan: ImportPlan, fileName: string): Promise<void> {
  await withTransaction(
    req.payload,
    async (tx) => {
      tx.context[BUMP_LATER] = true
      tx.context[AUDITED_AS_IMPORT] = true
      for (const data of plan.create) await tx.payload.create({ collection: 'sensitive-words', data, req: tx, overrideAccess: false, depth: 0, select: {} })
      for (const { id, action } of plan.update) {
        await tx.payload.update({ collection: 'sensitive-words', id, data: { action, active: true }, req: tx, overrideAccess: false, depth: 0, select: {} })
      }
      await bumpWordsVersion(tx)
      await writeAudit(tx, {
        action: 'import',
        targetCollection: 'sensitive-words',
        summary: `导入敏感词：新增 ${plan.create.length} 个，修改 ${plan.update.length} 个`,
        detail: `文件：${fileName}`,
      })
    },
    req,
  )
}
