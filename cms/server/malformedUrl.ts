import type { Refusal } from './refusal'

/** Whether every `%` escape decodes as UTF-8 (`%E0%A4%A` and `%ZZ` do not). */
function isWellEncoded(part: string): boolean {
  try {
    decodeURIComponent(part)
    return true
  } catch {
    return false
  }
}

/**
 * A 400 for an address, path or query string, with broken percent-encoding,
 * or null. Checked on the raw address before Next.js sees it: its router
 * answers a broken path with a 500 and repairs a broken query string
 * silently, so the caller would never learn that a parameter was dropped.
 */
export function malformedUrl(rawUrl: string): null | Refusal {
  const [path = '', query = ''] = rawUrl.split('?', 2)
  if (isWellEncoded(path) && isWellEncoded(query.replace(/\+/g, ' '))) return null
  return { status: 400, code: 'MALFORMED_URL', message: '地址中的百分号编码（%）不正确' }
}
