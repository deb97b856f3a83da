import { spawn, type SpawnOptions } from 'node:child_process'
import path from 'node:path'

import { ROOT_DIR } from '../config/paths'

/** The path of an installed package's executable. */
const binPath = (name: string): string => path.join(ROOT_DIR, 'node_modules', '.bin', name)

type RunOptions = SpawnOptions & {
  /** Also hand every piece of output to this function as it arrives (a build log, say). */
  onOutput?: (text: string) => void
}

/**
 * Run a command to completion. Its output is collected and only shown when it
 * fails, so a healthy start stays quiet.
 */
function runQuietly(command: string, args: string[], { onOutput, ...options }: RunOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT_DIR, ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    const output: Buffer[] = []
    const collect = (chunk: Buffer) => {
      output.push(chunk)
      onOutput?.(chunk.toString())
    }
    child.stdout?.on('data', collect)
    child.stderr?.on('data', collect)
    child.once('error', reject)
    child.once('exit', (code) => {
      if (code === 0) return resolve()
      process.stderr.write(Buffer.concat(output))
      reject(new Error(`${path.basename(command)} ${args.join(' ')} 退出码 ${code}`))
    })
  })
}

/** What `next build` says when another build of the same app is running (a second start in this checkout). */
const BUILD_BUSY = /Another next build process is already running/
const BUILD_BUSY_WAIT_MS = 15_000
const BUILD_BUSY_ATTEMPTS = 20

/** Run `next build` with `args`, waiting for another build of the same app to finish rather than failing. */
export async function runNextBuild(args: string[], options: RunOptions = {}): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    let busy = false
    try {
      return await runQuietly(binPath('next'), ['build', ...args], {
        ...options,
        onOutput: (text) => {
          busy ||= BUILD_BUSY.test(text)
          options.onOutput?.(text)
        },
      })
    } catch (error) {
      if (!busy || attempt >= BUILD_BUSY_ATTEMPTS) throw error
      await new Promise((resolve) => setTimeout(resolve, BUILD_BUSY_WAIT_MS))
    }
  }
}
