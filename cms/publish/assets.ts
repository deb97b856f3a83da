import { build } from 'esbuild'
import { createHash } from 'node:crypto'
import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import { ROOT_DIR } from '../config/paths'
import { browserBuildOptions, localInputs } from './browserBundle.mjs'

export type BuiltAssets = {
  /** The repository's files the bundler read (site/client/, site/lib/, the shared modules of collections/). */
  inputs: string[]
  /** A short hash of the result: pages link to the files with it, so browsers refetch only after a change. */
  version: string
}

/**
 * Bundle the portal's browser scripts (site/client/) and its stylesheet
 * (site/styles/) into public/assets/, minified, with the options in
 * browserBundle.mjs (which the lint rule for the bundled files runs too).
 */
export async function buildAssets(): Promise<BuiltAssets> {
  const options = browserBuildOptions(ROOT_DIR)
  await rm(options.outdir, { recursive: true, force: true })
  const { metafile } = await build({ ...options, metafile: true })
  const hash = createHash('sha256')
  for (const file of (await readdir(options.outdir, { recursive: true })).sort()) {
    if (file.includes('.')) hash.update(file).update(await readFile(path.join(options.outdir, file)))
  }
  return { inputs: localInputs(metafile), version: hash.digest('hex').slice(0, 10) }
}
