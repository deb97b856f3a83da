import type { AfterErrorHook, Config, PayloadRequest } from 'payload'

import { DATABASE_ERRORS, describeFailure, isDatabaseFailure, requestFault } from './endpoints/failures'

/**
 * Database errors are logged here, without their data, rather than by
 * Payload (which would log the query's parameters).
 */
export const silencedErrorLogs = Object.fromEntries(DATABASE_ERRORS.map((name) => [name, false])) as Config['loggingLevels']

const WRITES = new Set(['PATCH', 'POST', 'PUT'])

const isPlainObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value)

type Refusal = { code: string; message: string; status: number }

/** The 4xx a failure deserves when the request caused it, or null when the server is at fault. */
function refusalFor(error: unknown, req: PayloadRequest): null | Refusal {
  const fault = requestFault(error)
  if (fault) return fault
  const multipart = /multipart\/form-data/i.test(req.headers.get('content-type') ?? '')
  if (WRITES.has(req.method ?? '') && !multipart && !isPlainObject(req.data)) return { code: 'MALFORMED_BODY', message: '请求内容应为一个 JSON 对象', status: 400 }
  return null
}

/** An error entry without the class name Payload puts in it. */
const withoutName = (entry: object | undefined): Record<string, unknown> =>
  Object.fromEntries(Object.entries(entry ?? {}).filter(([key]) => key !== 'name'))

const statusOf = (error: unknown): number => (error as { status?: number }).status ?? 500

/**
 * config.hooks.afterError, the net under every REST and GraphQL route: a
 * failure the request caused (a query the database could not run, a body
 * that is not an object, a broken form) is answered 400 in the route's own
 * shape instead of 500, and no answer names an internal error class.
 */
export const answerMalformedRequests: AfterErrorHook = ({ error, graphqlResult, req, result }) => {
  // GraphQL wraps what a resolver threw.
  const cause = (error as { originalError?: unknown }).originalError ?? error
  const failed = statusOf(cause) >= 500
  const refusal = failed ? refusalFor(cause, req) : null
  if (failed && isDatabaseFailure(cause)) {
    req.payload.logger[refusal ? 'warn' : 'error']({ failure: describeFailure(cause), path: req.pathname }, 'database query failed')
  }
  if (graphqlResult) {
    const extensions = withoutName(graphqlResult.extensions)
    return {
      graphqlResult: refusal
        ? { ...graphqlResult, message: refusal.message, extensions: { ...extensions, data: { code: refusal.code }, statusCode: refusal.status } }
        : { ...graphqlResult, extensions },
    }
  }
  if (refusal) return { response: { errors: [{ message: refusal.message, data: { code: refusal.code } }] }, status: refusal.status }
  const errors = ((result as { errors?: Record<string, unknown>[] } | undefined)?.errors ?? []).map(withoutName)
  return { response: { ...result, errors } }
}
