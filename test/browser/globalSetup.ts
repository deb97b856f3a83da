import type { TestProject } from 'vitest/node'

import { type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, spawnStart, startEnv } from '../helpers/startScript'
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
  const server = spawnStart(startEnv({ DATA_DIR: dataDir, PORT: String(port), YIZHAN_MODE: 'demo' }))
  const { baseUrl, setupUrl } = await waitForBanner(server)
  project.provide('baseUrl', baseUrl)
  project.provide('setupUrl', setupUrl)

  return async () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM')
    await new Promise((resolve) => server.once('exit', resolve))
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** Read the start script's output until it prints its URLs. */
function waitForBanner(server: ChildProcess): Promise<{ baseUrl: string; setupUrl: string }> {
  return new Promise((resolve, reject) => {
    let output = ''
    let ready = false
    const timer = setTimeout(
      () => reject(new Error(`平台未在规定时间内启动：\n${output}`)),
      READY_TIMEOUT_MS,
    )
    // Keep draining the pipes after start-up so the server never blocks on them.
    const collect = (chunk: Buffer) => {
      if (ready) return
      output += chunk.toString()
      const admin = /管理后台：(http:\/\/\S+)\/admin/.exec(output)
      const setup = /(http:\/\/\S+\/setup\?token=\S+)/.exec(output)
      if (admin?.[1] && setup?.[1]) {
        ready = true
        clearTimeout(timer)
        resolve({ baseUrl: admin[1], setupUrl: setup[1] })
      }
    }
    server.stdout?.on('data', collect)
    server.stderr?.on('data', collect)
    server.once('exit', (code) => {
      if (ready) return
      clearTimeout(timer)
      reject(new Error(`平台启动失败（退出码 ${code}）：\n${output}`))
    })
  })
}
