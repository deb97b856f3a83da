import http from 'node:http'

type RawAnswer = { body: string; headers: http.IncomingHttpHeaders; ms: number; status: number }

/**
 * One request on its own connection (no keep-alive, so a platform with
 * several server processes hands each request to the next one), with an
 * optional `body`. Instead, `declare`
 * sends a Content-Length header and no body at all; `chunks` are sent
 * without a length (chunked) and the body is left open, so only a server
 * that stops reading on its own can answer.
 */
export function rawRequest(
  url: string,
  {
    body,
    chunks = [],
    declare,
    headers = {},
    method = 'GET',
  }: { body?: string; chunks?: Buffer[]; declare?: number; headers?: Record<string, string>; method?: string } = {},
): Promise<RawAnswer> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method,
      agent: false,
      headers: { ...headers, ...(declare === undefined ? {} : { 'Content-Length': String(declare) }) },
    })
    request.once('error', reject)
    request.once('response', (response) => {
      const parts: Buffer[] = []
      response.on('data', (part: Buffer) => parts.push(part))
      response.once('end', () => {
        request.destroy()
        resolve({ body: Buffer.concat(parts).toString(), headers: response.headers, ms: Date.now() - started, status: response.statusCode ?? 0 })
      })
    })
    if (declare !== undefined || chunks.length > 0) {
      request.flushHeaders()
      for (const chunk of chunks) request.write(chunk)
      return
    }
    request.end(body)
  })
}
