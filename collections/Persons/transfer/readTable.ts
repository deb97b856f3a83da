import { Worker } from 'node:worker_threads'
import path from 'node:path'

import { ROOT_DIR } from '../../../cms/config/paths'
import { RequestError } from '../../errors'

/** A table as text cells, first row the titles. */
export type Table = string[][]

/** The parser, loaded by path: see the file's opening comment. */
const WORKER_FILE = path.join(ROOT_DIR, 'collections', 'Persons', 'transfer', 'readTableWorker.mjs')

const DEFAULT_MAX_ROWS = 200_000

/** Rows one import file may hold (`PERSONS_IMPORT_MAX_ROWS`, default 200,000). */
export function importMaxRows(env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.PERSONS_IMPORT_MAX_ROWS?.trim())
  return Number.isSafeInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_ROWS
}

type WorkerMessage = { done: true } | { failure: 'too-many-rows' | 'unreadable' } | { rows: Table }

const refusal = (failure: 'too-many-rows' | 'unreadable', maxRows: number): RequestError =>
  failure === 'too-many-rows'
    ? new RequestError('TOO_MANY_ROWS', `文件超过 ${maxRows.toLocaleString('en')} 行：请把它拆成每个不超过 ${maxRows.toLocaleString('en')} 行的文件，分别导入`, 413)
    : new RequestError('UNREADABLE_FILE', '无法读取这个文件：请上传 CSV（UTF-8 或 GBK 编码）或 Excel（.xlsx）文件', 400)

/**
 * Read an uploaded CSV or XLSX (the first sheet) with maintained parsers
 * (csv-parse, read-excel-file), the kind decided by the bytes — in a worker
 * thread, so that parsing a large file does not hold up other requests. The
 * rows come back in pieces, each a short piece of work for this thread.
 * More than `maxRows` rows below the titles are refused (413).
 */
export function readTable(bytes: Buffer, maxRows = importMaxRows()): Promise<Table> {
  const copy = new Uint8Array(bytes)
  const worker = new Worker(WORKER_FILE, { workerData: { bytes: copy, maxRows }, transferList: [copy.buffer] })
  const rows: Table = []
  return new Promise<Table>((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      if ('rows' in message) rows.push(...message.rows)
      else if ('done' in message) resolve(rows)
      else reject(refusal(message.failure, maxRows))
    })
    worker.on('error', () => reject(refusal('unreadable', maxRows)))
    worker.on('exit', () => reject(refusal('unreadable', maxRows)))
  }).finally(() => void worker.terminate())
}
