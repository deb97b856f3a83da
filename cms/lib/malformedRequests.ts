/**
 * GraphQL bodies that are not JSON, refused before Payload's handler, which
 * would fail on them with a 500. (Broken percent-encoding in an address is
 * refused by the server's edge, cms/server/malformedUrl.ts.)
 */

const refusal = (message: string, code: string): Response =>
  Response.json({ errors: [{ message, data: { code } }] }, { status: 400, headers: { 'Cache-Control': 'no-store' } })

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
