import type { TestProject } from 'vitest/node'

import { mkdtempSync, rmSync } from 'node:fs'
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
 */
export default async function setup(project: TestProject) {
  project.provide('chromiumPath', chromiumPath())

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-browser-'))
  const port = await freePort()
  // The tests stand in for a reverse proxy: each names its own clients in
  // X-Forwarded-For, so per-client limits of one test do not spill into another.
  // Department systems' webhooks may go to a receiver the test starts on loopback.
  const server = spawnStart(startEnv({ DATA_DIR: dataDir, PORT: String(port), YIZHAN_MODE: 'demo', TRUSTED_PROXIES: LOOPBACK, DEPARTMENT_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' }))
  const { baseUrl, setupUrl } = await waitForBanner(server, READY_TIMEOUT_MS)
  project.provide('baseUrl', baseUrl)
  project.provide('setupUrl', setupUrl)

  return async () => {
    await stopPlatform(server)
    rmSync(dataDir, { recursive: true, force: true })
  }
}
