import type { ErrorAnswer } from '../../collections/endpoints/refusal'

/** A refused request as the admin's screens show it: the message, and each field's problem by the field's name. */
export type Refusal = { code: string; fields: Record<string, string>; message: string }

const isErrorAnswer = (body: unknown): body is ErrorAnswer =>
  typeof body === 'object' && body !== null && typeof (body as ErrorAnswer).code === 'string' && typeof (body as ErrorAnswer).message === 'string'

/**
 * The refusal in a custom endpoint's answer body, `{ code, message, errors? }`
 * (README.md › Refusals); `fallback` when the body is something else (a proxy's
 * error page, nothing at all).
 */
export function refusalIn(body: unknown, fallback: string): Refusal {
  if (!isErrorAnswer(body)) return { code: 'UNKNOWN', fields: {}, message: fallback }
  const fields: Record<string, string> = {}
  for (const { field, message } of body.errors ?? []) fields[field] = fields[field] ? `${fields[field]}；${message}` : message
  return { code: body.code, fields, message: body.message }
}

/**
 * The refusal of a response that was not ok, or `fallback` when the server
 * could not be reached (null). For the admin's client components: no Payload imports.
 */
export async function readRefusal(response: null | Response, fallback = '没有成功，请稍后再试'): Promise<Refusal> {
  return refusalIn(await response?.json().catch(() => null), fallback)
}
