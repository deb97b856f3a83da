import type { ChildProcess } from 'node:child_process'

/** Where a started platform answers, as its banner prints it. */
type StartBanner = { baseUrl: string; setupUrl: string }

/**
 * Read the start script's output until it prints its URLs (the admin's and
 * the one-time setup link), or fail with that output when it exits first or
 * takes longer than `timeoutMs`.
 */
export function waitForBanner(server: ChildProcess, timeoutMs: number): Promise<StartBanner> {
  return new Promise((resolve, reject) => {
    let output = ''
    let ready = false
    const timer = setTimeout(() => reject(new Error(`平台未在规定时间内启动：\n${output}`)), timeoutMs)
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

/** Stop a platform started with `spawnStart` (its whole process group) and wait until it has exited. */
export async function stopPlatform(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return
  const exited = new Promise((resolve) => server.once('exit', resolve))
  if (server.pid) process.kill(-server.pid, 'SIGTERM')
  await exited
}
