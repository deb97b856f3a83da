import { APIError, headersWithCors, type PayloadRequest, ValidationError } from 'payload'

import { RequestError } from '../errors'
import { describeFailure, requestFault } from './failures'
import type { ErrorAnswer, FieldError } from './refusal'

/** A JSON answer with the CORS headers the portal's origin needs. */
export function answer(req: PayloadRequest, body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, {
    status,
    headers: headersWithCors({
      headers: new Headers({ 'Cache-Control': 'no-store', 'Access-Control-Expose-Headers': 'Retry-After', ...headers }),
      req,
    }),
  })
}

const SIZE_ERRORS = new Set(['FILE_TOO_LARGE', 'TOTAL_TOO_LARGE'])

/**
 * A refusal with field errors: 400 when the request itself was malformed,
 * 413 when a file or the whole upload is too large, 422 otherwise.
 */
export const invalid = (
  errors: FieldError[],
  status = errors.some((each) => SIZE_ERRORS.has(each.code)) ? 413 : 422,
): RequestError =>
  new RequestError(
    status === 400 ? 'MALFORMED_REQUEST' : 'VALIDATION_FAILED',
    status === 400 ? '请求的格式不正确' : errors[0]?.message ?? '填写的内容有误',
    status,
    { errors },
  )

/** Codes for the refusals Payload's own local API throws inside a handler (Forbidden, NotFound, …). */
const STATUS_CODES: Record<number, string> = {
  400: 'MALFORMED_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
}

/**
 * Turn whatever an endpoint threw into the one refusal shape, `{ code,
 * message, errors? }` (refusal.ts). Refusals the caller can act on keep their
 * status and code, a query or body the server could not read is a 400; anything
 * else is logged (without the request body, which holds personal data) and
 * answered 500.
 */
function answerError(req: PayloadRequest, error: unknown): Response {
  if (error instanceof RequestError) {
    const { code, errors, retryAfterSeconds } = error.data as ErrorAnswer & { retryAfterSeconds?: number }
    const body: ErrorAnswer = { code, message: error.message, ...(errors ? { errors } : {}) }
    const headers: Record<string, string> = retryAfterSeconds ? { 'Retry-After': String(retryAfterSeconds) } : {}
    return answer(req, body, error.status, headers)
  }
  if (error instanceof ValidationError) {
    // A field's own rule refused what the endpoint's checks let through: still the caller's to fix.
    const errors = error.data.errors.map(({ message, path }) => ({ field: path, code: 'INVALID', message }))
    return answer(req, { code: 'VALIDATION_FAILED', message: errors[0]?.message ?? error.message, errors }, 422)
  }
  if (error instanceof APIError && error.status < 500) {
    const body: ErrorAnswer = { code: STATUS_CODES[error.status] ?? 'REFUSED', message: error.message }
    return answer(req, body, error.status)
  }
  // A query the database could not run, such as an export's malformed filter, is the caller's to fix.
  const fault = requestFault(error)
  req.payload.logger[fault ? 'warn' : 'error']({ failure: describeFailure(error), path: req.pathname }, fault ? 'endpoint refused a malformed request' : 'endpoint failed')
  if (fault) return answer(req, fault, 400)
  return answer(req, { code: 'INTERNAL_ERROR', message: '服务器暂时出错，请稍后再试，或拨打12345' }, 500)
}

/** Wrap a custom endpoint's handler so every refusal leaves in the one shape, with its status. */
export const handled =
  (handler: (req: PayloadRequest) => Promise<Response>) =>
  async (req: PayloadRequest): Promise<Response> => {
    try {
      return await handler(req)
    } catch (error) {
      return answerError(req, error)
    }
  }
