import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'

import { servePortalFile } from '../../../cms/lib/portal/servePortalFile'

/**
 * The built portal on a local HTTP server, exactly as `npm start` serves it
 * (the same servePortalFile), for benchmarks that need only the static site.
 */
export async function startPortalServer(): Promise<{ close: () => Promise<void>; url: string }> {
  const server: Server = createServer((incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', 'http://localhost')
    const request = new Request(url, { method: incoming.method, headers: incoming.headers as Record<string, string> })
    const segments = url.pathname.split('/').filter(Boolean)
    servePortalFile(request, segments)
      .then(async (response) => {
        outgoing.writeHead(response.status, Object.fromEntries(response.headers))
        if (response.body) Readable.fromWeb(response.body as WebReadableStream).pipe(outgoing)
        else outgoing.end()
      })
      .catch((error: unknown) => {
        outgoing.writeHead(500).end(String(error))
      })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
