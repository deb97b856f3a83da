import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { onTestFinished } from 'vitest'

import { CONTENT_DIR } from '../../scripts/lib/seed'

/**
 * A private copy of content/ for one test to change or break on purpose;
 * removed when the test finishes.
 */
export function copyOfContent(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-content-'))
  cpSync(CONTENT_DIR, dir, { recursive: true })
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** Rewrite one file of a content copy. */
export function editContent(dir: string, file: string, edit: (text: string) => string): void {
  const full = path.join(dir, file)
  writeFileSync(full, edit(readFileSync(full, 'utf8')))
}
