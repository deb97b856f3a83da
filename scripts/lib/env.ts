import { randomBytes } from 'node:crypto'
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseEnv } from 'node:util'

import { ROOT_DIR } from '../../cms/config/paths'

const ENV_FILE = path.join(ROOT_DIR, '.env')

/** Load `.env` into process.env; variables already set in the environment win. */
export function loadDotEnv(file = ENV_FILE): void {
  if (!existsSync(file)) return
  const values = parseEnv(readFileSync(file, 'utf8'))
  for (const [key, value] of Object.entries(values)) {
    if (process.env[key] === undefined) process.env[key] = value
  }
}

/**
 * Make sure PAYLOAD_SECRET is set. On a first start it is generated at random
 * and appended to `.env` (git-ignored, readable only by its owner), so
 * sessions survive restarts without any secret in the repository.
 * Returns true when a new secret was generated.
 */
export function ensureSecret(file = ENV_FILE): boolean {
  if (process.env.PAYLOAD_SECRET?.trim()) return false
  const secret = randomBytes(32).toString('hex')
  const prefix = existsSync(file) && !readFileSync(file, 'utf8').endsWith('\n') ? '\n' : ''
  appendFileSync(file, `${prefix}PAYLOAD_SECRET=${secret}\n`, { mode: 0o600 })
  process.env.PAYLOAD_SECRET = secret
  return true
}
