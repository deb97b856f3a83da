import path from 'node:path'
import { fileURLToPath } from 'node:url'

type Env = Record<string, string | undefined>

/** The repository root: the folder that holds payload.config.ts. */
export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Where the embedded database and uploads live; `DATA_DIR` overrides `data/`. */
export function resolveDataDir(env: Env = process.env): string {
  const configured = env.DATA_DIR?.trim()
  return configured ? path.resolve(configured) : path.join(ROOT_DIR, 'data')
}
