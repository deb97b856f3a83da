import type { Payload } from 'payload'

import { handleEndpoints } from 'payload'
import { expect } from 'vitest'

import { CLIENT_ADDRESS_HEADER } from '../../cms/lib/clientAddress'
import type { SubmitAnswer } from '../../collections/Applications/states'

/** `body` is sent as JSON (a script); `form` as a browser's own form post (FormData when it carries files), which asks for a page. */
type ApiCall = { body?: Record<string, unknown>; client?: string; cookie?: string; form?: FormData | Record<string, string>; headers?: Record<string, string>; method?: string }

const formData = (fields: Record<string, string>): FormData => {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  return form
}

let clients = 0
/** A client address of its own for each call, so per-client limits stay out of the way unless a test names one. */
const nextClient = (): string => `203.0.113.${(clients += 1) % 250}`

/**
 * One request through Payload's own REST router, in-process: routing, the
 * auth strategies (a resident's cookie included) and the custom endpoints,
 * as the server runs them.
 */
export function api(payload: Payload, path: string, { body, client = nextClient(), cookie, form, headers = {}, method = body || form ? 'POST' : 'GET' }: ApiCall = {}): Promise<Response> {
  const request = new Request(`http://localhost${path}`, {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(form ? { accept: 'text/html' } : {}),
      ...(cookie ? { cookie } : {}),
      [CLIENT_ADDRESS_HEADER]: client,
      ...headers,
    },
    body: body ? JSON.stringify(body) : form instanceof FormData ? form : form ? formData(form) : undefined,
  })
  return handleEndpoints({ config: payload.config, request })
}

/** The `name=value` part of a Set-Cookie header, to send back as a Cookie header. */
export const cookieOf = (response: Response): string => (response.headers.get('set-cookie') ?? '').split(';')[0]!

/** Ask for a sign-in code and return it (demo mode puts it in the answer). */
export async function requestCode(payload: Payload, phone: string): Promise<string> {
  const response = await api(payload, '/api/residents/code', { body: { phone } })
  expect(response.status).toBe(202)
  const { demoCode } = (await response.json()) as { demoCode: string }
  return demoCode
}

/** Sign a resident in by SMS code (accepting the notice) and return their session cookie. */
export async function signInResident(payload: Payload, phone: string): Promise<string> {
  const code = await requestCode(payload, phone)
  const response = await api(payload, '/api/residents/sign-in', { body: { phone, code, consent: true } })
  expect(response.status).toBe(200)
  return cookieOf(response)
}

/** An online application for 030502 (就业困难人员认定) as the portal submits it, by `cookie`'s resident when given: the submit's answer. */
export async function submitOnline(payload: Payload, { cookie, name, phone }: { cookie?: string; name: string; phone: string }): Promise<SubmitAnswer> {
  const response = await api(payload, '/api/applications/submit', {
    cookie,
    body: {
      serviceCode: '030502',
      divisionCode: '410105001001',
      applicant: { name, idNumber: '11010519491231002X', phone, email: '' },
      answers: { applicantType: '16至24岁失业青年', preferredIndustry: '其他' },
    },
  })
  expect(response.status).toBe(201)
  return (await response.json()) as SubmitAnswer
}
