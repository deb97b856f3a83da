import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { ConfigError } from '../../cms/config/errors'

/** The port to serve on: PORT, default 3000. */
export function resolvePort(env: Record<string, string | undefined> = process.env): number {
  const raw = env.PORT?.trim() || '3000'
  const port = Number(raw)
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new ConfigError('PORT_INVALID', `PORT 应为 1—65535 之间的整数，当前为“${raw}”`)
  }
  return port
}

/** Create `dir` if needed and prove a file can be written there. */
export function ensureWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true })
    const probe = path.join(dir, `.write-test-${process.pid}`)
    writeFileSync(probe, '')
    rmSync(probe)
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new ConfigError(
      'DATA_DIR_NOT_WRITABLE',
      `无法写入数据目录 ${dir}（${reason}）：请检查目录权限，或用 DATA_DIR 指定其他目录`,
    )
  }
}

/** Fail early, with a clear message, if something already listens on the port. */
export function ensurePortFree(port: number, host?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new ConfigError(
              'PORT_IN_USE',
              `端口 ${port} 已被占用：请停止占用该端口的程序，或用 PORT 指定其他端口`,
            )
          : new ConfigError('PORT_UNAVAILABLE', `无法使用端口 ${port}（${error.code ?? error.message}）`),
      )
    })
    probe.listen({ port, host }, () => probe.close(() => resolve()))
  })
}
