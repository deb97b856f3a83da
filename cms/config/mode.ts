import { ConfigError } from './errors'

type Env = Record<string, string | undefined>

/**
 * `demo` seeds the demo staff accounts and lets them sign in; `production`
 * does neither. `npm start` sets demo unless told otherwise; anything that
 * starts the server some other way gets production, the safe default.
 */
export type PlatformMode = 'demo' | 'production'

export function resolvePlatformMode(env: Env = process.env): PlatformMode {
  const value = env.YIZHAN_MODE?.trim() || 'production'
  if (value !== 'demo' && value !== 'production') {
    throw new ConfigError(
      'YIZHAN_MODE_INVALID',
      `YIZHAN_MODE 只能是 demo 或 production，当前为“${value}”`,
    )
  }
  return value
}
