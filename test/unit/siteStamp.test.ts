import { build } from 'esbuild'
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { ROOT_DIR } from '../../cms/config/paths'
import { sourceFingerprint } from '../../cms/lib/sourceFingerprint'
import { browserBuildOptions, localInputs } from '../../cms/publish/browserBundle.mjs'
import { isPortalBuildCurrent, portalBuildInputs } from '../../cms/publish/siteStamp'

const temp = mkdtempSync(path.join(os.tmpdir(), 'yizhan-stamp-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

/** The files the browser bundles are made from, as the asset build's metafile reports them (nothing written). */
async function browserInputs(): Promise<string[]> {
  const { metafile } = await build({ ...browserBuildOptions(ROOT_DIR), write: false, metafile: true })
  return localInputs(metafile)
}

/** A copy of `files` of the repository in a folder of its own, and a built portal stamped from it. */
function stampedCopy(name: string, files: string[]): { outDir: string; rootDir: string } {
  const rootDir = path.join(temp, name, 'repo')
  const outDir = path.join(temp, name, 'out')
  for (const file of files) cpSync(path.join(ROOT_DIR, file), path.join(rootDir, file), { recursive: true })
  mkdirSync(outDir, { recursive: true })
  writeFileSync(path.join(outDir, '.yizhan-site-stamp'), JSON.stringify({ inputs: files, fingerprint: sourceFingerprint(files, rootDir) }))
  return { outDir, rootDir }
}

describe('the inputs of the portal build', () => {
  it('are what the bundlers read: the shared modules of collections/ that the scripts and pages import, and the whole site', async () => {
    const inputs = await portalBuildInputs(await browserInputs())
    expect(inputs).toEqual(
      expect.arrayContaining([
        'package-lock.json',
        'site',
        'collections/Applications/form/dateParts.ts',
        'collections/Applications/form/validate.ts',
        'collections/casework/satisfaction.ts',
        'collections/catalogue/portalUrl.ts',
        'collections/Services/options.ts',
      ]),
    )
    // Files of the site are hashed through the folder, once.
    expect(inputs.filter((input) => input.startsWith('site/'))).toEqual([])
    expect(inputs.filter((input) => input.startsWith('cms/') && input !== 'cms/publish')).toEqual([])
  })

  it('make the built portal stale when a recorded file changes', () => {
    const { outDir, rootDir } = stampedCopy('changed', ['collections/Applications/form/dateParts.ts', 'collections/Applications/form/validate.ts'])
    expect(isPortalBuildCurrent(outDir, rootDir)).toBe(true)
    appendFileSync(path.join(rootDir, 'collections/Applications/form/dateParts.ts'), '\n// changed\n')
    expect(isPortalBuildCurrent(outDir, rootDir)).toBe(false)
  })

  it('make it stale when a file is added anywhere in site/', () => {
    const { outDir, rootDir } = stampedCopy('added', ['site/lib'])
    expect(isPortalBuildCurrent(outDir, rootDir)).toBe(true)
    writeFileSync(path.join(rootDir, 'site/lib/added.ts'), 'export const added = 1\n')
    expect(isPortalBuildCurrent(outDir, rootDir)).toBe(false)
  })

  it('count a portal without a readable stamp as stale', () => {
    const outDir = path.join(temp, 'old')
    mkdirSync(outDir, { recursive: true })
    expect(isPortalBuildCurrent(outDir, ROOT_DIR)).toBe(false)
    writeFileSync(path.join(outDir, '.yizhan-site-stamp'), sourceFingerprint(['site']))
    expect(isPortalBuildCurrent(outDir, ROOT_DIR)).toBe(false)
  })
})
