import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { residentDueNote } from '../../../CalendarDays/workingDays'
import { errorResponse, type Format, Open311Error, open311Response, splitFormat, xmlList } from './format'
import { createRequest, findRequests, formFields, publicReadsAllowed } from './requests'
import { asOpen311Service, attributesOf, onlineServices } from './services'

/** Where GeoReport v2 lives, below Payload's /api route. */
const OPEN311_PREFIX = '/open311/v2'

/** Where a system gets its api_key. */
const KEY_SERVICE = '提交服务请求需要接入系统的 API 密钥，向平台管理员申请（开放接口 › 接入系统）'

/** When this description of the interface last changed. */
const CHANGESET = '2026-12-06T00:00:00+08:00'

const serverUrl = (req: PayloadRequest): string => req.payload.config.serverURL || new URL(req.url ?? 'http://localhost').origin

/** Answer in the asked format; Open311 errors in their standard shape, anything else as a 500 without details. */
function open311(handler: (req: PayloadRequest, format: Format, name: string) => Promise<Response>, segment = 'resource') {
  return async (req: PayloadRequest): Promise<Response> => {
    const parsed = splitFormat(String(req.routeParams?.[segment] ?? ''))
    const format = parsed?.format ?? 'json'
    try {
      if (!parsed) throw new Open311Error(404, '没有这个接口')
      return await handler(req, format, parsed.name)
    } catch (error) {
      if (error instanceof Open311Error) return errorResponse(error.status, error.message, format, error.retryAfterSeconds)
      // A refusal from the work order's own validation (a field's rule) is the caller's to fix.
      if (error instanceof APIError && error.status < 500) return errorResponse(error.status, error.message, format, (error.data as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds)
      req.payload.logger.error({ err: error instanceof Error ? error.name : typeof error }, 'open311 request failed')
      return errorResponse(500, '服务器内部错误，请稍后再试', format)
    }
  }
}

/** `GET /api/open311/v2/discovery.json|xml`, `services.json|xml`. */
const listing: Endpoint = {
  path: `${OPEN311_PREFIX}/:resource`,
  method: 'get',
  handler: open311(async (req, format, name) => {
    if (name === 'discovery') {
      const endpoint = {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${serverUrl(req)}/api${OPEN311_PREFIX}`,
        changeset: CHANGESET,
        type: 'production',
        formats: ['application/json', 'text/xml'],
      }
      const discovery = { changeset: CHANGESET, contact: '12345 政务服务便民热线', key_service: `${KEY_SERVICE}${publicReadsAllowed() ? '；查询服务请求的公开信息不需要密钥' : ''}` }
      return open311Response({ ...discovery, endpoints: [endpoint] }, format, {
        discovery: { ...discovery, endpoints: { endpoint: { ...endpoint, formats: { format: endpoint.formats } } } },
      })
    }
    if (name === 'requests') {
      const requests = await findRequests(req, req.searchParams)
      return open311Response(requests, format, xmlList('service_requests', 'request', requests))
    }
    if (name === 'services') {
      const services = (await onlineServices(req)).map(asOpen311Service)
      return open311Response(services, format, xmlList('services', 'service', services))
    }
    throw new Open311Error(404, '没有这个接口')
  }),
}

/** `GET /api/open311/v2/services/{service_code}.json|xml`: the service's attributes, from its application form. */
const definition: Endpoint = {
  path: `${OPEN311_PREFIX}/services/:code`,
  method: 'get',
  handler: open311(async (req, format, code) => {
    const service = (await onlineServices(req)).find((each) => each.code === code)
    if (!service) throw new Open311Error(404, `没有代码为 ${code} 的服务`)
    const attributes = attributesOf(service)
    return open311Response({ service_code: service.code, attributes }, format, {
      service_definition: {
        service_code: service.code,
        attributes: { attribute: attributes.map((attribute) => ({ ...attribute, values: { value: attribute.values } })) },
      },
    })
  }, 'code'),
}

/** The one request with this number in the client's division (the api_key and filters come from the query), or a 404 saying `missing`. */
async function requestByNumber(req: PayloadRequest, number: string, missing: string) {
  const params = new URLSearchParams(req.searchParams)
  params.set('service_request_id', number)
  const [request] = await findRequests(req, params)
  if (!request) throw new Open311Error(404, missing)
  return request
}

/** `GET /api/open311/v2/requests/{service_request_id}.json|xml`. */
const oneRequest: Endpoint = {
  path: `${OPEN311_PREFIX}/requests/:id`,
  method: 'get',
  handler: open311(async (req, format, id) => {
    const request = await requestByNumber(req, id, `没有编号为 ${id} 的服务请求`)
    return open311Response([request], format, xmlList('service_requests', 'request', [request]))
  }, 'id'),
}

/** `GET /api/open311/v2/tokens/{token}.json|xml`: requests are made at once, so a token is the request's own number. */
const token: Endpoint = {
  path: `${OPEN311_PREFIX}/tokens/:token`,
  method: 'get',
  handler: open311(async (req, format, value) => {
    const request = await requestByNumber(req, value, `没有这个 token：${value}`)
    const found = [{ service_request_id: request.service_request_id, token: value }]
    return open311Response(found, format, xmlList('service_requests', 'request', found))
  }, 'token'),
}

/** `POST /api/open311/v2/requests.json|xml` (form-encoded, api_key required): a new service request; 201, or 200 for a client set so. */
const postRequest: Endpoint = {
  path: `${OPEN311_PREFIX}/:resource`,
  method: 'post',
  handler: open311(async (req, format, name) => {
    if (name !== 'requests') throw new Open311Error(404, '没有这个接口')
    const { status, ticket } = await createRequest(req, await formFields(req))
    const created = [{ service_request_id: ticket.number, service_notice: `已受理，将在${ticket.dueDate}前办理${residentDueNote(ticket.dueDateProvisional)}`, account_id: null }]
    return open311Response(created, format, xmlList('service_requests', 'request', created), status)
  }),
}

export const open311Endpoints: Endpoint[] = [listing, definition, oneRequest, token, postRequest]
