import type { Payload, Where } from 'payload'

import { stringify } from 'csv-stringify'
import { once } from 'node:events'
import { createWriteStream, type WriteStream } from 'node:fs'
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { finished } from 'node:stream/promises'

import type { OpenDataFile } from '../../site/lib/snapshot'
import type { Ticket } from '../payload-types'
import { chinaDate } from '../../collections/CalendarDays/workingDays'
import { relationId } from '../../collections/relations'
import { asServiceRequest } from '../../collections/Tickets/inbound/open311/requests'
import { resolveDataDir } from '../config/paths'

/**
 * 开放数据: a daily anonymised bulk export of the work orders, as CSV and
 * JSON, with the fields of a GeoReport v2 service request that carry nothing
 * personal (no description, address, point, picture, name or phone) and the
 * division codes. Orders whose caller asked for confidentiality are left
 * out. Written by the nightly job (cms/jobs/openData.ts) into
 * DATA_DIR/open-data/, copied into the portal at /open-data/ by each build.
 */

/** Where the exports are kept between portal builds. */
export const openDataDir = (): string => path.join(resolveDataDir(), 'open-data')
/** The published record's JSON Schema file. */
export const SCHEMA_FILE = 'work-order.schema.json'
/** Dated exports kept: a week's. */
const KEPT_EXPORTS = 7
const PAGE = 1000
const FILE_NAME = /^work-orders-(\d{4}-\d{2}-\d{2})\.(csv|json)$/

export const OPEN_DATA_COLUMNS = [
  'service_request_id',
  'status',
  'service_name',
  'service_code',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'agency_responsible',
  'district_code',
  'street_code',
  'community_code',
] as const
export type OpenDataRecord = Record<(typeof OPEN_DATA_COLUMNS)[number], null | string>

const nullableString = (description: string, extra: Record<string, unknown> = {}) => ({ type: ['string', 'null'], description, ...extra })
const divisionCode = (level: string) => nullableString(`${level}的12位统计用区划代码`, { pattern: '^\\d{12}$' })

/** A record of the export, as JSON Schema 2020-12 (published beside the files). */
export const OPEN_DATA_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'work-order.schema.json',
  title: '12345热线工单（开放数据）',
  description: '按 Open311 GeoReport v2 服务请求的字段，去掉诉求内容、地址、坐标、图片和来电人信息；来电人要求保密的工单不导出。时间为 ISO 8601。',
  type: 'object',
  additionalProperties: false,
  required: [...OPEN_DATA_COLUMNS],
  properties: {
    service_request_id: { type: 'string', description: '工单编号', minLength: 1 },
    status: { enum: ['open', 'closed'], description: 'open：办理中；closed：已办结' },
    service_name: nullableString('相关办事事项名称'),
    service_code: nullableString('相关办事事项编码'),
    requested_datetime: { type: 'string', format: 'date-time', description: '受理时间' },
    updated_datetime: { type: 'string', format: 'date-time', description: '最后更新时间' },
    expected_datetime: nullableString('应办结时间', { format: 'date-time' }),
    agency_responsible: nullableString('承办单位'),
    district_code: divisionCode('区'),
    street_code: divisionCode('街道'),
    community_code: divisionCode('社区'),
  },
} as const

/** Orders whose caller did not ask for confidentiality (older orders may have no flag). */
const NOT_CONFIDENTIAL: Where = { or: [{ 'caller.confidential': { equals: false } }, { 'caller.confidential': { exists: false } }] }

type Names = { divisions: Map<string, string>; departments: Map<string, string>; services: Map<string, { code: string; title: string }> }

async function namesOf(payload: Payload): Promise<Names> {
  const all = { pagination: false, depth: 0, overrideAccess: true } as const
  const [divisions, departments, services] = await Promise.all([
    payload.find({ collection: 'divisions', ...all, select: { name: true } }),
    payload.find({ collection: 'departments', ...all, select: { name: true } }),
    payload.find({ collection: 'services', ...all, select: { code: true, title: true } }),
  ])
  return {
    divisions: new Map(divisions.docs.map((doc) => [String(doc.id), doc.name])),
    departments: new Map(departments.docs.map((doc) => [String(doc.id), doc.name])),
    services: new Map(services.docs.map((doc) => [String(doc.id), { code: doc.code, title: doc.title }])),
  }
}

/** One order as published: GeoReport's public fields (asServiceRequest without a key), the handling unit and the division codes. */
function toRecord(ticket: Ticket, names: Names): OpenDataRecord {
  const request = asServiceRequest(ticket, names.services, false)
  const agency = names.departments.get(String(relationId(ticket.assignee?.department) ?? '')) ?? names.divisions.get(String(relationId(ticket.assignee?.division) ?? ''))
  return {
    service_request_id: String(request.service_request_id),
    status: request.status,
    service_name: request.service_name,
    service_code: request.service_code,
    requested_datetime: request.requested_datetime ?? ticket.createdAt,
    updated_datetime: request.updated_datetime,
    expected_datetime: request.expected_datetime,
    agency_responsible: agency ?? null,
    district_code: ticket.scope?.district ?? null,
    street_code: ticket.scope?.street ?? null,
    community_code: ticket.scope?.community ?? null,
  }
}

/** The orders to publish, by number, a page at a time (each page starts after the last number seen, so deep pages cost no more than the first). */
async function* exportedOrders(payload: Payload, names: Names): AsyncGenerator<OpenDataRecord> {
  let after = ''
  for (;;) {
    const { docs } = await payload.find({
      collection: 'tickets',
      where: { and: [NOT_CONFIDENTIAL, ...(after ? [{ number: { greater_than: after } }] : [])] },
      sort: 'number',
      limit: PAGE,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { number: true, status: true, service: true, receivedAt: true, createdAt: true, updatedAt: true, dueDate: true, assignee: true, scope: true },
    })
    for (const ticket of docs) yield toRecord(ticket as Ticket, names)
    if (docs.length < PAGE) return
    after = String(docs[docs.length - 1]!.number)
  }
}

/** Write to a stream, waiting when its buffer is full. */
async function write(stream: NodeJS.WritableStream, chunk: unknown): Promise<void> {
  if (!stream.write(chunk as string)) await once(stream, 'drain')
}

export type OpenDataReport = { date: string; records: number }

/**
 * Export every published order as work-orders-<date>.csv and .json (the
 * date in China), streamed page by page: each file is written under a
 * temporary name and renamed when complete. The schema is written beside
 * them, and exports older than a week are removed.
 */
export async function writeOpenDataExport(payload: Payload, { dir = openDataDir(), date = chinaDate() }: { date?: string; dir?: string } = {}): Promise<OpenDataReport> {
  await mkdir(dir, { recursive: true })
  const base = path.join(dir, `work-orders-${date}`)
  const partial = `.partial-${process.pid}`
  const csvFile: WriteStream = createWriteStream(`${base}.csv${partial}`)
  const csv = stringify({ header: true, columns: [...OPEN_DATA_COLUMNS], bom: true })
  csv.pipe(csvFile)
  const json: WriteStream = createWriteStream(`${base}.json${partial}`)
  let records = 0
  try {
    await write(json, '[')
    for await (const record of exportedOrders(payload, await namesOf(payload))) {
      await write(csv, record)
      await write(json, `${records === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`)
      records += 1
    }
    await write(json, '\n]\n')
    csv.end()
    json.end()
    await Promise.all([finished(csvFile), finished(json)])
    await rename(`${base}.csv${partial}`, `${base}.csv`)
    await rename(`${base}.json${partial}`, `${base}.json`)
    await writeFile(path.join(dir, SCHEMA_FILE), `${JSON.stringify(OPEN_DATA_SCHEMA, null, 2)}\n`)
    await removeOldExports(dir)
    return { date, records }
  } finally {
    csvFile.destroy()
    json.destroy()
    await rm(`${base}.csv${partial}`, { force: true })
    await rm(`${base}.json${partial}`, { force: true })
  }
}

async function removeOldExports(dir: string): Promise<void> {
  const dates = [...new Set((await readdir(dir)).flatMap((name) => FILE_NAME.exec(name)?.[1] ?? []))].sort().reverse()
  for (const old of dates.slice(KEPT_EXPORTS)) {
    await Promise.all(['csv', 'json'].map((suffix) => rm(path.join(dir, `work-orders-${old}.${suffix}`), { force: true })))
  }
}

/** The exports in `dir`, newest first; none when the nightly job has not run yet. */
export async function listOpenData(dir = openDataDir()): Promise<OpenDataFile[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  const files = await Promise.all(
    names.flatMap((name) => {
      const match = FILE_NAME.exec(name)
      return match ? [stat(path.join(dir, name)).then((info) => ({ name, date: match[1]!, format: match[2] as 'csv' | 'json', bytes: info.size }))] : []
    }),
  )
  return files.sort((a, b) => b.date.localeCompare(a.date) || a.format.localeCompare(b.format))
}
