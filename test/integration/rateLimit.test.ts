import { build } from 'esbuild'
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { describe, expect, it } from 'vitest'

import { attemptCountingFailures, clearRequests, purgeEndedWindows, returnRequest, takeRequest } from '../../cms/lib/rateLimit'
import { withTransaction } from '../../cms/lib/withTransaction'
import { useTestPayload } from '../helpers/payload'

const payload = useTestPayload()

/** Start fixtures/takeRequests.ts as another server process on this test's database, taking places or making failing attempts. */
async function startOtherServer(key: string, count: number, limit: number, mode: 'attempt' | 'take' = 'take'): Promise<{ go: () => Promise<number> }> {
  const outfile = path.resolve('node_modules/.cache/yizhan-tests', `takeRequests-${process.pid}.mjs`)
  await build({ entryPoints: ['test/integration/fixtures/takeRequests.ts'], outfile, bundle: true, packages: 'external', platform: 'node', format: 'esm', logLevel: 'error' })
  const child = spawn(process.execPath, ['--conditions=production', outfile, key, String(count), String(limit), mode], { env: process.env, stdio: ['pipe', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  expect((await lines.next()).value).toBe('ready')
  rmSync(outfile, { force: true })
  return {
    go: async () => {
      child.stdin.write('go\n')
      return Number((await lines.next()).value)
    },
  }
}

const admitted = (decisions: { allowed: boolean }[]) => decisions.filter((decision) => decision.allowed).length

describe('per-client rate limits', () => {
  it('takes a large limit in blocks, admitting exactly the limit one after another and never more when racing', async () => {
    const limit = { limit: 500, windowSeconds: 60 }
    const sequential: { allowed: boolean }[] = []
    for (let index = 0; index < 600; index += 1) sequential.push(await takeRequest(payload, 'rate:test:blocks', limit))
    expect(admitted(sequential)).toBe(500)
    expect(sequential.at(-1)).toMatchObject({ allowed: false })

    const racing = await Promise.all(Array.from({ length: 300 }, () => takeRequest(payload, 'rate:test:blocks-racing', limit)))
    const after: { allowed: boolean }[] = []
    for (let index = 0; index < 300; index += 1) after.push(await takeRequest(payload, 'rate:test:blocks-racing', limit))
    expect(admitted([...racing, ...after])).toBeLessThanOrEqual(500)
  })

  it('admits exactly the limit however many requests race', async () => {
    const limit = { limit: 10, windowSeconds: 60 }
    const decisions = await Promise.all(Array.from({ length: 50 }, () => takeRequest(payload, 'rate:test:race', limit)))
    expect(admitted(decisions)).toBe(10)
    const refused = decisions.find((decision) => !decision.allowed)
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: expect.any(Number) })
    const remaining = decisions.flatMap((decision) => (decision.allowed ? [decision.remaining] : [])).sort()
    expect(remaining).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  })

  it('counts together with another server process on the same database', async () => {
    const other = await startOtherServer('rate:test:two-servers', 25, 10)
    const limit = { limit: 10, windowSeconds: 60 }
    const [here, there] = await Promise.all([
      Promise.all(Array.from({ length: 25 }, () => takeRequest(payload, 'rate:test:two-servers', limit))),
      other.go(),
    ])
    expect(admitted(here) + there).toBe(10)
  }, 120_000)

  it('counts inside a transaction without waiting for it', async () => {
    const limit = { limit: 2, windowSeconds: 60 }
    const decisions = await withTransaction(payload, async (req) => [
      await takeRequest(payload, 'rate:test:in-transaction', limit, req),
      await takeRequest(payload, 'rate:test:in-transaction', limit, req),
      await takeRequest(payload, 'rate:test:in-transaction', limit, req),
    ])
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, false])
  })

  it('takes back what was given back, and forgets what was cleared', async () => {
    const limit = { limit: 1, windowSeconds: 60 }
    expect((await takeRequest(payload, 'rate:test:returned', limit)).allowed).toBe(true)
    await returnRequest(payload, 'rate:test:returned', limit)
    expect((await takeRequest(payload, 'rate:test:returned', limit)).allowed).toBe(true)
    expect((await takeRequest(payload, 'rate:test:returned', limit)).allowed).toBe(false)
    await clearRequests(payload, 'rate:test:returned')
    expect((await takeRequest(payload, 'rate:test:returned', limit)).allowed).toBe(true)
  })

  it('judges exactly the limit of failing attempts however many race, and gives a success its place back', async () => {
    const limit = { limit: 5, windowSeconds: 60 }
    let judged = 0
    const failing = () => {
      judged += 1
      return null
    }
    const racing = await Promise.all(Array.from({ length: 30 }, () => attemptCountingFailures(payload, 'rate:test:attempts', limit, failing)))
    expect(judged).toBe(5)
    expect(racing.filter((decision) => decision.allowed)).toHaveLength(5)
    expect(racing.find((decision) => !decision.allowed)).toMatchObject({ retryAfterSeconds: expect.any(Number) })

    const succeeding = { limit: 2, windowSeconds: 60 }
    for (let index = 0; index < 5; index += 1) {
      expect(await attemptCountingFailures(payload, 'rate:test:successes', succeeding, () => 'found')).toEqual({ allowed: true, remaining: 2, result: 'found' })
    }
    expect(await attemptCountingFailures(payload, 'rate:test:successes', succeeding, () => null)).toEqual({ allowed: true, remaining: 1, result: null })
    expect(await attemptCountingFailures(payload, 'rate:test:successes', succeeding, () => 'found')).toEqual({ allowed: true, remaining: 1, result: 'found' })
  })

  it('judges the limit of failing attempts with another server process on the same database', async () => {
    const other = await startOtherServer('rate:test:attempts-two-servers', 25, 5, 'attempt')
    let judged = 0
    const failing = () => {
      judged += 1
      return null
    }
    const limit = { limit: 5, windowSeconds: 60 }
    const [, there] = await Promise.all([
      Promise.all(Array.from({ length: 25 }, () => attemptCountingFailures(payload, 'rate:test:attempts-two-servers', limit, failing))),
      other.go(),
    ])
    expect(judged + there).toBe(5)
  }, 120_000)

  it('starts a new count in the next window and purges the ended ones', async () => {
    const limit = { limit: 1, windowSeconds: 1 }
    expect((await takeRequest(payload, 'rate:test:window', limit)).allowed).toBe(true)
    expect((await takeRequest(payload, 'rate:test:window', limit)).allowed).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect((await takeRequest(payload, 'rate:test:window', limit)).allowed).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await purgeEndedWindows(payload)
    const { totalDocs } = await payload.count({ collection: 'rate-limits', where: { key: { equals: 'rate:test:window' } } })
    expect(totalDocs).toBe(0)
  })
})
