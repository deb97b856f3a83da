import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { openPayload } from '../../scripts/lib/payload'

export type TestPayload = { cleanup: () => Promise<void>; payload: Payload }

/**
 * A real Payload on a throw-away database for one test file: a fresh SQLite
 * file in a temporary folder, or a fresh database on the MongoDB server named
 * by TEST_MONGODB_URI. Vitest runs each test file in its own process, so the
 * environment set here belongs to this file alone.
 */
export async function startTestPayload(): Promise<TestPayload> {
  const id = randomBytes(6).toString('hex')
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-test-'))
  process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
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
    cleanup: async () => {
      if (mongo) await payload.db.migrateFresh({ forceAcceptWarning: true })
      await payload.destroy()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
