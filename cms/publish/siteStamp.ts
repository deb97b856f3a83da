import { build } from 'esbuild'
import { existsSync, readFileSync } from 'node:fs'
import { readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { resolvePortalDir, ROOT_DIR } from '../config/paths'
import { sourceFingerprint } from '../lib/sourceFingerprint'
import { localInputs } from './browserBundle.mjs'

/**
 * Inputs of every portal build besides those the bundlers report: the
 * packages' versions, the whole site (pages, components, styles, public
 * files, its Next config; a file added anywhere in it counts) and the build's
 * own code.
 */
const DECLARED_INPUTS = ['package-lock.json', 'site', 'cms/publish']
/** Inside the built portal; a dot file, so never served. */
const STAMP_FILE = '.yizhan-site-stamp'

type Stamp = { fingerprint: string; inputs: string[] }

const PAGES_DIR = path.join(ROOT_DIR, 'site', 'pages')

/**
 * The repository's files the site's pages import (site/ and the shared
 * modules of collections/), as esbuild resolves them from the page entry
 * points the way Next's build does; packages left out (package-lock.json
 * stands for them).
 */
export async function pageInputs(): Promise<string[]> {
  const pages = (await readdir(PAGES_DIR, { recursive: true })).filter((file) => /\.[jt]sx?$/.test(file))
  const { metafile } = await build({
    absWorkingDir: ROOT_DIR,
    entryPoints: pages.map((page) => path.join(PAGES_DIR, page)),
    outdir: path.join(ROOT_DIR, 'site', '.build', 'page-inputs'),
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    jsx: 'automatic',
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  return localInputs(metafile)
}

/** Inside a declared folder, so already an input. */
const declared = (file: string): boolean => DECLARED_INPUTS.some((input) => file === input || file.startsWith(`${input}/`))

/**
 * Everything a portal build reads besides the content: the declared inputs,
 * the files the browser bundles were made from (`browserInputs`, from the
 * asset build's metafile) and the files the pages import.
 */
export async function portalBuildInputs(browserInputs: readonly string[]): Promise<string[]> {
  const bundled = [...browserInputs, ...(await pageInputs())].filter((file) => !declared(file))
  return [...DECLARED_INPUTS, ...[...new Set(bundled)].sort()]
}

function readStamp(outDir: string): null | Stamp {
  const file = path.join(outDir, STAMP_FILE)
  if (!existsSync(file)) return null
  try {
    const stamp = JSON.parse(readFileSync(file, 'utf8')) as Partial<Stamp>
    return typeof stamp.fingerprint === 'string' && Array.isArray(stamp.inputs) ? (stamp as Stamp) : null
  } catch {
    return null
  }
}

/**
 * Whether the built portal came from the current site sources (content
 * changes are tracked separately): the files its build read, as recorded in
 * its stamp, still hash the same.
 */
export function isPortalBuildCurrent(outDir = resolvePortalDir(), rootDir = ROOT_DIR): boolean {
  const stamp = readStamp(outDir)
  return stamp !== null && stamp.fingerprint === sourceFingerprint(stamp.inputs, rootDir)
}

/** Record in a portal being built which sources it came from, and their hash. */
export async function stampSiteSources(exportDir: string, browserInputs: readonly string[]): Promise<void> {
  const inputs = await portalBuildInputs(browserInputs)
  const stamp: Stamp = { inputs, fingerprint: sourceFingerprint(inputs) }
  await writeFile(path.join(exportDir, STAMP_FILE), `${JSON.stringify(stamp, null, 2)}\n`)
}
