import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import Database from 'libsql'

import { resolveDatabaseTarget } from '../../cms/config/database'
import { ROOT_DIR } from '../../cms/config/paths'
import { refreshPlannerStatistics } from '../../cms/jobs/refreshPlannerStatistics'
import { dataStep, migrateThenRunDataSteps } from '../../cms/lib/dataSteps'
import { takeRequest } from '../../cms/lib/rateLimit'
import { onRollback, withTransaction } from '../../cms/lib/withTransaction'
import { useTestPayload } from '../helpers/payload'

const isSqlite = !process.env.TEST_MONGODB_URI

const payload = useTestPayload()

const createDivision = (code: string, name: string, req?: Parameters<Payload['create']>[0]['req']) =>
  payload.create({ collection: 'divisions', data: { code, name }, req })

describe('the database layer', () => {
  it('uses string UUIDs as ids', async () => {
    const city = await createDivision('990100000000', '测试市')
    expect(typeof city.id).toBe('string')
    if (isSqlite) expect(city.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  })

  it('applies the shipped migrations when Payload starts', async () => {
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0 })
    const shipped = readdirSync(path.join(ROOT_DIR, 'cms', 'migrations'))
      .filter((file) => /^\d{8}_\d{6}_.*\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
    if (isSqlite) expect(docs.map((doc) => doc.name).sort()).toEqual(shipped.sort())
  })

  it.runIf(isSqlite)('ships a migration for every schema change in the config', async () => {
    const db = payload.db as unknown as {
      requireDrizzleKit: () => {
        generateDrizzleJson: (schema: unknown) => Promise<unknown>
        generateMigration: (before: unknown, after: unknown) => Promise<string[]>
      }
      schema: unknown
    }
    const dir = path.join(ROOT_DIR, 'cms', 'migrations')
    const latest = readdirSync(dir).filter((file) => file.endsWith('.json')).sort().at(-1)
    expect(latest, 'no migration snapshot in cms/migrations').toBeDefined()
    const shipped = JSON.parse(readFileSync(path.join(dir, latest as string), 'utf8')) as unknown
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const pending = await generateMigration(shipped, await generateDrizzleJson(db.schema))
    expect(pending, 'run `npm run migrate:create -- <name>` and commit the result').toEqual([])
  })

  it.runIf(isSqlite)('runs SQLite in WAL mode with a busy timeout', async () => {
    const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> } }).client
    const journal = await client.execute('PRAGMA journal_mode')
    expect(journal.rows[0]?.journal_mode).toBe('wal')
    const timeout = await client.execute('PRAGMA busy_timeout')
    expect(Number(Object.values(timeout.rows[0] ?? {})[0])).toBeGreaterThanOrEqual(5000)
  })

  it.runIf(isSqlite)('keeps the query planner’s index statistics, at start and every hour', async () => {
    await createDivision('990900000000', '统计市')
    await refreshPlannerStatistics(payload)
    const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> } }).client
    const { rows } = await client.execute("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'divisions'")
    expect(rows.map((row) => row.idx)).toContain('divisions_code_idx')
    const task = payload.config.jobs.tasks?.find((each) => each.slug === 'refreshPlannerStatistics')
    expect(task?.schedule?.[0]?.cron).toMatch(/^0 \d+ \* \* \* \*$/)
  })

  it('runs the data steps migrations ask for once every migration has run, and again after a failed start', async () => {
    const happened: string[] = []
    let failing = true
    const backfill = dataStep('test:backfill', async (_payload: Payload, _req?: PayloadRequest) => {
      happened.push('backfill')
      return 1
    })
    const flaky = dataStep('test:flaky', async (_payload: Payload, _req?: PayloadRequest) => {
      if (failing) throw new Error('interrupted')
      happened.push('flaky')
      return 1
    })
    const migrateAsking = async () => {
      // As an older migration would: ask, while later ones have yet to add their columns.
      expect(await backfill(payload, await createLocalReq({}, payload))).toBe(0)
      await flaky(payload, await createLocalReq({}, payload))
      happened.push('migrated')
    }
    await expect(migrateThenRunDataSteps(payload, migrateAsking)).rejects.toThrow('interrupted')
    expect(happened).toEqual(['migrated', 'backfill'])
    failing = false
    await migrateThenRunDataSteps(payload, async () => {})
    expect(happened).toEqual(['migrated', 'backfill', 'flaky'])
    await migrateThenRunDataSteps(payload, async () => {})
    expect(happened).toHaveLength(3)
    expect(await backfill(payload, await createLocalReq({}, payload))).toBe(1)
  })

  it('rolls back every write of a failed transaction, and undoes what was done outside it', async () => {
    await createDivision('990200000000', '回滚市')
    const undone: string[] = []
    await expect(
      withTransaction(payload, async (req) => {
        await createDivision('990201000000', '回滚区', req)
        onRollback(req, async () => void undone.push('seat'))
        throw new Error('stop half way')
      }),
    ).rejects.toThrow('stop half way')
    expect(undone).toEqual(['seat'])
    await withTransaction(payload, async (req) => onRollback(req, async () => void undone.push('kept')))
    expect(undone).toEqual(['seat'])
    const { totalDocs } = await payload.count({
      collection: 'divisions',
      where: { code: { equals: '990201000000' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('accepts many concurrent writers without "database is locked"', async () => {
    await createDivision('990300000000', '并发市')
    const districts = Array.from({ length: 18 }, (_, index) =>
      createDivision(`9903${String(index + 1).padStart(2, '0')}000000`, `并发${index + 1}区`),
    )
    const results = await Promise.allSettled(districts)
    expect(results.filter((result) => result.status === 'rejected')).toEqual([])
  })

  it.runIf(isSqlite)('lets a row change wait for another process\'s write without stopping this process', async () => {
    const target = resolveDatabaseTarget()
    if (target.engine !== 'sqlite') throw new Error('expected SQLite')
    const other = new Database(target.file, { timeout: 0 })
    other.exec('BEGIN IMMEDIATE')
    let ticks = 0
    const ticker = setInterval(() => (ticks += 1), 10)
    try {
      let written = false
      // A rate-limit count is a row change outside any transaction.
      const write = takeRequest(payload, 'test:waits-for-other-writer', { limit: 5, windowSeconds: 60 }).then((decision) => {
        written = true
        return decision
      })
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(written).toBe(false)
      // The event loop kept running while the write waited for the lock: about 30 ticks on a quiet machine, a
      // handful on a loaded one, none when the driver's busy handler sleeps through the wait.
      expect(ticks).toBeGreaterThan(5)
      other.exec('COMMIT')
      expect(await write).toEqual({ allowed: true, remaining: 4 })
    } finally {
      clearInterval(ticker)
      if (other.inTransaction) other.exec('ROLLBACK')
      other.close()
    }
  })
})
