import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { ROOT_DIR } from '../config/paths'

/** Generated folders and files, never build inputs: by name anywhere, and the portal build's outputs by path. */
const GENERATED_NAMES = new Set(['.next', 'node_modules', 'next-env.d.ts'])
const GENERATED_PATHS = /^site\/(out|snapshot|public\/assets|\.build)($|\.)/

function filesOf(entry: string, rootDir: string): string[] {
  const absolute = path.join(rootDir, entry)
  if (!existsSync(absolute)) return []
  if (statSync(absolute).isFile()) return [entry]
  return readdirSync(absolute, { withFileTypes: true })
    .map((child) => ({ name: child.name, entry: path.join(entry, child.name) }))
    .filter(({ entry: child, name }) => !GENERATED_NAMES.has(name) && !GENERATED_PATHS.test(child.split(path.sep).join('/')))
    .flatMap(({ entry: child }) => filesOf(child, rootDir))
}

/** A hash of the files under `inputs` (paths relative to `rootDir`, the repository root): a build is redone only when it changes. */
export function sourceFingerprint(inputs: readonly string[], rootDir = ROOT_DIR): string {
  const hash = createHash('sha256')
  for (const file of inputs.flatMap((input) => filesOf(input, rootDir)).sort()) {
    hash.update(file).update('\0').update(readFileSync(path.join(rootDir, file))).update('\0')
  }
  return hash.digest('hex')
}
