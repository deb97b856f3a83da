import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Received = { body: string; headers: IncomingHttpHeaders; receivedAt: number }

/**
 * A department system's webhook receiver on a loopback port: a real HTTP
 * server that keeps every request and answers with `status` (200 unless a
 * test says otherwise). `stop` and `start` take it down and bring it back
 * on the same port.
 */
export function webhookReceiver() {
  const received: Received[] = []
  let status = 200
  let port = 0
  let server: Server | undefined
  const start = () =>
    new Promise<void>((resolve) => {
      server = createServer((request, response) => {
        const chunks: Buffer[] = []
        request.on('data', (chunk: Buffer) => chunks.push(chunk))
        request.on('end', () => {
          received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: request.headers, receivedAt: Date.now() })
          response.writeHead(status).end()
        })
      })
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as AddressInfo).port
        resolve()
      })
    })
  const stop = () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  return {
    received,
    start,
    stop,
    answerWith: (next: number) => {
      status = next
    },
    url: () => `http://127.0.0.1:${port}/yizhan/webhook`,
  }
}

/** Wait until `check` holds (polling), or fail after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > until) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
