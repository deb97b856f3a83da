import { APIError, type PayloadRequest, ValidationError } from 'payload'

/**
 * An error a person or a program can act on: a Chinese message for people, a
 * stable machine `code` in the response data, and the HTTP status that fits.
 */
export class RequestError extends APIError<{ code: string } & Record<string, unknown>> {
  constructor(code: string, message: string, status = 400, details: Record<string, unknown> = {}) {
    super(message, status, { code, ...details }, true)
    this.name = 'RequestError'
  }
}

/**
 * A 429 on Payload's own routes (REST, GraphQL), with the Retry-After header
 * (Payload adds `req.responseHeaders` to its error answers) and the wait in
 * the data for programs that read the body.
 */
export function tooManyRequests(req: PayloadRequest, code: string, message: string, retryAfterSeconds: number): RequestError {
  req.responseHeaders = new Headers(req.responseHeaders)
  req.responseHeaders.set('Retry-After', String(retryAfterSeconds))
  return new RequestError(code, message, 429, { retryAfterSeconds })
}

/** Whether a write failed because another record already holds this unique `field` (a race a retry can resolve). */
export const isUniqueClash = (error: unknown, field: string): boolean =>
  error instanceof ValidationError && error.data.errors.some((each) => each.path === field)
