/**
 * What a failure says about the request that met it, for both nets: the
 * custom endpoints' wrapper (respond.ts) and Payload's own routes
 * (errorAnswers.ts). No Payload imports.
 */

/** Database drivers' errors: their messages carry the failed query and its parameters (personal data). */
export const DATABASE_ERRORS = ['DrizzleQueryError', 'LibsqlError', 'SqliteError', 'MongoServerError', 'CastError', 'BSONError']
/** Failures of a busy or unreachable database, which are the server's, not the request's. */
const UNAVAILABLE = /SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN)|ECONNREFUSED|MongoNetwork|ServerSelection|timed out/i
/** MongoDB's answer to two transactions writing one document at once: the later may simply try again. */
const WRITE_CONFLICT = /WriteConflict|TransientTransactionError|write conflict/i
/** What the multipart and form parsers say about a broken body. */
const BROKEN_BODY = /^(Unexpected end of form|Unexpected end of file|Malformed part header|Malformed urlencoded form|Multipart: Boundary not found)/

/** The error and its causes, outermost first (five at most). */
export const failureChain = (error: unknown): Error[] => {
  const errors: Error[] = []
  for (let current = error; current instanceof Error && errors.length < 5; current = current.cause) errors.push(current)
  return errors
}

/** Whether a database driver's error is among the failure's causes. */
export const isDatabaseFailure = (error: unknown): boolean => failureChain(error).some((each) => DATABASE_ERRORS.includes(each.name))

/**
 * The 4xx a failure deserves when the request caused it — a query the
 * database could not run, a JSON query parameter that is not JSON, a broken
 * form (400); a write that met another at the same moment (409, to try
 * again) — or null when the server is at fault.
 */
export function requestFault(error: unknown): null | { code: string; message: string; status: number } {
  const errors = failureChain(error)
  const text = errors.map((each) => `${each.name} ${(each as { code?: string }).code ?? ''} ${each.message} ${((each as { errorLabels?: string[] }).errorLabels ?? []).join(' ')}`).join('\n')
  if (isDatabaseFailure(error) && WRITE_CONFLICT.test(text)) return { code: 'WRITE_CONFLICT', message: '有人正在同时修改同一条内容，请稍后再试一次', status: 409 }
  if (isDatabaseFailure(error) && !UNAVAILABLE.test(text)) {
    return { code: 'MALFORMED_QUERY', message: '查询无法执行：请检查查询条件、排序和分页参数', status: 400 }
  }
  // Payload parses a `where` or `data` query parameter given as JSON text.
  if (errors[0]?.name === 'SyntaxError' && /JSON/.test(errors[0].message)) return { code: 'MALFORMED_QUERY', message: '查询参数不是有效的 JSON', status: 400 }
  if (errors.some((each) => BROKEN_BODY.test(each.message))) return { code: 'MALFORMED_BODY', message: '请求内容无法解析', status: 400 }
  return null
}

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

