import { ConfigError } from './errors'

/**
 * Origins allowed to call the API from a browser: the public URL of the
 * server itself plus `CORS_ORIGINS` (comma separated), e.g. the portal when it
 * is deployed to a CDN on another origin.
 */
export function corsOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const listed = [env.PUBLIC_URL, ...(env.CORS_ORIGINS ?? '').split(',')]
    .map((value) => value?.trim().replace(/\/$/, ''))
    .filter((value): value is string => Boolean(value))
  for (const origin of listed) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(
        'CORS_ORIGIN_INVALID',
        `CORS_ORIGINS 中的“${origin}”不是有效的来源，应形如 https://portal.example.gov.cn`,
      )
    }
  }
  return [...new Set(listed)]
}
