import { build } from 'esbuild'
import { createHash } from 'node:crypto'
import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import { SITE_DIR } from './paths'

/** Where the built scripts and stylesheet go: Next copies public/ into the export. */
const ASSETS_DIR = path.join(SITE_DIR, 'public', 'assets')

/**
 * Bundle the portal's browser scripts (site/client/) and its stylesheet
 * (site/styles/) into public/assets/, minified. Returns a short hash of the
 * result: pages link to the files with it, so browsers refetch only after a
 * change.
 */
export async function buildAssets(): Promise<string> {
  await rm(ASSETS_DIR, { recursive: true, force: true })
  await build({
    entryPoints: [
      path.join(SITE_DIR, 'client', 'portal.ts'),
      path.join(SITE_DIR, 'client', 'search.ts'),
      path.join(SITE_DIR, 'client', 'apply.ts'),
      path.join(SITE_DIR, 'client', 'track.ts'),
      path.join(SITE_DIR, 'styles', 'portal.css'),
    ],
    outdir: ASSETS_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2020',
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'error',
  })
  const hash = createHash('sha256')
  for (const file of (await readdir(ASSETS_DIR, { recursive: true })).sort()) {
    if (file.includes('.')) hash.update(file).update(await readFile(path.join(ASSETS_DIR, file)))
  }
  return hash.digest('hex').slice(0, 10)
}
