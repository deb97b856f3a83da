import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A data folder with the demo content seeded (SQLite only): seeded test files start from a copy. */
    seededDataDir?: string
    /** The secret it was seeded under: keyed hashes in it (API keys' index) need the same one. */
    seededSecret?: string
  }
}

/**
 * Seed the demo content once per run, as `npm run seed` does, instead of in
 * each of the thirty-odd test files that want it (about 14 seconds each). On
 * MongoDB each file seeds its own database as before.
 */
export default function setup(project: TestProject): (() => void) | undefined {
  if (process.env.TEST_MONGODB_URI) return undefined
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-seeded-'))
  const secret = randomBytes(32).toString('hex')
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PAYLOAD_SECRET: secret, YIZHAN_MODE: 'demo', LOG_LEVEL: 'error' }
  delete env.DATABASE_URI
  execFileSync(process.execPath, ['--conditions=production', 'scripts/run.mjs', 'seed'], { env, stdio: ['ignore', 'ignore', 'inherit'] })
  project.provide('seededDataDir', dataDir)
  project.provide('seededSecret', secret)
  return () => rmSync(dataDir, { recursive: true, force: true })
}
