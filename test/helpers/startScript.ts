import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import net from 'node:net'
import path from 'node:path'

import { ROOT_DIR } from '../../cms/config/paths'

/** This machine as TRUSTED_PROXIES, over IPv4 and IPv6 (`localhost` may resolve to either). */
export const LOOPBACK = '127.0.0.1,::1'

/** The environment every test start gets: its own secret, so .env is never written. */
export const startEnv = (overrides: Record<string, string | undefined>): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    NEXT_TELEMETRY_DISABLED: '1',
  }
  delete env.DATABASE_URI
  delete env.YIZHAN_ADMIN_USERNAME
  delete env.YIZHAN_ADMIN_PASSWORD
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[key]
    else env[key] = value
  }
  // A test's portal is built into its own data folder, never over the developer's site/out/.
  if (overrides.DATA_DIR && !overrides.PORTAL_OUT_DIR) env.PORTAL_OUT_DIR = path.join(overrides.DATA_DIR, 'portal')
  return env
}

/** Run what `npm start` runs (without npm) as a child process. */
export const spawnStart = (env: NodeJS.ProcessEnv): ChildProcess =>
  spawn(process.execPath, ['--conditions=production', path.join(ROOT_DIR, 'scripts', 'run.mjs'), 'start'], {
    cwd: ROOT_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })

/** A TCP port that nothing listens on right now. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
