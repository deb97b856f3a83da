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

type Seeded = { dataDir: string; secret: string; users: number }

/** The run's seeded folder, shared by the integration projects: Vitest runs each project's global setup in this one process. */
const RUN_SEEDED = Symbol.for('yizhan.integration.seeded')
const shared = globalThis as { [RUN_SEEDED]?: Seeded }

/** Seed the demo content into a new folder, as `npm run seed` does. */
function seed(): Seeded {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-seeded-'))
  const secret = randomBytes(32).toString('hex')
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PAYLOAD_SECRET: secret, YIZHAN_MODE: 'demo', LOG_LEVEL: 'error' }
  delete env.DATABASE_URI
  execFileSync(process.execPath, ['--conditions=production', 'scripts/run.mjs', 'seed'], { env, stdio: ['ignore', 'ignore', 'inherit'] })
  return { dataDir, secret, users: 0 }
}

/**
 * Seed the demo content once per run, as `npm run seed` does, instead of in
 * each of the thirty-odd test files that want it (about 14 seconds each), and
 * once for both integration projects. On MongoDB each file seeds its own
 * database as before.
 */
export default function setup(project: TestProject): (() => void) | undefined {
  if (process.env.TEST_MONGODB_URI) return undefined
  const seeded = (shared[RUN_SEEDED] ??= seed())
  seeded.users += 1
  project.provide('seededDataDir', seeded.dataDir)
  project.provide('seededSecret', seeded.secret)
  return () => {
    seeded.users -= 1
    if (seeded.users > 0) return
    rmSync(seeded.dataDir, { recursive: true, force: true })
    delete shared[RUN_SEEDED]
  }
}
