import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { generateImportMap } from 'payload'

import { ROOT_DIR } from '../../cms/config/paths'
import { runNextBuild } from '../../cms/lib/processes'
import { sourceFingerprint } from '../../cms/lib/sourceFingerprint'

const BUILD_DIR = path.join(ROOT_DIR, 'cms', '.next')
const STAMP_FILE = path.join(BUILD_DIR, 'yizhan-build-stamp')

/** Everything the CMS build depends on. */
const BUILD_INPUTS = ['package-lock.json', 'payload.config.ts', 'tsconfig.json', 'cms', 'collections', 'site/lib']

/** A hash of the CMS build inputs: the build is redone only when it changes. */
const buildFingerprint = (): string => sourceFingerprint(BUILD_INPUTS)

function isBuildCurrent(): boolean {
  return (
    existsSync(path.join(BUILD_DIR, 'BUILD_ID')) &&
    existsSync(STAMP_FILE) &&
    readFileSync(STAMP_FILE, 'utf8') === buildFingerprint()
  )
}

/** Regenerate the admin's import map from the config, in this process. */
async function writeImportMap(): Promise<void> {
  const { default: config } = await import('../../payload.config')
  await generateImportMap(await config, { log: false })
}

/**
 * Build the CMS (admin, REST, GraphQL) for production unless the last build
 * used the same sources. Returns whether a build ran.
 */
export async function buildCms({ force = false } = {}): Promise<boolean> {
  if (!force && isBuildCurrent()) return false

  await writeImportMap()
  // Webpack, as Payload's templates use: under Turbopack, Payload's error
  // classes are duplicated on the server and API errors lose their messages.
  await runNextBuild(['cms', '--webpack'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  // The import map may have been regenerated; stamp the sources actually built.
  writeFileSync(STAMP_FILE, buildFingerprint())
  return true
}
