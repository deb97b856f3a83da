/**
 * `npm run bench:hotline`: the hotline on the embedded SQLite database,
 * against the real platform (`npm start` in demo mode on a throw-away data
 * folder, per-client limits lifted):
 * - work orders from callers who each call about five times: the first
 *   20,000 (--written) through the Local API, 500 to a transaction (rate
 *   reported), the rest to 1,000,000 (--orders) copied from them in SQL (see
 *   copyOrders);
 * - the desk's caller look-up (GET /api/tickets/caller) as agent-city for
 *   200 different callers, one after another; goal p95 ≤ 50 ms;
 * - the desk's guide search in Chromium, typed one character at a time;
 *   goal ≤ 100 ms per keystroke (the search after the typing pause, which
 *   asks the knowledge base at the same time: 2,000 published entries,
 *   KNOWLEDGE_ENTRIES, written through the Local API);
 * - Open311 POST requests (form-encoded, api_key) from 10 connections;
 *   goal ≥ 200/s;
 * - web requests (网上12345, POST /api/tickets/web, JSON as the portal's
 *   script sends without photos) from 10 connections; goal ≥ the Open311
 *   POST rate, zero errors.
 * Options: --orders=1000000 --written=20000 --post-seconds=30 --web-seconds=30 --connections=10
 * --workers=<cores> --keep. A benchmark reports figures; it exits non-zero
 * only when it cannot run.
 */
import os from 'node:os'
import { parseArgs } from 'node:util'

import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'
import { chromium } from 'playwright-core'

import { withTransaction } from '../cms/lib/withTransaction'
import { listCommunities } from '../collections/Divisions/lookup'
import { TICKET_CHANNEL_LABELS, TICKET_KIND_LABELS } from '../collections/Tickets/states'
import { CHROMIUM_ARGS, chromiumPath } from '../test/browser/chromium'
import { runLoad } from './lib/bench/load'
import { benchSite, runScriptForJson, startPlatform } from './lib/bench/platform'
import { describeLoad, ms, perSecond, type SummaryRow, summaryTable } from './lib/bench/report'
import { signInForToken, staffHeaders } from './lib/bench/staffSession'
import { percentile, timeRequest } from './lib/bench/timing'
import { runCli } from './lib/cli'
import { openPayload } from './lib/payload'
import { seedContent } from './lib/seed'

const GOALS = { lookupP95Ms: 50, keystrokeMs: 100, postPerSecond: 200 }
const UNLIMITED = '100000000/60'
const BATCH = 500
const ORDERS_PER_CALLER = 5
const LOOKUPS = 200
const API_KEY = 'bench-open311-key-000000000001'
/** What agents type while a caller talks: whole words, pinyin and initials. */
const SEARCHES = ['居住证', '身份证补办', 'shenfenzheng', 'sfz', '低保', '出生登记']
const KNOWLEDGE_ENTRIES = 2000

/** Knowledge entries for the desk to find beside the guides: about the searched words, for the city and its communities in turn. */
async function seedKnowledge(payload: Payload, areas: { id: number | string }[]): Promise<void> {
  const subjects = ['居住证', '身份证', '低保', '出生登记', '停水', '停电', '供暖', '道路施工']
  await withTransaction(payload, async (tx) => {
    for (let index = 0; index < KNOWLEDGE_ENTRIES; index += 1) {
      const subject = subjects[index % subjects.length]!
      await tx.payload.create({
        collection: 'knowledge-entries',
        data: { kind: 'local', title: `${subject}办理点临时调整（${index}）`, questions: [`${subject}去哪里办`], keywords: [subject], answer: `${subject}相关事项暂由便民服务中心一楼窗口办理，工作日9时至17时。`, areas: [areas[index % areas.length]!.id], _status: 'published' } as never,
        depth: 0,
        select: { title: true },
        req: tx,
      })
    }
  })
}

type SeedResult = { communityCode: string; topicCode: string; copied: number; copySeconds: number; phones: string[]; perSecond: number; seconds: number; serviceCode: string; written: number }

const phoneOf = (caller: number) => `13${String(100_000_000 + caller).slice(-9)}`

/** Multiplies n by a prime, so callers' orders are spread over the table (the same mapping in JS and SQL). */
const callerOf = (order: number, callers: number) => (order * 7919) % callers

/**
 * Fills the table up to `target` orders with copies of those written
 * through the Local API: each copy gets its own id, number (GD99…, a date
 * no real order has) and caller by the same mapping as the written ones,
 * received one day earlier per round. A benchmark's fixture, written in SQL
 * because a million orders through Payload's create take hours on two cores
 * (about 100 a second); the measurements read them through the endpoints.
 * Copies have no history entries, which the caller look-up does not read.
 */
async function copyOrders(payload: Payload, target: number, callers: number): Promise<number> {
  const drizzle = (payload.db as unknown as { drizzle: { all: <T>(query: SQL) => Promise<T[]>; run: (query: SQL) => Promise<unknown> } }).drizzle
  const [{ count: written, last }] = await drizzle.all<{ count: number; last: number }>(sql`SELECT count(*) AS count, max(rowid) AS last FROM tickets`) as [{ count: number; last: number }]
  const columns = (await drizzle.all<{ name: string }>(sql`PRAGMA table_info(tickets)`)).map((column) => column.name)
  const shifted = (column: string, round: number) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column}, '-${round} days')`
  const expressions: Record<string, (round: number) => string> = {
    id: () => `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`,
    number: () => `'GD99' || printf('%012d', n)`,
    caller_phone: () => `'13' || (100000000 + (n * 7919) % ${callers})`,
    external_id: () => 'NULL',
    received_at: (round) => shifted('received_at', round),
    created_at: (round) => shifted('created_at', round),
    updated_at: (round) => shifted('updated_at', round),
  }
  let total = written
  for (let round = 1; total < target; round += 1) {
    const rows = Math.min(written, target - total)
    const select = columns.map((column) => expressions[column]?.(round) ?? `"${column}"`).join(', ')
    await drizzle.run(
      sql.raw(
        `INSERT INTO tickets (${columns.map((column) => `"${column}"`).join(', ')}) SELECT ${select} FROM ` +
          `(SELECT *, ${total} + row_number() OVER (ORDER BY rowid) - 1 AS n FROM tickets WHERE rowid <= ${last} ORDER BY rowid LIMIT ${rows})`,
      ),
    )
    total += rows
    if (round % 10 === 0 || total === target) console.error(`  已复制到 ${total.toLocaleString('en')} 张`)
  }
  return total - written
}

/** Child process: the content and demo accounts, an Open311 client, then the orders; prints the figures. */
async function seed(count: number, toWrite: number): Promise<void> {
  const payload = await openPayload()
  await seedContent(payload, { demo: true, rebuildPortal: false })
  const communities = await listCommunities(payload)
  const city = (await payload.find({ collection: 'divisions', where: { level: { equals: 'city' } }, limit: 1, depth: 0 })).docs[0]!
  await payload.create({
    collection: 'api-clients',
    data: { name: '基准测试', division: city.id, collections: ['tickets'], mode: 'readWrite', enableAPIKey: true, apiKey: API_KEY, rateLimitPerMinute: 100_000 } as never,
  })
  const service = (await payload.find({ collection: 'services', where: { and: [{ kind: { equals: 'online' } }, { _status: { equals: 'published' } }] }, limit: 1, depth: 0 })).docs[0]!
  const topic = (await payload.find({ collection: 'topics', where: { _status: { equals: 'published' } }, limit: 1, depth: 0 })).docs[0]!
  const kinds = Object.keys(TICKET_KIND_LABELS)
  const channels = Object.keys(TICKET_CHANNEL_LABELS)
  const callers = Math.max(1, Math.ceil(count / ORDERS_PER_CALLER))
  const started = performance.now()
  for (let start = 0; start < toWrite; start += BATCH) {
    await withTransaction(payload, async (tx) => {
      for (let index = start; index < Math.min(toWrite, start + BATCH); index += 1) {
        await tx.payload.create({
          collection: 'tickets',
          data: {
            channel: channels[index % channels.length],
            kind: kinds[(index * 7) % kinds.length],
            caller: { name: '来电人', phone: phoneOf(callerOf(index, callers)) },
            summary: '小区路灯不亮，晚上出行不便',
            content: '纬五路21号院门口的路灯连续三晚不亮，老人晚上出门不安全，请尽快修复。',
            division: communities[index % communities.length]!.id,
          } as never,
          depth: 0,
          select: { createdAt: true },
          req: tx,
        })
      }
    })
    const written = Math.min(toWrite, start + BATCH)
    if (written % 10_000 === 0 || written === toWrite) console.error(`  已写入 ${written.toLocaleString('en')} 张（${Math.round(written / ((performance.now() - started) / 1000))} 张/秒）`)
  }
  const seconds = (performance.now() - started) / 1000
  await seedKnowledge(payload, [city, ...communities])
  const copying = performance.now()
  const copied = await copyOrders(payload, count, callers)
  const copySeconds = (performance.now() - copying) / 1000
  await payload.destroy()
  const phones = Array.from({ length: LOOKUPS }, (_, index) => phoneOf((index * 104_729) % callers))
  const result: SeedResult = { written: toWrite, seconds, perSecond: toWrite / seconds, copied, copySeconds, phones, serviceCode: service.code, topicCode: topic.code, communityCode: communities[0]!.code }
  console.log(JSON.stringify(result))
}

/** The caller look-up, one caller after another, as agent-city: each one's time, and how many orders the callers had in all. */
async function measureLookups(baseUrl: string, phones: string[]): Promise<{ found: number; times: number[] }> {
  const headers = staffHeaders(await signInForToken(baseUrl, 'agent-city'))
  await timeRequest(`${baseUrl}/api/tickets/caller?phone=${phones[0]}`, { headers })
  const times: number[] = []
  let found = 0
  for (const phone of phones) {
    const timing = await timeRequest(`${baseUrl}/api/tickets/caller?phone=${phone}`, { headers })
    if (timing.status !== 200) throw new Error(`来电人查询失败：HTTP ${timing.status}`)
    times.push(timing.completeMs)
    found += ((await (await fetch(`${baseUrl}/api/tickets/caller?phone=${phone}`, { headers })).json()) as { tickets: { total: number } }).tickets.total
  }
  return { found, times }
}

/** The desk's search, typed into the desk in Chromium; each keystroke's search time as the desk reports it, query by query. */
async function measureDeskSearch(baseUrl: string): Promise<number[][]> {
  const token = await signInForToken(baseUrl, 'agent-city')
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({ locale: 'zh-CN', baseURL: baseUrl })
    await context.addCookies([{ name: 'payload-token', value: token, url: baseUrl }])
    const page = await context.newPage()
    await page.goto('/admin/hotline/desk')
    const box = page.getByLabel('事项名称、常用说法或拼音')
    // The desk marks its status line with each finished search's number and time.
    const lastSearch = () =>
      page.evaluate(() => {
        const status = document.querySelector('.hotline-desk__status')
        return { ms: Number(status?.getAttribute('data-search-ms') ?? NaN), run: status?.getAttribute('data-search-run') ?? '' }
      })
    const times: number[][] = []
    for (const query of SEARCHES) {
      await box.fill('')
      await box.focus()
      const perQuery: number[] = []
      for (const character of query) {
        const { run } = await lastSearch()
        await page.keyboard.insertText(character)
        await page.waitForFunction((previous) => (document.querySelector('.hotline-desk__status')?.getAttribute('data-search-run') ?? '') !== previous, run, { timeout: 10_000 })
        perQuery.push((await lastSearch()).ms)
      }
      times.push(perQuery)
    }
    return times
  } finally {
    await browser.close()
  }
}

type Attribute = { code: string; datatype: string; datatype_description: string; required: boolean; values: { key: string }[] }

/** A valid request as another system would build it: the service definition's required attributes filled in. */
async function requestForm(baseUrl: string, seeded: SeedResult): Promise<string> {
  const definition = (await (await fetch(`${baseUrl}/api/open311/v2/services/${seeded.serviceCode}.json`)).json()) as { attributes: Attribute[] }
  const form = new URLSearchParams({ api_key: API_KEY, service_code: seeded.serviceCode, address_id: seeded.communityCode, description: '基准测试的服务请求', phone: '13800138000' })
  const sample = (attribute: Attribute): string => {
    if (attribute.values.length) return attribute.values[0]!.key
    if (attribute.datatype === 'number') return '3'
    if (attribute.datatype === 'datetime') return '2026-01-05'
    if (attribute.datatype_description.includes('手机')) return '13800138000'
    if (attribute.datatype_description.includes('身份')) return '11010519491231002X'
    if (attribute.datatype_description.includes('邮箱')) return 'bench@example.cn'
    return '基准测试'
  }
  for (const attribute of definition.attributes.filter((each) => each.required)) form.set(`attribute[${attribute.code}]`, sample(attribute))
  return form.toString()
}

/** A web request as the portal's script sends it (JSON, no photos). */
const webRequest = (seeded: SeedResult): string =>
  JSON.stringify({
    kind: 'complaint',
    topicCode: seeded.topicCode,
    divisionCode: seeded.communityCode,
    address: '纬五路21号院东门',
    content: '小区东门口的路灯连续三个晚上不亮，老人晚上出门不安全，请尽快修复。',
    phone: '13800138000',
  })

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      orders: { type: 'string', default: '1000000' },
      written: { type: 'string', default: '20000' },
      'post-seconds': { type: 'string', default: '30' },
      'web-seconds': { type: 'string', default: '30' },
      connections: { type: 'string', default: '10' },
      workers: { type: 'string', default: String(os.availableParallelism()) },
      keep: { type: 'boolean', default: false },
    },
  })
  const orders = Number(values.orders)
  const written = Math.min(orders, Number(values.written))
  console.log(`热线基准（SQLite，${os.cpus().length} 核，${values.workers} 个服务进程，Node ${process.version}）`)
  const site = await benchSite({ APPLY_SUBMIT_LIMIT: UNLIMITED, APPLY_LOOKUP_LIMIT: UNLIMITED, HOTLINE_WEB_LIMIT: UNLIMITED, WEB_CONCURRENCY: values.workers })
  try {
    console.log(`\n数据目录 ${site.dataDir}：写入内容和演示账号，通过 Local API 写入 ${written.toLocaleString('en')} 张工单（每个事务 ${BATCH} 张），再复制到 ${orders.toLocaleString('en')} 张…`)
    const seeded = await runScriptForJson<SeedResult>('bench-hotline', ['--seed', String(orders), String(written)], site.env)
    console.log(`  写入 ${seeded.written.toLocaleString('en')} 张用时 ${seeded.seconds.toFixed(1)} 秒，${Math.round(seeded.perSecond)} 张/秒（含全部钩子、校验和办理记录）`)
    console.log(`  复制 ${seeded.copied.toLocaleString('en')} 张用时 ${seeded.copySeconds.toFixed(1)} 秒（SQL，只为达到测量规模）`)
    console.log('\n启动平台（与 npm start 相同，演示模式）…')
    // One agent looks up LOOKUPS callers in a row: above the per-person limit, not what is measured.
    const platform = await startPlatform({ ...site.env, PERSONAL_LOOKUP_LIMIT: `${LOOKUPS * 10}/3600` })
    try {
      const { found, times: lookups } = await measureLookups(platform.baseUrl, seeded.phones)
      console.log(`\n来电人查询（${LOOKUPS} 个来电人，依次，平均每人 ${(found / LOOKUPS).toFixed(1)} 张工单）：p50 ${ms(percentile(lookups, 0.5))}，p95 ${ms(percentile(lookups, 0.95))}`)
      const perQuery = await measureDeskSearch(platform.baseUrl)
      const keystrokes = perQuery.flat()
      console.log(`坐席台查找指南（Chromium，逐字输入 ${SEARCHES.join('、')}，${keystrokes.length} 次）：p50 ${ms(percentile(keystrokes, 0.5))}，p95 ${ms(percentile(keystrokes, 0.95))}，最长 ${ms(Math.max(...keystrokes))}`)
      console.log(`  逐字（ms）：${SEARCHES.map((query, index) => `${query} ${perQuery[index]!.join('/')}`).join('；')}`)
      const form = await requestForm(platform.baseUrl, seeded)
      const post = await runLoad({
        url: `${platform.baseUrl}/api/open311/v2/requests.json`,
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
        connections: Number(values.connections),
        duration: Number(values['post-seconds']),
      })
      console.log(describeLoad('\nOpen311 POST requests', post, []))
      const web = await runLoad({
        url: `${platform.baseUrl}/api/tickets/web`,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: webRequest(seeded),
        connections: Number(values.connections),
        duration: Number(values['web-seconds']),
      })
      console.log(describeLoad('\n网上12345 POST /api/tickets/web', web, []))
      const rows: SummaryRow[] = [
        ['来电人查询 p95', `≤ ${GOALS.lookupP95Ms} ms`, ms(percentile(lookups, 0.95)), percentile(lookups, 0.95) <= GOALS.lookupP95Ms],
        ['坐席台查找指南 每次按键（p95）', `≤ ${GOALS.keystrokeMs} ms`, ms(percentile(keystrokes, 0.95)), percentile(keystrokes, 0.95) <= GOALS.keystrokeMs],
        ['Open311 POST 速率', `≥ ${GOALS.postPerSecond}/秒`, perSecond(post.perSecond), post.perSecond >= GOALS.postPerSecond && post.errors === 0],
        ['网上12345 提交速率', `≥ Open311 POST（${perSecond(post.perSecond)}），零错误`, `${perSecond(web.perSecond)}，错误 ${web.errors}`, web.perSecond >= post.perSecond && web.errors === 0],
        ['写入工单（Local API）', '—', `${Math.round(seeded.perSecond)} 张/秒`, null],
      ]
      console.log(`\n汇总（库中 ${(seeded.written + seeded.copied).toLocaleString('en')} 张工单）`)
      console.log(summaryTable(rows))
    } finally {
      await platform.stop()
    }
  } finally {
    if (values.keep) console.log(`\n数据目录保留在 ${site.dataDir}`)
    else site.remove()
  }
}

runCli(async () => {
  const args = process.argv.slice(2)
  if (args[0] === '--seed') return seed(Number(args[1]), Number(args[2]))
  await main()
})
