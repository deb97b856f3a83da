import type { IncomingMessage, ServerResponse } from 'node:http'

import { type Refusal, refuse } from './refusal'

const KB = 1024
const MB = 1024 * KB

/** The largest file staff may upload to the media library (Payload's `upload.limits.fileSize`). */
export const MEDIA_FILE_MAX_BYTES = 20 * MB
/** Room for the other form fields and the multipart framing around an upload. */
const FORM_OVERHEAD_BYTES = 1 * MB
/** Everything else: JSON for Payload's REST API, our endpoints, Open311, the admin's server actions. */
const DEFAULT_MAX_BYTES = 1 * MB

/** The largest request body each route accepts; the first route that matches the path wins. */
const BODY_LIMITS: { route: RegExp; bytes: number }[] = [
  { route: /^\/api\/graphql\/?$/, bytes: 100 * KB },
  // Sign-in and the other account forms carry a name and a password or a token.
  { route: /^\/api\/[^/]+\/(login|logout|refresh-token|forgot-password|reset-password|first-register|unlock)\/?$/, bytes: 10 * KB },
  // Up to 10 MB a file and 30 MB in all (collections/Applications/form/validate.ts), with the form around them.
  { route: /^\/api\/applications\/(submit|supplement)\/?$/, bytes: 32 * MB },
  // A million rows of CSV (collections/Persons/transfer/importEndpoint.ts).
  { route: /^\/api\/persons\/import\/?$/, bytes: 200 * MB },
  { route: /^\/api\/media(\/[^/]*)?$/, bytes: MEDIA_FILE_MAX_BYTES + FORM_OVERHEAD_BYTES },
]

export const bodyLimitFor = (pathname: string): number =>
  BODY_LIMITS.find(({ route }) => route.test(pathname))?.bytes ?? DEFAULT_MAX_BYTES

const readable = (bytes: number): string => (bytes >= MB ? `${Math.floor(bytes / MB)}MB` : `${Math.floor(bytes / KB)}KB`)

const tooLarge = (limit: number): Refusal => ({
  status: 413,
  code: 'BODY_TOO_LARGE',
  message: `提交的内容太大，这个接口最多接收 ${readable(limit)}`,
})

/**
 * Hold a request body to its route's limit. A declared length over the limit
 * is refused before a byte of the body is read (returns true: answered); a
 * body sent without a length is cut off, and refused, the moment it passes
 * the limit. The HTTP parser hands the body to the request with `push`, so
 * that is where it is counted, whoever reads it later.
 */
export function limitBody(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
  const limit = bodyLimitFor(pathname)
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    refuse(res, pathname, tooLarge(limit))
    return true
  }
  let received = 0
  const push = req.push.bind(req)
  req.push = (chunk: Buffer | null, encoding?: BufferEncoding): boolean => {
    if (chunk !== null) received += chunk.length
    if (received <= limit) return push(chunk, encoding)
    if (!res.headersSent) {
      // Whoever was reading the body may still try to answer: the client already has its answer.
      res.on('error', () => undefined)
      refuse(res, pathname, tooLarge(limit))
    }
    return false
  }
  return false
}
