import type { ServerResponse } from 'node:http'

/** A refusal the server sends itself, before the request reaches Next.js or Payload. */
export type Refusal = { code: string; message: string; status: number }

/**
 * The body of a refusal in the shape of the route it was meant for: Open311's
 * `[{ code, description }]`, Payload's `{ errors: [{ message, data: { code } }] }`
 * on the rest of the API (Payload's own routes and our endpoints under it),
 * and `{ code, message }` elsewhere (the admin's and the setup page's actions).
 */
export function refusalBody(pathname: string, { code, message, status }: Refusal): unknown {
  if (pathname.startsWith('/api/open311/')) return [{ code: status, description: message }]
  if (pathname === '/api' || pathname.startsWith('/api/')) return { errors: [{ message, data: { code } }] }
  return { code, message }
}

/**
 * Answer `refusal` and close the connection: the request's body is never
 * read, so the connection cannot carry another request.
 */
export function refuse(res: ServerResponse, pathname: string, refusal: Refusal): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  const body = JSON.stringify(refusalBody(pathname, refusal))
  res.writeHead(refusal.status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    Connection: 'close',
  })
  res.end(body)
}
