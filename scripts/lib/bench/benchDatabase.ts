import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { openPayload } from '../payload'

export type BenchDatabase = {
  dataDir: string
  payload: Payload
  /** Whether the kept folder already held a database (then the bench only measures). */
  reused: boolean
  /** Close Payload, and remove the folder unless it is kept. */
  close: () => Promise<void>
}

/**
 * Payload in demo mode on a throw-away SQLite database for a benchmark named
 * `name`; with `keepable`, BENCH_DATA_DIR names a folder that keeps the
 * database for another run.
 */
export async function openBenchDatabase(name: string, { keepable = false } = {}): Promise<BenchDatabase> {
  const kept = keepable ? process.env.BENCH_DATA_DIR : undefined
  const reused = Boolean(kept && existsSync(path.join(kept, 'yizhan.db')))
  const dataDir = kept ?? mkdtempSync(path.join(os.tmpdir(), `yizhan-bench-${name}-`))
  mkdirSync(dataDir, { recursive: true })
  delete process.env.DATABASE_URI
  process.env.DATA_DIR = dataDir
  process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')
  process.env.YIZHAN_MODE = 'demo'
  const payload = await openPayload()
  const close = async () => {
    await payload.destroy()
    if (!kept) rmSync(dataDir, { recursive: true, force: true })
  }
  return { dataDir, payload, reused, close }
}

/** A demo staff account as the Local API's `user`, for timing what that account would see. */
export async function demoStaff(payload: Payload, username: string) {
  const { docs } = await payload.find({ collection: 'users', where: { username: { equals: username } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`no user ${username}`)
  return { ...docs[0], collection: 'users' as const }
}
