/**
 * `npm run bench:life`: the live provider search (找服务) at city scale.
 * On a throw-away SQLite database with the demo content, writes 5,000
 * providers (most in the register, some suspended; serving a district, a
 * street or a community; rated or not) with their price lists, and 100,000
 * workers, in bulk through `payload.db`; then times the search endpoint's
 * handler in-process through the Local API (no HTTP: the platform's build is
 * not started) for every category and a spread of communities. Prints the
 * figures as JSON; fails when p95 exceeds 50 ms.
 *
 * Options: --providers=5000 --workers=100000 --searches=400. With
 * BENCH_DATA_DIR the database is kept there, and a later run with the same
 * folder only measures (writing 100,000 workers takes many minutes here).
 */
import { parseArgs } from 'node:util'

import { createLocalReq, type Payload } from 'payload'

import { withTransaction } from '../cms/lib/withTransaction'
import { DIVISION_LEVELS, parseDivisionCode } from '../collections/Divisions/code'
import { providerSearchEndpoint } from '../collections/Providers/endpoints/search'
import { serviceKey } from '../collections/Providers/states'
import { creditCodeCheckCharacter } from '../collections/validation/identity'
import { randomSource } from './lib/bench/applicants'
import { openBenchDatabase } from './lib/bench/benchDatabase'
import { median, percentile } from './lib/bench/timing'
import { runCli } from './lib/cli'
import { seedContent } from './lib/seed'

const BATCH = 1000
const P95_LIMIT_MS = 50

type Random = () => number
type Division = { code: string; id: number | string }
type World = { categories: Division[]; areas: Division[]; communities: Division[] }

const pick = <T>(next: Random, list: readonly T[]): T => list[Math.floor(next() * list.length)]!

/** Every division below the city, and the active categories, by code and id. */
async function worldOf(payload: Payload): Promise<World> {
  const { docs: divisions } = await payload.find({ collection: 'divisions', where: { level: { in: DIVISION_LEVELS.slice(1) } }, pagination: false, depth: 0, select: { code: true, level: true } })
  const { docs: categories } = await payload.find({ collection: 'life-categories', where: { active: { equals: true } }, pagination: false, depth: 0, select: { code: true } })
  return { categories, areas: divisions, communities: divisions.filter((division) => division.level === 'community') }
}

/** One provider's row as stored: the derived fields (scope, area codes, search keys) written as the hooks would. */
function providerRow(next: Random, index: number, world: World) {
  const home = pick(next, world.communities)
  const served = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(next, world.areas))
  const categories = [...new Set([pick(next, world.categories), pick(next, world.categories)])]
  const code17 = `91410105MA${index.toString(36).toUpperCase().padStart(7, '0')}`
  const rated = next() < 0.7
  return {
    categories,
    row: {
      name: `压测家政服务有限公司${String(index).padStart(5, '0')}`,
      creditCode: code17 + creditCodeCheckCharacter(code17),
      legalRepresentative: '张伟',
      servicePhone: `0371-6${String(index).padStart(7, '0')}`,
      contactName: '张伟',
      contactPhone: `139${String(index).padStart(8, '0')}`,
      address: '郑州市金水区经八路1号',
      division: home.id,
      scope: parseDivisionCode(home.code).path,
      categories: categories.map((category) => category.id),
      areas: served.map((area) => area.id),
      areaCodes: served.map((area) => area.code),
      serviceKeys: categories.flatMap((category) => served.map((area) => serviceKey(category.id, area.code))),
      standards: { accepted: true, acceptedAt: new Date().toISOString() },
      capacity: 5,
      status: next() < 0.9 ? 'listed' : 'suspended',
      rating: rated ? { average: Math.round((3 + next() * 2) * 10) / 10, count: 1 + Math.floor(next() * 200) } : { count: 0 },
    },
  }
}

/** Write `providers` providers, two items per category each, and `workers` workers spread over them. */
async function fill(payload: Payload, providers: number, workers: number, world: World): Promise<void> {
  const { next } = randomSource(20261207)
  const made: { categories: Division[]; id: number | string; scope: Record<string, null | string> }[] = []
  for (let written = 0; written < providers; written += BATCH) {
    await withTransaction(payload, async (req) => {
      for (let index = written; index < Math.min(providers, written + BATCH); index += 1) {
        const { categories, row } = providerRow(next, index, world)
        const provider = await payload.db.create({ collection: 'providers', data: row, req })
        made.push({ categories, id: provider.id, scope: row.scope })
        for (const category of categories) {
          for (const [name, price] of [['标准服务', 50 + Math.floor(next() * 100)], ['精细服务', 150 + Math.floor(next() * 200)]] as const) {
            await payload.db.create({ collection: 'provider-items', data: { provider: provider.id, category: category.id, name, price, unit: 'visit', durationHours: 2, included: '按服务标准上门服务。', active: true }, req })
          }
        }
      }
    })
  }
  for (let written = 0; written < workers; written += BATCH) {
    await withTransaction(payload, async (req) => {
      for (let index = written; index < Math.min(workers, written + BATCH); index += 1) {
        const employer = made[index % made.length]!
        await payload.db.create({
          collection: 'workers',
          data: { provider: employer.id, cardNumber: `FW${index.toString(36).toUpperCase().padStart(8, '0')}`, name: '李秀英', idNumber: `410105197501${String(index).padStart(6, '0')}`, categories: employer.categories.map((category) => category.id), employed: true, status: { colour: 'green' }, scope: employer.scope },
          req,
        })
      }
    })
    if ((written / BATCH) % 20 === 19) console.error(`已写入 ${written + BATCH} 名服务人员`)
  }
}

/** The search endpoint's answer time for `searches` category/community pairs, one after another. */
async function timeSearches(payload: Payload, searches: number, world: World) {
  const { next } = randomSource(7)
  const times: number[] = []
  const found: number[] = []
  for (let index = 0; index < searches; index += 1) {
    const query = new URLSearchParams({ category: pick(next, world.categories).code, community: pick(next, world.communities).code })
    const req = await createLocalReq({ req: { url: `http://localhost/api/life/providers/search?${query}`, headers: new Headers() } }, payload)
    const started = performance.now()
    const response = await providerSearchEndpoint.handler(req)
    const body = (await response.json()) as { providers?: unknown[] }
    times.push(performance.now() - started)
    if (response.status !== 200) throw new Error(`search answered ${response.status}: ${JSON.stringify(body)}`)
    found.push(body.providers!.length)
  }
  return { medianMs: Math.round(median(times) * 10) / 10, p95Ms: Math.round(percentile(times, 0.95) * 10) / 10, averageFound: Math.round(found.reduce((sum, each) => sum + each, 0) / found.length) }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { providers: { type: 'string', default: '5000' }, workers: { type: 'string', default: '100000' }, searches: { type: 'string', default: '400' } } })
  const [providers, workers, searches] = [Number(values.providers), Number(values.workers), Number(values.searches)]
  // Every search comes from this one address, over runs on a kept database too: lift the per-client limit.
  process.env.LIFE_SEARCH_LIMIT = '1000000/60'
  const { payload, reused, close } = await openBenchDatabase('life', { keepable: true })
  try {
    if (!reused) await seedContent(payload, { demo: true, rebuildPortal: false })
    const world = await worldOf(payload)
    const started = performance.now()
    if (!reused) {
      console.error(`写入 ${providers} 家企业、${workers} 名服务人员…`)
      await fill(payload, providers, workers, world)
    }
    const fillSeconds = reused ? null : Math.round(performance.now() - started) / 1000
    const stored = { providers: (await payload.count({ collection: 'providers' })).totalDocs, workers: (await payload.count({ collection: 'workers' })).totalDocs }
    // Untimed warm-up: the first searches load the lookups (divisions, categories).
    await timeSearches(payload, 20, world)
    const figures = { stored, searches, fillSeconds, via: 'Local API (endpoint handler in-process)', ...(await timeSearches(payload, searches, world)) }
    console.log(JSON.stringify(figures))
    console.error(`找服务：${searches} 次查询，中位数 ${figures.medianMs} ms，p95 ${figures.p95Ms} ms，平均每次找到 ${figures.averageFound} 家`)
    if (figures.p95Ms > P95_LIMIT_MS) throw new Error(`p95 ${figures.p95Ms} ms 超过 ${P95_LIMIT_MS} ms`)
  } finally {
    await close()
  }
}

runCli(main)
