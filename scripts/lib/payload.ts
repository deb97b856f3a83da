import type { Payload } from 'payload'

import { getPayload } from 'payload'

import { ConfigError } from '../../cms/config/errors'

/**
 * Start Payload from a script. The config reads the environment when it is
 * imported, so it is imported here, after `.env` has been loaded.
 *
 * Scripts report progress and failures in their own words, so Payload's log
 * is silenced unless the operator sets LOG_LEVEL or DEBUG; the server the
 * start script launches afterwards logs as configured.
 */
export async function openPayload(): Promise<Payload> {
  const operatorLevel = process.env.LOG_LEVEL
  if (!operatorLevel && !process.env.DEBUG) process.env.LOG_LEVEL = 'silent'
  // Scripts never want Payload's dev-server hot reload socket.
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  try {
    const { default: config } = await import('../../payload.config')
    return await getPayload({ config })
  } catch (error) {
    if (error instanceof ConfigError) throw error
    throw new ConfigError('DATABASE_UNAVAILABLE', `无法连接数据库：${firstLine(error)}`)
  } finally {
    if (operatorLevel === undefined) delete process.env.LOG_LEVEL
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/^(Error:\s*)+/, '').split('\n')[0] ?? message
}
