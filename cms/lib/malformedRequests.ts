/**
 * Requests refused before Payload or Next.js handle them, because they would
 * otherwise fail inside the framework with a 500: paths with broken
 * percent-encoding, and GraphQL bodies that are not JSON. (A query string
 * reaches no application code as sent: Next.js decodes it leniently and
 * re-encodes it, so `?where%ZZ` arrives as the harmless `?where%25ZZ`.)
 */

const refusal = (message: string, code: string): Response =>
  Response.json({ errors: [{ message, data: { code } }] }, { status: 400, headers: { 'Cache-Control': 'no-store' } })

/** Whether every `%` escape in the path decodes (as UTF-8): `/api/%E0%A4%A` does not. */
function isWellEncoded(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

/** A 400 for a path with broken percent-encoding, or null. */
export function malformedPath(url: URL): null | Response {
  return isWellEncoded(url.pathname) ? null : refusal('地址中的百分号编码（%）不正确', 'MALFORMED_URL')
}

/** A 400 for a GraphQL POST whose JSON body does not parse (Payload's handler would fail with a 500), or null. */
export async function malformedGraphqlBody(request: Request): Promise<null | Response> {
  if (!/^application\/json/i.test(request.headers.get('content-type') ?? '')) return null
  try {
    JSON.parse(await request.clone().text())
    return null
  } catch {
    return refusal('请求内容不是有效的 JSON', 'MALFORMED_JSON')
  }
}
