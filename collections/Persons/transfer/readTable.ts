import { parse } from 'csv-parse/sync'
import { readSheet } from 'read-excel-file/node'

import { RequestError } from '../../errors'

/** A table as text cells, first row the titles. */
export type Table = string[][]

const isZip = (bytes: Buffer): boolean => bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50

/**
 * CSV from Excel in China is often saved in GBK rather than UTF-8: read
 * UTF-8 when the bytes are valid UTF-8, GBK otherwise.
 */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gbk').decode(bytes)
  }
}

const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return String(value).trim()
}

/**
 * Read an uploaded CSV or XLSX (the first sheet) with maintained parsers
 * (csv-parse, read-excel-file): the kind is decided by the bytes.
 */
export async function readTable(bytes: Buffer): Promise<Table> {
  try {
    if (isZip(bytes)) {
      const rows = await readSheet(bytes)
      return rows.map((row) => row.map(cellText))
    }
    const rows = parse(decodeText(bytes), { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][]
    return rows.map((row) => row.map(cellText))
  } catch (error) {
    if (error instanceof RequestError) throw error
    throw new RequestError('UNREADABLE_FILE', '无法读取这个文件：请上传 CSV（UTF-8 或 GBK 编码）或 Excel（.xlsx）文件', 400)
  }
}
