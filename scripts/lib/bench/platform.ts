import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ROOT_DIR } from '../../../cms/config/paths'
import { freePort, spawnStart, startEnv } from '../../../test/helpers/startScript'
import { stopPlatform, waitForBanner } from '../startedPlatform'

const READY_TIMEOUT_MS = 15 * 60 * 1000

/** A throw-away data folder and the environment that points everything at it. */
type BenchSite = { dataDir: string; env: NodeJS.ProcessEnv; remove: () => void }

/**
 * A fresh data folder, a free port and the environment `npm start` gets in
 * demo mode, always on the embedded SQLite database (whatever the operator's
 * DATABASE_URI says), with Payload's log at warnings and `extra` on top.
 */
export async function benchSite(extra: Record<string, string> = {}): Promise<BenchSite> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-bench-'))
  const env = startEnv({
    DATA_DIR: dataDir,
    PORT: String(await freePort()),
    YIZHAN_MODE: 'demo',
    LOG_LEVEL: 'warn',
    HOST: undefined,
    PUBLIC_URL: undefined,
    ...extra,
  })
  return { dataDir, env, remove: () => rmSync(dataDir, { recursive: true, force: true }) }
}

/** The platform as `npm start` runs it, serving until `stop()`. */
export type RunningPlatform = {
  baseUrl: string
  startSeconds: number
  /** How the platform stopped by itself (exit code or signal), or null while it runs. */
  exited: () => null | string
  /** The server's last lines of output: warnings and errors at LOG_LEVEL=warn. */
  recentOutput: () => string[]
  stop: () => Promise<void>
}

const OUTPUT_TAIL_LINES = 20

/**
 * Start the platform with `env` and wait for its banner (its builds wait for
 * any other `next build` of the same app themselves). The last lines of the
 * server's output are kept for reports of failures.
 */
export async function startPlatform(env: NodeJS.ProcessEnv): Promise<RunningPlatform> {
  const started = performance.now()
  const server = spawnStart(env)
  try {
    const { baseUrl } = await waitForBanner(server, READY_TIMEOUT_MS)
    const tail: string[] = []
    const keep = (chunk: Buffer) => {
      tail.push(...chunk.toString().split('\n').filter((line) => line.trim()))
      tail.splice(0, Math.max(0, tail.length - OUTPUT_TAIL_LINES))
    }
    server.stdout?.on('data', keep)
    server.stderr?.on('data', keep)
    let stopping = false
    return {
      baseUrl,
      startSeconds: (performance.now() - started) / 1000,
      exited: () => (stopping ? null : server.exitCode !== null ? `退出码 ${server.exitCode}` : server.signalCode),
      recentOutput: () => [...tail],
      stop: () => {
        stopping = true
        return stopPlatform(server)
      },
    }
  } catch (error) {
    await stopPlatform(server)
    throw error
  }
}

/**
 * Run `npm run <script>`'s script with `args` in a child process with `env`,
 * letting its standard error through (progress and failures), and return the
 * JSON line it prints last on standard output.
 */
export function runScriptForJson<T>(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=production', path.join(ROOT_DIR, 'scripts', 'run.mjs'), script, ...args], {
      cwd: ROOT_DIR,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) => {
      const line = output.trim().split('\n').pop() ?? ''
      if (code === 0 && line.startsWith('{')) return resolve(JSON.parse(line) as T)
      reject(new Error(`${script} ${args.join(' ')} 失败（退出码 ${code}），原因见上方输出`))
    })
  })
}
