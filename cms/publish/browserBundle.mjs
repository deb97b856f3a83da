// Plain JavaScript so that eslint.config.js can import it as well as the portal build (cms/publish/assets.ts).
import { buildSync } from 'esbuild'
import path from 'node:path'

/** The portal's browser scripts and its stylesheet, relative to the repository root. */
export const BROWSER_ENTRY_POINTS = [
  'site/client/portal.ts',
  'site/client/search.ts',
  'site/client/apply.ts',
  'site/client/track.ts',
  'site/client/guideFeedback.ts',
  'site/client/hotline.ts',
  'site/client/my.ts',
  'site/client/verify.ts',
  'site/client/lifeSearch.ts',
  'site/styles/portal.css',
]

/** Where the bundles go, relative to the repository root: Next copies public/ into the export. */
export const BROWSER_ASSETS_DIR = 'site/public/assets'

/**
 * esbuild's options for the resident's browser bundles, the one place they
 * are written: the portal build runs them, and the lint rule for the bundled
 * files (eslint.config.js) runs them too to find those files.
 *
 * @param {string} rootDir the repository root
 * @returns {import('esbuild').BuildOptions & { outdir: string }}
 */
export function browserBuildOptions(rootDir) {
  return {
    absWorkingDir: rootDir,
    entryPoints: BROWSER_ENTRY_POINTS.map((entry) => path.join(rootDir, entry)),
    outdir: path.join(rootDir, BROWSER_ASSETS_DIR),
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2020',
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'error',
  }
}

/**
 * The repository's own files a build read (from its metafile, whose paths are
 * relative to absWorkingDir), sorted, with / separators; packages left out.
 *
 * @param {import('esbuild').Metafile} metafile
 * @returns {string[]}
 */
export function localInputs(metafile) {
  return Object.keys(metafile.inputs)
    .map((input) => input.split(path.sep).join('/'))
    .filter((input) => !input.includes('node_modules/') && !input.includes(':') && !input.startsWith('../'))
    .sort()
}

/**
 * The repository's files bundled into the resident's browser, as the portal
 * build would bundle them now (nothing written; packages left unresolved, so
 * that a forbidden import is reported by the lint rule rather than failing
 * here). About 0.1–0.4 s.
 *
 * @param {string} rootDir the repository root
 * @returns {string[]} paths relative to rootDir, with / separators
 */
export function browserBundledFiles(rootDir) {
  try {
    const { metafile } = buildSync({ ...browserBuildOptions(rootDir), packages: 'external', logLevel: 'silent', write: false, metafile: true })
    return localInputs(metafile)
  } catch (error) {
    throw new Error(`Could not work out which files are bundled into the browser: ${error instanceof Error ? error.message : String(error)}`)
  }
}
