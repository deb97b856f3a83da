import { ConfigError } from './errors'

/** Payload signs sessions with PAYLOAD_SECRET; `npm start` generates one into .env. */
export function requireSecret(env: Record<string, string | undefined> = process.env): string {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (!secret) {
    throw new ConfigError(
      'PAYLOAD_SECRET_MISSING',
      '缺少 PAYLOAD_SECRET：请用 npm start 启动（会自动生成），或在环境变量或 .env 中设置',
    )
  }
  if (secret.length < 32) {
    throw new ConfigError('PAYLOAD_SECRET_WEAK', 'PAYLOAD_SECRET 太短，至少需要32个字符')
  }
  return secret
}
