import type { TestProject } from 'vitest/node'

import { randomBytes } from 'node:crypto'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { stopPlatform, waitForBanner } from '../../scripts/lib/startedPlatform'
import { freePort, LOOPBACK, spawnStart, startEnv } from '../helpers/startScript'
import { chromiumPath } from './chromium'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    chromiumPath: string
    setupUrl: string
  }
}

const READY_TIMEOUT_MS = 10 * 60 * 1000

/**
 * Start the platform the way `npm start` does (demo mode, its own data folder
 * and port, building the CMS if its sources changed) and find a Chromium.
 * A first start seeds the demo content and builds the portal into a data
 * folder kept as a template: the shared platform and the tests that start
 * their own (`seededCopy` in ./browser.ts) start from copies of it, so each
 * of those starts skips seeding and the portal build.
 */
export default async function setup(project: TestProject) {
  project.provide('chromiumPath', chromiumPath())

  const secret = randomBytes(32).toString('hex')
  const templateDir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-browser-seeded-'))
  const seeding = spawnStart(startEnv({ DATA_DIR: templateDir, PORT: String(await freePort()), YIZHAN_MODE: 'demo', PAYLOAD_SECRET: secret }))
  await waitForBanner(seeding, READY_TIMEOUT_MS)
  await stopPlatform(seeding)
  project.provide('seededDataDir', templateDir)
  project.provide('seededSecret', secret)

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-browser-'))
  cpSync(templateDir, dataDir, { recursive: true })
  const port = await freePort()
  // The tests stand in for a reverse proxy: each names its own clients in
  // X-Forwarded-For, so per-client limits of one test do not spill into another.
  // Department systems' webhooks may go to a receiver the test starts on loopback.
  const server = spawnStart(
    startEnv({
      DATA_DIR: dataDir,
      PORT: String(port),
      YIZHAN_MODE: 'demo',
      PAYLOAD_SECRET: secret,
      TRUSTED_PROXIES: LOOPBACK,
      DEPARTMENT_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    }),
  )
  const { baseUrl, setupUrl } = await waitForBanner(server, READY_TIMEOUT_MS)
  project.provide('baseUrl', baseUrl)
  project.provide('setupUrl', setupUrl)

  return async () => {
    await stopPlatform(server)
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(templateDir, { recursive: true, force: true })
  }
}
