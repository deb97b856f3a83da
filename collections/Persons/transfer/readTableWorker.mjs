// Reads an uploaded CSV or XLSX in a worker thread (see readTable.ts), so a
// large spreadsheet never holds up the server's other requests. Plain
// JavaScript loaded by path at run time: the Next.js bundle cannot hold a
// worker's entry point, and Node loads this file and its packages as they are.
import { parse } from 'csv-parse/sync'
import { readSheet } from 'read-excel-file/node'
import { parentPort, workerData } from 'node:worker_threads'

/** Rows per message: the server thread takes each one in as a short piece of work. */
const ROWS_PER_MESSAGE = 2000

const isZip = (bytes) => bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50

/** CSV from Excel in China is often saved in GBK rather than UTF-8: read UTF-8 when the bytes are valid UTF-8, GBK otherwise. */
function decodeText(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gbk').decode(bytes)
  }
}

const cellText = (value) => {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return String(value).trim()
}

/** The table's rows (titles first), at most `maxRows` below the titles plus one, to tell that there are more. */
async function readRows(bytes, maxRows) {
  if (isZip(bytes)) return (await readSheet(bytes)).slice(0, maxRows + 2)
  return parse(decodeText(bytes), { bom: true, relax_column_count: true, skip_empty_lines: true, to: maxRows + 2 })
}

const { bytes, maxRows } = workerData
try {
  const rows = (await readRows(Buffer.from(bytes), maxRows)).map((row) => row.map(cellText))
  if (rows.length > maxRows + 1) {
    parentPort.postMessage({ failure: 'too-many-rows' })
  } else {
    for (let start = 0; start < rows.length; start += ROWS_PER_MESSAGE) parentPort.postMessage({ rows: rows.slice(start, start + ROWS_PER_MESSAGE) })
    parentPort.postMessage({ done: true })
  }
} catch {
  parentPort.postMessage({ failure: 'unreadable' })
}
