import { APIError, headersWithCors, type PayloadRequest, ValidationError } from 'payload'

import { RequestError } from '../errors'
import { describeFailure, requestFault } from './failures'
import { refusalPage, wantsHtmlPage } from './htmlAnswer'
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

/** Codes and words for the refusals Payload's own local API throws inside a handler (Forbidden, NotFound, …). */
const STATUS_REFUSALS: Record<number, ErrorAnswer> = {
  400: { code: 'MALFORMED_REQUEST', message: '请求的格式不正确' },
  401: { code: 'UNAUTHENTICATED', message: '请先登录' },
  403: { code: 'FORBIDDEN', message: '没有权限执行这个操作' },
  404: { code: 'NOT_FOUND', message: '没有找到要找的记录' },
  409: { code: 'CONFLICT', message: '记录已被改动，请刷新后再试' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: '提交的内容太大' },
  429: { code: 'TOO_MANY_REQUESTS', message: '操作太频繁，请稍后再试' },
}

/** Payload's own message when it is already in Chinese (its translations), else the status's words. */
const payloadRefusal = (error: APIError): ErrorAnswer => {
  const known = STATUS_REFUSALS[error.status] ?? { code: 'REFUSED', message: '请求没有被接受' }
  return /\p{Script=Han}/u.test(error.message) ? { code: known.code, message: error.message } : known
}

type RefusalAnswer = { body: ErrorAnswer; headers?: Record<string, string>; status: number }

/**
 * Turn whatever an endpoint threw into the one refusal shape, `{ code,
 * message, errors? }` (refusal.ts). Refusals the caller can act on keep their
 * status and code, a query or body the server could not read is a 400; anything
 * else is logged (without the request body, which holds personal data) and
 * answered 500.
 */
function refusalFor(req: PayloadRequest, error: unknown): RefusalAnswer {
  if (error instanceof RequestError) {
    const { code, errors, retryAfterSeconds } = error.data as ErrorAnswer & { retryAfterSeconds?: number }
    const headers: Record<string, string> = retryAfterSeconds ? { 'Retry-After': String(retryAfterSeconds) } : {}
    return { body: { code, message: error.message, ...(errors ? { errors } : {}) }, headers, status: error.status }
  }
  if (error instanceof ValidationError) {
    // A field's own rule refused what the endpoint's checks let through: still the caller's to fix.
    const errors = error.data.errors.map(({ message, path }) => ({ field: path, code: 'INVALID', message }))
    return { body: { code: 'VALIDATION_FAILED', message: errors[0]?.message ?? error.message, errors }, status: 422 }
  }
  if (error instanceof APIError && error.status < 500) {
    return { body: payloadRefusal(error), status: error.status }
  }
  // A query the database could not run, such as an export's malformed filter, is the caller's to fix.
  const fault = requestFault(error)
  req.payload.logger[fault ? 'warn' : 'error']({ failure: describeFailure(error), path: req.pathname }, fault ? 'endpoint refused a malformed request' : 'endpoint failed')
  if (fault) return { body: { code: fault.code, message: fault.message }, status: fault.status }
  return { body: { code: 'INTERNAL_ERROR', message: '服务器暂时出错，请稍后再试，或拨打12345' }, status: 500 }
}

/**
 * Wrap a custom endpoint's handler so every refusal leaves in the one shape,
 * with its status: JSON, or a page for a browser's plain form post
 * (htmlAnswer.ts), or always a page (`page`: the handler serves pages to
 * browsers, such as a link followed).
 */
export const handled =
  (handler: (req: PayloadRequest) => Promise<Response>, { page = false }: { page?: boolean } = {}) =>
  async (req: PayloadRequest): Promise<Response> => {
    try {
      return await handler(req)
    } catch (error) {
      const { body, headers, status } = refusalFor(req, error)
      return page || wantsHtmlPage(req) ? refusalPage(body, status) : answer(req, body, status, headers)
    }
  }
