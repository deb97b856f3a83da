import type { PayloadRequest } from 'payload'

import { chinaDate } from '../CalendarDays/workingDays'
import { RequestError } from '../errors'
import { unsafeTextProblem } from '../validation/text'
import { wantsHtmlPage } from './htmlAnswer'
import { UPLOAD_LIMITS } from './limits'
import type { FieldError } from './refusal'
import { invalid } from './respond'

/** Room for the form fields and multipart framing on top of the files themselves. */
const FORM_OVERHEAD_BYTES = 1024 * 1024
/** A JSON body never carries files, so it has no business being large. */
const JSON_MAX_BYTES = 256 * 1024

export type UploadedFile = { bytes: Buffer; field: string; name: string }
export type RequestBody = { fields: Record<string, unknown>; files: UploadedFile[]; multipart: boolean }

const tooLarge = (): RequestError =>
  new RequestError('PAYLOAD_TOO_LARGE', '提交的内容太大：每个文件不超过10MB，全部不超过30MB', 413)

/** A form sends a checkbox group as the same name once per ticked box: the values as a list. */
const repeated = (earlier: unknown, value: string): string | string[] =>
  earlier === undefined ? value : [...(Array.isArray(earlier) ? earlier : [earlier as string]), value]

/**
 * Read a JSON or multipart body. In multipart, a name sent more than once
 * (a checkbox group) holds the list of its values; the field `application` (or
 * any field) holding JSON text is parsed, and files are collected with the
 * name of the field they came in. Oversized bodies are refused before they
 * are read whenever the client declared their length.
 */
export async function readBody(req: PayloadRequest): Promise<RequestBody> {
  const type = req.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? ''
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (type === 'application/json') {
    if (declared > JSON_MAX_BYTES) throw tooLarge()
    const text = (await req.text?.()) ?? ''
    if (Buffer.byteLength(text) > JSON_MAX_BYTES) throw tooLarge()
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      throw new RequestError('MALFORMED_JSON', '请求内容不是有效的 JSON', 400)
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new RequestError('MALFORMED_JSON', '请求内容应为一个 JSON 对象', 400)
    }
    return { fields: parsed as Record<string, unknown>, files: [], multipart: false }
  }
  if (type === 'multipart/form-data') {
    if (declared > UPLOAD_LIMITS.perRequestBytes + FORM_OVERHEAD_BYTES) throw tooLarge()
    let form: FormData
    try {
      form = (await req.formData?.()) as FormData
    } catch {
      throw new RequestError('MALFORMED_BODY', '请求内容无法解析', 400)
    }
    const fields: Record<string, unknown> = {}
    const files: UploadedFile[] = []
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') fields[field] = repeated(fields[field], value)
      else if (value.size > 0) files.push({ field, name: value.name, bytes: Buffer.from(await value.arrayBuffer()) })
    }
    return { fields, files, multipart: true }
  }
  throw new RequestError('UNSUPPORTED_MEDIA_TYPE', '只接受 application/json 或 multipart/form-data 格式的请求', 415)
}

/** A string field of the body, with a 400 naming the field when it is some other type, a 422 when it holds unsafe characters. */
export function textField(fields: Record<string, unknown>, name: string, errors: FieldError[], maxLength = 10_000): string {
  const value = fields[name]
  if (value === undefined || value === null) return ''
  if (typeof value !== 'string') {
    errors.push({ field: name, code: 'WRONG_TYPE', message: `“${name}”应为文字` })
    return ''
  }
  if (value.length > maxLength) {
    errors.push({ field: name, code: 'TOO_LONG', message: `“${name}”太长` })
    return ''
  }
  const unsafe = unsafeTextProblem(value, `“${name}”`)
  if (unsafe) throw invalid([{ field: name, ...unsafe }])
  return value
}

/** Throw a 400 when the body's shape was wrong. */
export function assertWellFormed(errors: FieldError[]): void {
  if (errors.length > 0) throw invalid(errors, 400)
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/

/** The request's `Idempotency-Key` header, a 400 when it is malformed, undefined when absent. */
export function idempotencyKeyOf(req: PayloadRequest): string | undefined {
  const key = req.headers.get('idempotency-key')?.trim()
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    assertWellFormed([{ field: 'Idempotency-Key', code: 'IDEMPOTENCY_KEY_FORMAT', message: 'Idempotency-Key 应为8到128位字母、数字、- 或 _' }])
  }
  return key || undefined
}

/**
 * The key that makes a repeated request answer the first case instead of
 * filing a second: the client's `Idempotency-Key`, or, for a browser's plain
 * form post (a static page without a script cannot send one), the day and
 * the request's fingerprint — the same form posted again the same day (a
 * double click, a reload that re-posts) is the same case. Other callers
 * without a key file each request they send.
 */
export function repeatKeyOf(req: PayloadRequest, requestHash: string): string | undefined {
  return idempotencyKeyOf(req) ?? (wantsHtmlPage(req) ? `form-${chinaDate()}-${requestHash.slice(0, 48)}` : undefined)
}
