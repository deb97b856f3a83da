import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort, spawnStart, startEnv } from '../helpers/startScript'

type Outcome = { code: number | null; stderr: string; stdout: string }

/** Start with a broken environment and collect what the operator would see. */
const start = (overrides: Record<string, string | undefined>): Promise<Outcome> =>
  new Promise((resolve) => {
    const child = spawnStart(startEnv(overrides))
    let stdout = ''
    let stderr = ''
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('exit', (code) => resolve({ code, stdout, stderr }))
  })

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-start-'))
const aFile = path.join(dataDir, 'a-file')
writeFileSync(aFile, '')

let busy: net.Server
let busyPort: number
beforeAll(async () => {
  busy = net.createServer()
  await new Promise<void>((resolve) => busy.listen(0, resolve))
  busyPort = (busy.address() as net.AddressInfo).port
})
afterAll(async () => {
  await new Promise<void>((resolve) => busy.close(() => resolve()))
  rmSync(dataDir, { recursive: true, force: true })
})

describe.concurrent('npm start with a bad environment', () => {
  it.each([
    [{ DATABASE_URI: 'postgres://db.example/yizhan' }, 'DATABASE_URI_UNSUPPORTED'],
    [{ DATABASE_URI: 'localhost:27017' }, 'DATABASE_URI_MALFORMED'],
    [{ DATABASE_URI: 'mongodb://db.example:27017' }, 'DATABASE_URI_MALFORMED'],
    [{ DATABASE_URI: ' ' }, 'DATABASE_URI_EMPTY'],
    [{ DATA_DIR: path.join(aFile, 'data') }, 'DATA_DIR_NOT_WRITABLE'],
    [{ PORT: 'eighty' }, 'PORT_INVALID'],
    [{ YIZHAN_MODE: 'staging' }, 'YIZHAN_MODE_INVALID'],
  ])('%j stops with one clear line: %s', async (overrides, code) => {
    const outcome = await start({ DATA_DIR: dataDir, PORT: String(await freePort()), ...overrides })
    expect(outcome.code).toBe(1)
    const lines = outcome.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(new RegExp(`^错误 \\[${code}\\]：\\S`))
    expect(outcome.stderr).not.toMatch(/\n\s+at /)
  })

  it('stops with one clear line when the port is taken', async () => {
    const outcome = await start({ DATA_DIR: dataDir, PORT: String(busyPort) })
    expect(outcome.code).toBe(1)
    expect(outcome.stderr.trim()).toBe(
      `错误 [PORT_IN_USE]：端口 ${busyPort} 已被占用：请停止占用该端口的程序，或用 PORT 指定其他端口`,
    )
  })

  it('stops with one clear line when MongoDB cannot be reached', async () => {
    const outcome = await start({
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      DATABASE_URI: 'mongodb://127.0.0.1:9/yizhan',
    })
    expect(outcome.code).toBe(1)
    const lines = outcome.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^错误 \[DATABASE_UNAVAILABLE\]：无法连接数据库/)
  })
})
