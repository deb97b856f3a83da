import type { CollectionSlug, Endpoint, Payload } from 'payload'

import { createLocalReq } from 'payload'
import { parse, stringify } from 'qs-esm'

import type { ErrorAnswer, FieldError } from '../../collections/endpoints/refusal'
import { signedIn } from './users'

/** Who calls: a demo staff account by user name, a user object as the auth strategies put it on `req.user` (an API client), or a resident (nobody signed in). */
type Caller = { anonymous: true } | { as: Record<string, unknown> & { collection: string } } | { username: string }
type Call = {
  body?: Record<string, unknown>
  /** The collection whose endpoint it is; none for the platform's own (payload.config.ts endpoints). */
  collection?: CollectionSlug
  headers?: Record<string, string>
  id?: string
  method?: Endpoint['method']
  /** Route parameters besides `id`, such as a guide's `code`. */
  params?: Record<string, string>
  path: string
  /** The query string's parameters; nested ones (`where`) as Payload's REST routes parse them. */
  query?: Record<string, unknown>
} & Caller

/**
 * Run a collection's custom endpoint in-process as a signed-in user, with an
 * optional JSON body and query (the HTTP round trip is covered by the browser tests).
 */
export async function callEndpoint(payload: Payload, { body, collection, headers: extra = {}, id, method = 'post', params, path, query, ...caller }: Call): Promise<Response> {
  const headers = new Headers({ ...(body ? { 'content-type': 'application/json' } : {}), ...extra })
  const url = query ? `http://localhost/?${stringify(query)}` : undefined
  const user = 'username' in caller ? await signedIn(payload, caller.username) : 'as' in caller ? caller.as : null
  const req = await createLocalReq({ user: user as never, req: { headers, url } }, payload)
  if (query) req.query = parse(stringify(query), { depth: 10 })
  if (id || params) req.routeParams = { ...(id ? { id } : {}), ...params }
  if (body) req.text = async () => JSON.stringify(body)
  const endpoints = (collection ? payload.collections[collection].config.endpoints : payload.config.endpoints) || []
  const endpoint = endpoints.find((each: Endpoint) => each.path === path && each.method === method)
  if (!endpoint) throw new Error(`no ${method} ${path} on ${collection ?? 'the platform'}`)
  return endpoint.handler(req)
}

/**
 * A custom endpoint's refusal, in the one shape every endpoint answers
 * (README.md › Refusals) with the HTTP status; fails the test when the call
 * was not refused.
 */
export async function refused(answer: Promise<Response>): Promise<ErrorAnswer & { errors: FieldError[]; status: number }> {
  const response = await answer
  if (response.ok) throw new Error(`expected the call to be refused, got ${response.status}`)
  const body = (await response.json()) as ErrorAnswer
  return { ...body, errors: body.errors ?? [], status: response.status }
}
