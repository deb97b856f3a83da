/**
 * The request header in which the server (cms/server/edge.ts) hands route
 * handlers the client's address. Whatever a client sends in it is replaced.
 */
export const CLIENT_ADDRESS_HEADER = 'x-yizhan-client-address'

/**
 * Who is asking, for per-client limits and the audit log: the address the
 * server worked out from the connection and its trusted proxies, or
 * 'unknown' when no HTTP server stands in front (the Local API, tests).
 */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) || 'unknown'
}
