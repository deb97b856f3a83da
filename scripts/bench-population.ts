/**
 * `npm run bench:population -- --persons=1000000`: the population base on
 * the embedded SQLite database, in this process through the Local API (the
 * same code the endpoints run), on a throw-away data folder:
 * - import: a synthetic population (scripts/lib/population/generate.ts) in
 *   the import template's columns, checked row by row (checkRows) and
 *   written in one transaction (importPersons); goal ≥ 5,000 rows/s;
 * - look-up by ID number as a city registrar (access rules and masking
 *   applied), 1,000 random numbers; goal p95 ≤ 5 ms;
 * - a scoped list page of 50 as a street registrar in the list's default
 *   order (by name), 200 pages spread over the whole list;
 *   goal p95 ≤ 100 ms;
 * - the city's list of possible duplicates (same name and birth date);
 * - the 人口统计 dashboard for the city, a district, a street and a
 *   community; goal ≤ 1 s;
 * - the database size per person.
 * `--keep` keeps the data folder; `--data=<folder>` measures again on a kept
 * one without importing (after an index change, say).
 * A benchmark reports figures; it exits non-zero only when it cannot run.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { sql } from '@payloadcms/db-sqlite/drizzle'
import { createLocalReq, type Payload } from 'payload'

import type { StaffUser } from '../collections/access'
import { refreshPlannerStatistics } from '../cms/jobs/refreshPlannerStatistics'
import { populationStatistics } from '../collections/population/statistics/compute'
import { PERSON_COLUMNS } from '../collections/Persons/transfer/columns'
import { checkRows } from '../collections/Persons/transfer/checkRows'
import { importPersons } from '../collections/Persons/transfer/importPersons'
import { parseDivisionCode } from '../collections/Divisions/code'
import { listCommunities } from '../collections/Divisions/lookup'
import { percentile } from './lib/bench/timing'
import { runCli } from './lib/cli'
import { openPayload } from './lib/payload'
import { generateHouseholds } from './lib/population/generate'
import { seedContent } from './lib/seed'

const GOALS = { importPerSecond: 5000, lookupP95Ms: 5, listP95Ms: 100, dashboardMs: 1000 }
const LOOKUPS = 1000
const LIST_PAGES = 200
/** Rows checked and written per transaction: all or nothing per batch, as an import file of this size would be split. */
const BATCH = 50_000

const ms = (value: number) => `${value.toFixed(1)} ms`

/** A registrar at `code`'s level, as access rules read a signed-in user. */
const registrarAt = (code: string): StaffUser => ({ collection: 'users', active: true, roles: ['registrar'], scope: parseDivisionCode(code).path })

/**
 * A stored registrar account at `code`'s level: look-ups by ID number are
 * audited under the account that made them.
 */
async function storedRegistrarAt(payload: Payload, code: string): Promise<StaffUser> {
  const { docs } = await payload.find({ collection: 'divisions', where: { code: { equals: code } }, depth: 0, limit: 1 })
  const user = await payload.create({
    collection: 'users',
    data: { username: `bench-registrar-${Date.now()}`, password: randomBytes(16).toString('hex'), name: '压测登记员', roles: ['registrar'], division: docs[0]!.id },
    depth: 0,
  })
  return { ...registrarAt(code), id: user.id } as StaffUser
}

/**
 * The database file's size once SQLite has folded its write-ahead log into
 * it (a benchmark's measurement, not feature code, so it may ask SQLite
 * directly; on MongoDB this figure does not apply).
 */
async function databaseBytes(payload: Payload, dataDir: string): Promise<number> {
  await (payload.db as unknown as { drizzle: { run: (query: unknown) => Promise<unknown> } }).drizzle.run(sql`PRAGMA wal_checkpoint(TRUNCATE)`)
  return statSync(path.join(dataDir, 'yizhan.db')).size
}

async function timeEach<T>(items: readonly T[], task: (item: T) => Promise<unknown>): Promise<number[]> {
  const times: number[] = []
  for (const item of items) {
    const started = performance.now()
    await task(item)
    times.push(performance.now() - started)
  }
  return times
}

/** The import's figures, and the database's size before it. */
type ImportFigures = { baselineBytes: number; checkMs: number; rate: number; rows: number; writeMs: number }

/** Generate `persons` people and import them in batches as the import screen does; the figures and a sample of their ID numbers. */
async function importPopulation(payload: Payload, dataDir: string, persons: number): Promise<{ figures: ImportFigures; sample: string[] }> {
  const baselineBytes = await databaseBytes(payload, dataDir)
  const communities = await listCommunities(payload)
  const households = generateHouseholds({ communities, households: Math.ceil(persons / 2.6) })
  const titles = PERSON_COLUMNS.map((column) => column.title)
  const rows = households
    .flatMap((household) =>
      household.members.map((member) => [
        member.name, member.idNumber, member.ethnicity, member.phone, `郑州市${household.address}`, `郑州市${household.address}`,
        household.communityCode, member.status, member.statusDate, member.insurance.join('、'), '',
      ]),
    )
    .slice(0, persons)
  console.log(`生成 ${rows.length.toLocaleString('en')} 人（${households.length.toLocaleString('en')} 户），每批 ${BATCH.toLocaleString('en')} 行检查并写入…`)

  const req = await createLocalReq({}, payload)
  let checkMs = 0
  let writeMs = 0
  for (let start = 0; start < rows.length; start += BATCH) {
    const started = performance.now()
    const checked = await checkRows(req, [titles, ...rows.slice(start, start + BATCH)])
    checkMs += performance.now() - started
    if (checked.problems.length > 0) throw new Error(`生成的数据有误：${JSON.stringify(checked.problems.slice(0, 3))}`)
    const writing = performance.now()
    await importPersons(req, checked.persons, `bench-${start}.csv`)
    writeMs += performance.now() - writing
    const done = Math.min(start + BATCH, rows.length)
    console.error(`  已导入 ${done.toLocaleString('en')} 行（${Math.round(done / ((checkMs + writeMs) / 1000))} 行/秒）`)
  }
  const sample = Array.from({ length: LOOKUPS }, (_, index) => rows[Math.floor((index * 7919) % rows.length)]![1]!)
  return { figures: { baselineBytes, rows: rows.length, checkMs, writeMs, rate: rows.length / ((checkMs + writeMs) / 1000) }, sample }
}

/** ID numbers of people already in the database (for --data), in blocks of 100 spread over the table; read unmasked, as the import wrote them. */
async function sampleIdNumbers(payload: Payload): Promise<string[]> {
  const pages = Math.max(1, Math.floor((await payload.count({ collection: 'persons' })).totalDocs / 100))
  const sample: string[] = []
  for (let block = 0; block < LOOKUPS / 100; block += 1) {
    const { docs } = await payload.find({ collection: 'persons', sort: 'createdAt', limit: 100, page: 1 + ((block * 997) % pages), depth: 0, showHiddenFields: true, select: { idNumber: true } })
    sample.push(...docs.map((doc) => doc.idNumber))
  }
  return sample
}

async function measure(payload: Payload, dataDir: string, imported: null | ImportFigures, sample: string[]): Promise<void> {
  const city = await storedRegistrarAt(payload, '410100000000')
  const lookups = await timeEach(sample, (idNumber) =>
    payload.find({ collection: 'persons', where: { idNumber: { equals: idNumber } }, user: city, overrideAccess: false, depth: 0, limit: 1, pagination: false }),
  )
  const street = registrarAt('410105001000')
  const { totalPages } = await payload.find({ collection: 'persons', user: street, overrideAccess: false, depth: 0, limit: 50 })
  const pages = Array.from({ length: LIST_PAGES }, (_, index) => 1 + ((index * 37) % Math.max(1, totalPages)))
  const lists = await timeEach(pages, (page) =>
    payload.find({ collection: 'persons', user: street, overrideAccess: false, depth: 0, limit: 50, page }),
  )
  const flagged = await timeEach(Array.from({ length: 20 }, (_, index) => index), () =>
    payload.find({ collection: 'persons', where: { possibleDuplicate: { equals: true } }, user: city, overrideAccess: false, depth: 0, limit: 50 }),
  )
  const flaggedCount = (await payload.count({ collection: 'persons', where: { possibleDuplicate: { equals: true } } })).totalDocs
  const dashboards: [string, number][] = []
  for (const [label, code] of [['全市', '410100000000'], ['金水区', '410105000000'], ['经八路街道', '410105001000'], ['纬五路社区', '410105001001']] as const) {
    await populationStatistics(payload, registrarAt(code))
    const [time] = await timeEach([code], () => populationStatistics(payload, registrarAt(code)))
    dashboards.push([label, time!])
  }
  const persons = (await payload.count({ collection: 'persons' })).totalDocs

  const verdict = (met: boolean) => (met ? '达到' : '未达到')
  console.log(`\n人口基础信息基准（SQLite，${os.cpus().length} 核，Node ${process.version}，${persons.toLocaleString('en')} 人）`)
  if (imported) {
    console.log(`- 导入：检查 ${(imported.checkMs / 1000).toFixed(1)} 秒，写入 ${(imported.writeMs / 1000).toFixed(1)} 秒，合计 ${Math.round(imported.rate).toLocaleString('en')} 行/秒（目标 ≥ ${GOALS.importPerSecond.toLocaleString('en')}，${verdict(imported.rate >= GOALS.importPerSecond)}）`)
  }
  console.log(`- 按身份证号查找（市级登记员，${sample.length} 次）：p50 ${ms(percentile(lookups, 0.5))}，p95 ${ms(percentile(lookups, 0.95))}（目标 ≤ ${GOALS.lookupP95Ms} ms，${verdict(percentile(lookups, 0.95) <= GOALS.lookupP95Ms)}）`)
  console.log(`- 街道登记员的列表页（每页 50，默认按姓名，${LIST_PAGES} 页）：p50 ${ms(percentile(lists, 0.5))}，p95 ${ms(percentile(lists, 0.95))}（目标 ≤ ${GOALS.listP95Ms} ms，${verdict(percentile(lists, 0.95) <= GOALS.listP95Ms)}）`)
  console.log(`- 疑似重复（同名同出生日期，共 ${flaggedCount.toLocaleString('en')} 人）的市级列表页：p50 ${ms(percentile(flagged, 0.5))}，p95 ${ms(percentile(flagged, 0.95))}`)
  console.log(`- 人口统计：${dashboards.map(([label, time]) => `${label} ${Math.round(time)} ms`).join('，')}（目标 ≤ ${GOALS.dashboardMs} ms，${verdict(dashboards.every(([, time]) => time <= GOALS.dashboardMs))}）`)
  const bytes = await databaseBytes(payload, dataDir)
  console.log(`- 数据库大小：每人约 ${((imported ? bytes - imported.baselineBytes : bytes) / persons / 1024).toFixed(2)} KB（含索引、审计日志${imported ? '' : '、内容和账号'}）`)
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { persons: { type: 'string', default: '1000000' }, keep: { type: 'boolean', default: false }, data: { type: 'string' } },
  })
  const persons = Number(values.persons)
  if (!Number.isInteger(persons) || persons < 100) throw new Error('--persons 应为不小于 100 的整数')
  // --data measures again on a folder an earlier run kept (after an index change, say), without importing.
  const reused = values.data ? path.resolve(values.data) : null
  const dataDir = reused ?? mkdtempSync(path.join(os.tmpdir(), 'yizhan-bench-population-'))
  process.env.DATA_DIR = dataDir
  process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')
  // One registrar makes all LOOKUPS exact look-ups at once: above the per-person limit, not what is measured.
  process.env.PERSONAL_LOOKUP_LIMIT ??= `${LOOKUPS * 10}/3600`
  delete process.env.DATABASE_URI
  const payload = await openPayload()
  try {
    if (reused) {
      console.log(`使用已有的数据目录 ${reused}（不导入）`)
      await refreshPlannerStatistics(payload)
      await measure(payload, dataDir, null, await sampleIdNumbers(payload))
    } else {
      await seedContent(payload, { demo: false, rebuildPortal: false })
      const { figures, sample } = await importPopulation(payload, dataDir, persons)
      // What the hourly job (and every start) does for a server after such an import.
      await refreshPlannerStatistics(payload)
      await measure(payload, dataDir, figures, sample)
    }
  } finally {
    await payload.destroy()
    if (reused || values.keep) console.log(`数据保留在 ${dataDir}`)
    else rmSync(dataDir, { recursive: true, force: true })
  }
}

runCli(main)
