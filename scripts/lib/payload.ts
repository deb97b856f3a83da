import type { Payload } from 'payload'

import { getPayload } from 'payload'

import { ConfigError } from '../../cms/config/errors'

/**
 * Start Payload from a script. The config reads the environment when it is
 * imported, so it is imported here, after `.env` has been loaded.
 */
export async function openPayload(): Promise<Payload> {
  const { default: config } = await import('../../payload.config')
  try {
    return await getPayload({ config })
  } catch (error) {
    throw new ConfigError('DATABASE_UNAVAILABLE', `无法连接数据库：${describe(error)}`)
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/^Error:\s*/, '').split('\n')[0] ?? message
}
