import { headersWithCors, type PayloadRequest, ValidationError } from 'payload'

import { RequestError } from '../../errors'
import type { FieldError } from '../form/validate'
import type { ErrorAnswer } from '../states'

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

/**
 * What went wrong, without the data: database errors carry the failed query's
 * parameters (names, ID numbers, phones) in their message, so only the error
 * types and the innermost cause, which names the table or constraint, are logged.
 */
export function describeFailure(error: unknown): string {
  const types: string[] = []
  let current: unknown = error
  let innermost = ''
  while (current instanceof Error && types.length < 5) {
    types.push(current.name)
    innermost = current.message
    current = current.cause
  }
  const reason = types.length > 1 ? innermost.split('\n')[0]!.replace(/params:.*$/s, '').slice(0, 200) : ''
  return [types.join(' ← ') || typeof error, reason].filter(Boolean).join(': ')
}

/**
 * Turn whatever an endpoint threw into the contract's error shape. Refusals
 * the caller can act on keep their status and code; anything else is logged
 * (without the request body, which holds personal data) and answered 500.
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
  req.payload.logger.error({ failure: describeFailure(error), path: req.pathname }, 'application endpoint failed')
  return answer(req, { code: 'INTERNAL_ERROR', message: '服务器暂时出错，请稍后再试，或拨打12345' }, 500)
}

/** Wrap a handler so every refusal leaves in the contract's shape. */
export const handled =
  (handler: (req: PayloadRequest) => Promise<Response>) =>
  async (req: PayloadRequest): Promise<Response> => {
    try {
      return await handler(req)
    } catch (error) {
      return answerError(req, error)
    }
  }
