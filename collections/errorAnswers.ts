import type { AfterErrorHook, Config, PayloadRequest } from 'payload'

import { describeFailure } from './Applications/endpoints/respond'

/** Database drivers' errors: their messages carry the failed query and its parameters (personal data). */
const DATABASE_ERRORS = ['DrizzleQueryError', 'LibsqlError', 'SqliteError', 'MongoServerError', 'CastError', 'BSONError']
/** Failures of a busy or unreachable database, which are the server's, not the request's. */
const UNAVAILABLE = /SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN)|ECONNREFUSED|MongoNetwork|ServerSelection|timed out/i
/** What the multipart and form parsers say about a broken body. */
const BROKEN_BODY = /^(Unexpected end of form|Unexpected end of file|Malformed part header|Malformed urlencoded form|Multipart: Boundary not found)/

/**
 * Database errors are logged here, without their data, rather than by
 * Payload (which would log the query's parameters).
 */
export const silencedErrorLogs = Object.fromEntries(DATABASE_ERRORS.map((name) => [name, false])) as Config['loggingLevels']

const chain = (error: unknown): Error[] => {
  const errors: Error[] = []
  for (let current = error; current instanceof Error && errors.length < 5; current = current.cause) errors.push(current)
  return errors
}

const WRITES = new Set(['PATCH', 'POST', 'PUT'])

const isPlainObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value)

type Refusal = { code: string; message: string }

/** The 400 a failure deserves when the request caused it, or null when the server is at fault. */
function refusalFor(error: unknown, req: PayloadRequest): null | Refusal {
  const errors = chain(error)
  const text = errors.map((each) => `${each.name} ${(each as { code?: string }).code ?? ''} ${each.message}`).join('\n')
  if (errors.some((each) => DATABASE_ERRORS.includes(each.name)) && !UNAVAILABLE.test(text)) {
    return { code: 'MALFORMED_QUERY', message: '查询无法执行：请检查查询条件、排序和分页参数' }
  }
  // Payload parses a `where` or `data` query parameter given as JSON text.
  if (errors[0]?.name === 'SyntaxError' && /JSON/.test(errors[0].message)) return { code: 'MALFORMED_QUERY', message: '查询参数不是有效的 JSON' }
  if (errors.some((each) => BROKEN_BODY.test(each.message))) return { code: 'MALFORMED_BODY', message: '请求内容无法解析' }
  const multipart = /multipart\/form-data/i.test(req.headers.get('content-type') ?? '')
  if (WRITES.has(req.method ?? '') && !multipart && !isPlainObject(req.data)) return { code: 'MALFORMED_BODY', message: '请求内容应为一个 JSON 对象' }
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
  if (failed && chain(cause).some((each) => DATABASE_ERRORS.includes(each.name))) {
    req.payload.logger[refusal ? 'warn' : 'error']({ failure: describeFailure(cause), path: req.pathname }, 'database query failed')
  }
  if (graphqlResult) {
    const extensions = withoutName(graphqlResult.extensions)
    return {
      graphqlResult: refusal
        ? { ...graphqlResult, message: refusal.message, extensions: { ...extensions, data: { code: refusal.code }, statusCode: 400 } }
        : { ...graphqlResult, extensions },
    }
  }
  if (refusal) return { response: { errors: [{ message: refusal.message, data: { code: refusal.code } }] }, status: 400 }
  const errors = ((result as { errors?: Record<string, unknown>[] } | undefined)?.errors ?? []).map(withoutName)
  return { response: { ...result, errors } }
}
