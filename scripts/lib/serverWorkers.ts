import cluster, { type Worker } from 'node:cluster'
import os from 'node:os'
import path from 'node:path'

import type { PlatformMode } from '../../cms/config/mode'
import { ConfigError } from '../../cms/config/errors'
import { ROOT_DIR } from '../../cms/config/paths'

/** Most server processes started without WEB_CONCURRENCY, whatever the core count. */
const MAX_DEFAULT_WORKERS = 4
/** A replacement worker that dies sooner than this after starting is failing, not unlucky: stop. */
const CRASH_LOOP_MS = 30_000

/**
 * How many server processes share the port: `WEB_CONCURRENCY` when set;
 * otherwise one in demo mode (light on a laptop) and one per core, up to
 * four, in production. Node runs JavaScript on one core per process, so
 * this is what lets one machine use all of its cores.
 */
export function resolveWorkerCount(mode: PlatformMode): number {
  const configured = process.env.WEB_CONCURRENCY?.trim()
  if (configured) {
    const count = Number(configured)
    if (!Number.isInteger(count) || count < 1 || count > 64) {
      throw new ConfigError('WEB_CONCURRENCY_INVALID', `WEB_CONCURRENCY 应为 1 到 64 之间的整数，现在是“${configured}”`)
    }
    return count
  }
  return mode === 'demo' ? 1 : Math.min(os.availableParallelism(), MAX_DEFAULT_WORKERS)
}

type ServerWorkers = {
  /** Resolves once every worker has stopped after `stop()`; rejects if the service fails. */
  done: Promise<void>
  /** The service answered: from now on a worker that dies is replaced. */
  markReady: () => void
  stop: () => void
}

/**
 * Run the server (scripts/serve.ts: Next.js behind the edge checks) in
 * `count` worker processes on one port (Node's cluster module hands
 * connections to the workers in turn). Only the first worker
 * runs the jobs queue. A worker that dies while the service runs is replaced,
 * unless it was itself a replacement that had only just started (a crash
 * loop); before the service is ready any death is a failed start.
 */
export function startServerWorkers({ args, count, env }: { args: string[]; count: number; env: Record<string, string> }): ServerWorkers {
  cluster.setupPrimary({
    exec: path.join(ROOT_DIR, 'scripts', 'run.mjs'),
    args: ['serve', ...args],
    execArgv: ['--conditions=production'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  let ready = false
  let stopping = false
  const running = new Set<Worker>()
  let settle: { reject: (error: Error) => void; resolve: () => void }
  const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }))

  const stop = (): void => {
    if (stopping) return
    stopping = true
    for (const worker of running) worker.process.kill('SIGTERM')
    if (running.size === 0) settle.resolve()
  }

  const fork = (index: number, replacement = false): void => {
    const started = Date.now()
    const worker = cluster.fork({ ...env, YIZHAN_RUN_JOBS: index === 0 ? '1' : '' })
    running.add(worker)
    worker.once('exit', (code, signal) => {
      running.delete(worker)
      // Ctrl+C or a service manager signals the whole process group: a worker
      // that stopped cleanly or on SIGINT/SIGTERM was told to stop, so stop all.
      if (stopping || code === 0 || signal === 'SIGINT' || signal === 'SIGTERM') {
        stop()
        if (running.size === 0) settle.resolve()
        return
      }
      const how = signal ? `信号 ${signal}` : `退出码 ${code}`
      if (ready && !(replacement && Date.now() - started < CRASH_LOOP_MS)) {
        console.error(`服务进程 ${index + 1} 意外退出（${how}），正在重新启动`)
        fork(index, true)
        return
      }
      stop()
      settle.reject(new Error(`服务进程意外退出（${how}）`))
    })
  }

  for (let index = 0; index < count; index += 1) fork(index)
  return { done, markReady: () => (ready = true), stop }
}
