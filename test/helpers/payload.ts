import type { Payload } from 'payload'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import { randomBytes } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, inject } from 'vitest'

import { applyShippedMigrations } from '../../cms/config/database'
import { forgetAllLookups } from '../../cms/lib/lookupCache'
import { forgetRateLimitBlocks } from '../../cms/lib/rateLimit'
import { immediateDeliveriesSettled } from '../../collections/DepartmentSystems/lib/deliver'
import { notificationDeliveriesSettled } from '../../collections/Notifications/deliver'
import { openPayload } from '../../scripts/lib/payload'
import { seedContent } from '../../scripts/lib/seed'

/**
 * A real Payload on a throw-away database for each test file.
 *
 * On SQLite the integration project runs its files one after another in one
 * process (vitest's `isolate: false`), so the files share one Payload: the
 * first file starts it, and each file then gets a database of its own in the
 * same data folder — a copy of the run's seeded one (test/integration/globalSetup.ts)
 * or a blank one with the shipped migrations — swapped in under the running
 * Payload. Starting Payload (importing the config and every collection) is
 * most of what a file used to cost. Between files the process forgets what
 * it cached from the last database, waits for deliveries it began, and puts
 * back the environment a file changed.
 *
 * On MongoDB (TEST_MONGODB_URI) each file runs in its own process with its
 * own database, seeded when asked.
 */

const pristineEnv = { ...process.env }

/** Undo what a test file set in process.env. */
function restoreEnv(): void {
  for (const name of Object.keys(process.env)) if (!(name in pristineEnv)) delete process.env[name]
  Object.assign(process.env, pristineEnv)
}

type Shared = { blank?: string; dataDir: string; payload: Payload }
/** This process's Payload when files share it (SQLite). */
let shared: Promise<Shared> | undefined

const sqlite = (payload: Payload) => payload.db as unknown as SQLiteAdapter

/** Replace the data folder's contents (database, uploads, exports) with a copy of `template`, or nothing. */
function refill(dataDir: string, template: string | undefined): void {
  for (const entry of readdirSync(dataDir)) rmSync(path.join(dataDir, entry), { recursive: true, force: true })
  if (template) cpSync(template, dataDir, { recursive: true })
}

/** Close the database connection, do `meanwhile` (the files are not in use then), and open it again. */
async function reopen(payload: Payload, meanwhile: () => void): Promise<void> {
  const db = sqlite(payload)
  db.client.close()
  ;(db as { client?: unknown }).client = undefined
  meanwhile()
  await db.connect!({ hotReload: true })
}

/** Refill the data folder from `template` (blank, then migrated, when none) under the running Payload. */
async function swapDatabase({ dataDir, payload }: Shared, template: string | undefined): Promise<void> {
  await notificationDeliveriesSettled()
  await immediateDeliveriesSettled()
  await reopen(payload, () => refill(dataDir, template))
  if (!template) await applyShippedMigrations(payload)
  forgetAllLookups()
  forgetRateLimitBlocks()
}

/** The first file that wants a blank database gets one migrated in place; a copy is kept for the next. */
async function swapToBlank(state: Shared): Promise<void> {
  if (state.blank) return swapDatabase(state, state.blank)
  await swapDatabase(state, undefined)
  const blank = mkdtempSync(path.join(os.tmpdir(), 'yizhan-blank-'))
  await reopen(state.payload, () => cpSync(state.dataDir, blank, { recursive: true }))
  state.blank = blank
}

async function startShared(): Promise<Shared> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-test-'))
  cpSync(inject('seededDataDir')!, dataDir, { recursive: true })
  process.env.PAYLOAD_SECRET = inject('seededSecret')!
  process.env.YIZHAN_MODE = 'demo'
  process.env.DATA_DIR = dataDir
  process.env.LOG_LEVEL ??= 'error'
  delete process.env.DATABASE_URI
  Object.assign(pristineEnv, { PAYLOAD_SECRET: process.env.PAYLOAD_SECRET, YIZHAN_MODE: 'demo', DATA_DIR: dataDir, LOG_LEVEL: process.env.LOG_LEVEL })
  const state: Shared = { dataDir, payload: await openPayload() }
  process.once('exit', () => {
    for (const dir of [state.dataDir, state.blank]) if (dir) rmSync(dir, { recursive: true, force: true })
  })
  return state
}

/** This file's database under the shared Payload: the seeded copy or a blank one. */
async function sharedPayload(seeded: boolean): Promise<Payload> {
  const first = !shared
  shared ??= startShared()
  const state = await shared
  if (!seeded) await swapToBlank(state)
  // The first file opens the seeded copy itself.
  else if (!first) await swapDatabase(state, inject('seededDataDir'))
  return state.payload
}

/** A Payload of this file's own, in its own process (MongoDB). */
async function ownPayload(seeded: boolean): Promise<{ cleanup: () => Promise<void>; payload: Payload }> {
  const id = randomBytes(6).toString('hex')
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-test-'))
  process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
  process.env.YIZHAN_MODE = 'demo'
  process.env.DATA_DIR = dataDir
  process.env.LOG_LEVEL ??= 'error'
  const url = new URL(process.env.TEST_MONGODB_URI!)
  url.pathname = `/yizhan_test_${id}`
  process.env.DATABASE_URI = url.toString()
  const payload = await openPayload()
  if (seeded) await seedContent(payload, { demo: true })
  return {
    payload,
    cleanup: async () => {
      await payload.db.migrateFresh({ forceAcceptWarning: true })
      await payload.destroy()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * Register this file's throw-away database (ready before its tests) and
 * return its Payload. The returned object stands in for the instance until
 * `beforeAll` has run, so tests can use it at the top level.
 */
export function useTestPayload({ seeded = false }: { seeded?: boolean } = {}): Payload {
  let payload: Payload | undefined
  let cleanup: (() => Promise<void>) | undefined
  beforeAll(async () => {
    if (process.env.TEST_MONGODB_URI) ({ cleanup, payload } = await ownPayload(seeded))
    else payload = await sharedPayload(seeded)
  })
  afterAll(async () => {
    await cleanup?.()
    restoreEnv()
  })
  return new Proxy({} as Payload, {
    get(_, property) {
      if (!payload) throw new Error('Payload is not started yet: use it inside tests or hooks')
      const value: unknown = Reflect.get(payload, property)
      return typeof value === 'function' ? value.bind(payload) : value
    },
  })
}
