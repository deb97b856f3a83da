import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

type Env = Record<string, string | undefined>

/**
 * The repository root: the nearest folder above this module that holds
 * payload.config.ts. Searched for rather than counted, because this module
 * also runs bundled (scripts/run.mjs, the Next build) from other folders.
 */
function findRootDir(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'payload.config.ts'))) return dir
    if (path.dirname(dir) === dir) return process.cwd()
  }
}

export const ROOT_DIR = findRootDir(path.dirname(fileURLToPath(import.meta.url)))

/** Where the embedded database and uploads live; `DATA_DIR` overrides `data/`. */
export function resolveDataDir(env: Env = process.env): string {
  const configured = env.DATA_DIR?.trim()
  return configured ? path.resolve(configured) : path.join(ROOT_DIR, 'data')
}

/** The built portal (static files) that the server serves at `/`; `PORTAL_OUT_DIR` overrides `site/out/`. */
export function resolvePortalDir(env: Env = process.env): string {
  const configured = env.PORTAL_OUT_DIR?.trim()
  return configured ? path.resolve(configured) : path.join(ROOT_DIR, 'site', 'out')
}
