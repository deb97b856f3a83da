import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { CONTENT_DIR } from './seed'
import { generateCatalogue } from './syntheticCatalogue'

const MiB = 1024 * 1024

/** How many guides content/ ships: a benchmark size equal to it uses content/ itself. */
export const shippedServiceCount = (): number => readdirSync(path.join(CONTENT_DIR, 'services')).length

/**
 * Run `script --measure <baseDir> <contentDir>` in a fresh process on a fresh
 * embedded database, for a catalogue of `size` guides (content/ itself, or a
 * synthetic one), and return the JSON line it prints last. `baseDir` is the
 * same content without services and bundles, for seeding untimed.
 */
export function measureInFreshProcess<T>(
  script: string,
  size: number,
  { env: extraEnv = {}, nodeArgs = [] }: { env?: Record<string, string>; nodeArgs?: string[] } = {},
): T {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-bench-'))
  try {
    let contentDir = CONTENT_DIR
    if (size !== shippedServiceCount()) {
      contentDir = path.join(workDir, 'content')
      generateCatalogue(size, contentDir)
    }
    const baseDir = path.join(workDir, 'base')
    cpSync(contentDir, baseDir, { recursive: true })
    for (const folder of ['services', 'bundles']) {
      rmSync(path.join(baseDir, folder), { recursive: true })
      mkdirSync(path.join(baseDir, folder))
    }
    // Always the embedded database, whatever the operator's environment says.
    const env = { ...process.env }
    delete env.DATABASE_URI
    mkdirSync(path.join(workDir, 'data'))
    const child = spawnSync(
      process.execPath,
      ['--conditions=production', ...nodeArgs, path.join('scripts', 'run.mjs'), script, '--measure', baseDir, contentDir],
      {
        encoding: 'utf8',
        env: {
          ...env,
          DATA_DIR: path.join(workDir, 'data'),
          PORTAL_OUT_DIR: path.join(workDir, 'portal'),
          PAYLOAD_SECRET: randomBytes(32).toString('hex'),
          YIZHAN_MODE: 'production',
          ...extraEnv,
        },
        maxBuffer: 64 * MiB,
      },
    )
    const line = child.stdout.trim().split('\n').pop() ?? ''
    if (child.status !== 0 || !line.startsWith('{')) {
      throw new Error(`规模 ${size} 的测量失败：${child.stderr.trim().split('\n').slice(-5).join(' ')}`)
    }
    return JSON.parse(line) as T
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
}
