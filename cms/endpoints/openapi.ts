import type { Endpoint, PayloadRequest } from 'payload'

import { openApiDocument } from '../openapi/document'
import { openApiPage } from '../openapi/page'

const serverUrl = (req: PayloadRequest): string => req.payload.config.serverURL || new URL(req.url ?? 'http://localhost').origin

/** `GET /api/openapi.json`: the population interface in OpenAPI 3.1, for programs. */
export const openApiEndpoint: Endpoint = {
  path: '/openapi.json',
  method: 'get',
  handler: (req) => Response.json(openApiDocument(req.payload, serverUrl(req))),
}

/** `GET /api/docs`: the same, as a page for people. */
export const apiDocsEndpoint: Endpoint = {
  path: '/docs',
  method: 'get',
  handler: (req) =>
    new Response(openApiPage(req.payload, openApiDocument(req.payload, serverUrl(req))), {
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    }),
}
