import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, inject } from 'vitest'

import { openPayload } from '../../scripts/lib/payload'
import { seedContent } from '../../scripts/lib/seed'

type TestPayload = { cleanup: () => Promise<void>; payload: Payload }

/**
 * A real Payload on a throw-away database for one test file: a fresh SQLite
 * file in a temporary folder, or a fresh database on the MongoDB server named
 * by TEST_MONGODB_URI. Vitest runs each test file in its own process, so the
 * environment set here belongs to this file alone.
 */
async function startTestPayload(seeded: boolean): Promise<TestPayload & { seeded: boolean }> {
  const id = randomBytes(6).toString('hex')
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-test-'))
  // The run's seeded data folder (test/integration/globalSetup.ts), copied: the content without seeding it again.
  const template = seeded ? inject('seededDataDir') : undefined
  if (template) cpSync(template, dataDir, { recursive: true })
  process.env.PAYLOAD_SECRET = template ? inject('seededSecret')! : randomBytes(32).toString('hex')
  process.env.YIZHAN_MODE = 'demo'
  process.env.DATA_DIR = dataDir
  process.env.LOG_LEVEL ??= 'error'
  const mongo = process.env.TEST_MONGODB_URI
  if (mongo) {
    const url = new URL(mongo)
    url.pathname = `/yizhan_test_${id}`
    process.env.DATABASE_URI = url.toString()
  } else {
    delete process.env.DATABASE_URI
  }

  const payload = await openPayload()
  return {
    payload,
    seeded: Boolean(template),
    cleanup: async () => {
      if (mongo) await payload.db.migrateFresh({ forceAcceptWarning: true })
      await payload.destroy()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * Register this file's throw-away Payload (started before its tests, removed
 * after) and return it. The returned object stands in for the instance until
 * `beforeAll` has started it, so tests can use it at the top level.
 */
export function useTestPayload({ seeded = false }: { seeded?: boolean } = {}): Payload {
  let started: (TestPayload & { seeded: boolean }) | undefined
  beforeAll(async () => {
    started = await startTestPayload(seeded)
    if (seeded && !started.seeded) await seedContent(started.payload, { demo: true })
  })
  afterAll(() => started?.cleanup())
  return new Proxy({} as Payload, {
    get(_, property) {
      if (!started) throw new Error('Payload is not started yet: use it inside tests or hooks')
      const value: unknown = Reflect.get(started.payload, property)
      return typeof value === 'function' ? value.bind(started.payload) : value
    },
  })
}
