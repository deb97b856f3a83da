import type { PayloadRequest, Where } from 'payload'

import type { Service, Ticket } from '../../../../cms/payload-types'
import { withTransaction } from '../../../../cms/lib/withTransaction'
import { validateAnswers } from '../../../Applications/form/validate'
import type { FormField } from '../../../Applications/form/validate'
import { isActiveClient, isInUserScope, scopeWhere, type StaffUser } from '../../../access'
import { communityByCode } from '../../../Divisions/lookup'
import { countApiCall } from '../../../ApiClients/hooks'
import { parseDivisionCode } from '../../../Divisions/code'
import { relationId } from '../../../relations'
import { isPhoneNumber } from '../../../Persons/options'
import { isEmailAddress } from '../../../validation/identity'
import { unsafeTextProblem } from '../../../validation/text'
import { MAX_TICKET_CONTENT, OPEN_TICKET_STATUSES, TICKET_STATUS_LABELS } from '../../states'
import { chinaDate } from '../../../CalendarDays/workingDays'
import { limitClient } from '../../../Applications/endpoints/guard'
import { Open311Error } from './format'
import { onlineServices } from './services'

type Client = StaffUser & { division?: unknown; id: number | string; open311CreatedStatus?: null | string; rateLimitPerMinute?: null | number }

/**
 * The API client an `api_key` belongs to, by Payload's own API-key strategy;
 * 403 unless it may work with work orders (and create them, for a write),
 * 429 once it has used up its calls for the minute.
 */
async function clientFor(req: PayloadRequest, apiKey: string, write: boolean): Promise<Client> {
  if (!apiKey) throw new Open311Error(403, '缺少 api_key')
  const { user } = await req.payload.auth({ headers: new Headers({ Authorization: `api-clients API-Key ${apiKey}` }) })
  const client = user as Client | null
  if (!isActiveClient(client) || !client.collections?.includes('tickets') || (write && client.mode !== 'readWrite')) {
    throw new Open311Error(403, 'api_key 无效，或没有提交服务请求的权限')
  }
  const decision = await countApiCall(req.payload, client)
  if (!decision.allowed) throw new Open311Error(429, `调用太频繁，请 ${decision.retryAfterSeconds} 秒后再试`, decision.retryAfterSeconds)
  return client
}

/** Whether this city lets anyone read work orders' public facts without an api_key (`OPEN311_PUBLIC_READS=off` to refuse). */
export const publicReadsAllowed = (): boolean => process.env.OPEN311_PUBLIC_READS?.trim().toLowerCase() !== 'off'

/**
 * Who reads: the API client an `api_key` names (its division, with the
 * request's text and place), or — where the city allows it, as GeoReport
 * clients expect — anyone, limited per client address, seeing the whole city
 * without anything a resident wrote or where they are (null).
 */
async function readerFor(req: PayloadRequest, apiKey: string): Promise<Client | null> {
  if (apiKey) return clientFor(req, apiKey, false)
  if (!publicReadsAllowed()) throw new Open311Error(403, '缺少 api_key：本平台只向接入系统开放服务请求的查询')
  await limitClient(req, 'open311Read')
  return null
}

/** The form fields of a POST (application/x-www-form-urlencoded or multipart). */
export async function formFields(req: PayloadRequest): Promise<URLSearchParams> {
  const type = req.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase()
  try {
    if (type === 'application/x-www-form-urlencoded') return new URLSearchParams((await req.text?.()) ?? '')
    if (type === 'multipart/form-data') {
      const form = (await req.formData?.()) as FormData
      const params = new URLSearchParams()
      for (const [name, value] of form.entries()) if (typeof value === 'string') params.append(name, value)
      return params
    }
  } catch {
    throw new Open311Error(400, '请求内容无法解析')
  }
  throw new Open311Error(400, '请求应为 application/x-www-form-urlencoded 表单')
}

const number = (value: null | string): null | number => (value !== null && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : null)

/** `attribute[code]` values, several for a multi-value list. */
function attributesFrom(fields: URLSearchParams, form: FormField[]): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {}
  for (const field of form) {
    const values = [...fields.getAll(`attribute[${field.name}]`), ...fields.getAll(`attribute[${field.name}][]`)]
    if (values.length) answers[field.name] = field.type === 'checkboxes' ? values : field.type === 'date' ? dayOf(values[0]!) : values[0]!
  }
  return answers
}

/** A date attribute as GeoReport sends datetimes (ISO 8601, e.g. 2026-01-05T00:00:00+08:00) read as its day in Beijing; a plain date as it is. */
function dayOf(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return value
  const instant = new Date(value)
  return Number.isNaN(instant.getTime()) ? value : chinaDate(instant)
}

/** `media_url`: a picture on the sending system's own server, kept as a link (http or https only). */
function mediaUrlOf(fields: URLSearchParams): null | string {
  const value = fields.get('media_url')?.trim() ?? ''
  if (!value) return null
  const url = URL.canParse(value) ? new URL(value) : null
  if (!url || !['http:', 'https:'].includes(url.protocol) || value.length > 500) throw new Open311Error(400, 'media_url 应为 http 或 https 开头、不超过500字符的网址')
  return value
}

/** The free-text fields of a request, which become the work order's caller and content. */
const TEXT_FIELDS = ['description', 'first_name', 'last_name', 'address_string']

/** A 400 for a caller's phone or e-mail that is not one, or for unsafe characters in the text (validation/text.ts). */
function assertCallerContact(fields: URLSearchParams): void {
  const phone = fields.get('phone')?.trim() ?? ''
  if (phone && !isPhoneNumber(phone)) throw new Open311Error(400, 'phone 应为11位手机号码，或带区号的固定电话')
  const email = fields.get('email')?.trim() ?? ''
  if (email && !isEmailAddress(email)) throw new Open311Error(400, 'email 不是有效的电子邮箱地址')
  for (const name of TEXT_FIELDS) {
    const problem = unsafeTextProblem(fields.get(name) ?? '', `${name} `)
    if (problem) throw new Open311Error(400, problem.message)
  }
}

/**
 * `POST requests`: a service request from another system — a work order on
 * the hotline (channel 开放接口) for the service, with its attributes checked
 * against the service's form, placed in the community of `address_id` (a
 * 12-digit community code in the client's division) or else the client's
 * own division. Answers the order number as the service_request_id.
 */
export async function createRequest(req: PayloadRequest, fields: URLSearchParams): Promise<{ status: 200 | 201; ticket: Ticket }> {
  const client = await clientFor(req, fields.get('api_key') ?? '', true)
  const code = fields.get('service_code')?.trim() ?? ''
  if (!code) throw new Open311Error(400, '缺少 service_code')
  const service = (await onlineServices(req)).find((each) => each.code === code) as Service | undefined
  if (!service) throw new Open311Error(404, `没有代码为 ${code} 的服务`)
  const [lat, long] = [number(fields.get('lat')), number(fields.get('long'))]
  const addressString = fields.get('address_string')?.trim() ?? ''
  const addressId = fields.get('address_id')?.trim() ?? ''
  if (!addressString && !addressId && (lat === null || long === null)) throw new Open311Error(400, '缺少位置：请提供 lat 和 long、address_string 或 address_id')
  if ((lat !== null && (lat < -90 || lat > 90)) || (long !== null && (long < -180 || long > 180))) throw new Open311Error(400, 'lat 或 long 超出范围')
  const description = fields.get('description')?.trim() ?? ''
  if (description.length > MAX_TICKET_CONTENT) throw new Open311Error(400, `description 超过 ${MAX_TICKET_CONTENT} 字`)
  assertCallerContact(fields)
  const mediaUrl = mediaUrlOf(fields)
  const form = (service.applicationForm?.fields ?? []) as FormField[]
  const answers = attributesFrom(fields, form)
  const problems = validateAnswers({ fields: form, uploads: [] }, answers)
  if (problems.length) throw new Open311Error(400, `attribute[${problems[0]!.field.replace(/^answers\./, '')}]：${problems[0]!.message}`)

  let division = String(relationId(client.division as never))
  if (addressId) {
    const community = await communityByCode(req, addressId)
    if (!community || !isInUserScope(client, parseDivisionCode(community.code).path)) throw new Open311Error(400, 'address_id 应为接入系统辖区内的12位社区代码')
    division = String(community.id)
  }
  const name = [fields.get('last_name'), fields.get('first_name')].filter(Boolean).join('')
  const attributeLines = form.filter((field) => field.name in answers).map((field) => `${field.label}：${[answers[field.name]].flat().join('、')}`)
  const ticket = await withTransaction(
    req.payload,
    (tx) =>
      tx.payload.create({
        collection: 'tickets',
        data: {
          channel: 'open311',
          kind: 'helpRequest',
          caller: { name: name || null, phone: fields.get('phone')?.trim() || null, email: fields.get('email')?.trim() || null },
          summary: `${service.title}${description ? `：${description}` : ''}`.slice(0, 100),
          content: [description, ...attributeLines].filter(Boolean).join('\n') || service.title,
          service: service.id,
          division,
          location: { address: addressString || null, latitude: lat, longitude: long },
          mediaUrl,
        } as never,
        depth: 0,
        req: tx,
      }),
    req,
  )
  // Some older GeoReport clients take only 200 as success; the client's record says which it gets.
  return { ticket, status: client.open311CreatedStatus === '200' ? 200 : 201 }
}

/** GeoReport leaves a value it does not have as null, not an empty string. */
const orNull = <T>(value: '' | null | T | undefined): null | T => (value === undefined || value === '' ? null : value)

/**
 * A work order as GeoReport shows it, never with the caller's details. What
 * a resident wrote and where (the text, the reply, the address, the point,
 * the picture) only to a client with a key; a public reader sees the
 * service, the state, the dates and the community.
 */
export function asServiceRequest(ticket: Ticket, services: Map<string, Pick<Service, 'code' | 'title'>>, keyed: boolean) {
  const service = services.get(String(relationId(ticket.service as never)))
  const open = OPEN_TICKET_STATUSES.includes(ticket.status)
  const stateWords = TICKET_STATUS_LABELS[ticket.status]
  return {
    service_request_id: ticket.number,
    status: open ? 'open' : 'closed',
    status_notes: keyed ? (ticket.reply ?? stateWords) : stateWords,
    service_name: orNull(service?.title),
    service_code: orNull(service?.code),
    description: keyed ? ticket.content : null,
    agency_responsible: null,
    service_notice: null,
    requested_datetime: ticket.receivedAt ?? ticket.createdAt,
    updated_datetime: ticket.updatedAt,
    expected_datetime: ticket.dueDate ? `${ticket.dueDate}T18:00:00+08:00` : null,
    address: keyed ? orNull(ticket.location?.address) : null,
    address_id: orNull(ticket.scope?.community),
    zipcode: null,
    lat: keyed ? (ticket.location?.latitude ?? null) : null,
    long: keyed ? (ticket.location?.longitude ?? null) : null,
    media_url: keyed ? orNull(ticket.mediaUrl) : null,
  }
}

const NINETY_DAYS_MS = 90 * 24 * 60 * 60 * 1000

/** A comma-separated filter's values (`status=open,closed`, `service_code=010101,010102`). */
const valuesOf = (value: null | string): string[] => (value ?? '').split(',').map((each) => each.trim()).filter(Boolean)

/** `start_date`/`end_date`: at most 90 days at a time, the last 90 by default. */
function periodWhere(params: URLSearchParams): Where[] {
  const end = params.get('end_date') ? new Date(params.get('end_date')!) : new Date()
  const start = params.get('start_date') ? new Date(params.get('start_date')!) : new Date(end.getTime() - NINETY_DAYS_MS)
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) throw new Open311Error(400, 'start_date 和 end_date 应为 ISO 8601 时间')
  if (end.getTime() - start.getTime() > NINETY_DAYS_MS) throw new Open311Error(400, 'start_date 到 end_date 不能超过90天')
  return [{ receivedAt: { greater_than_equal: start.toISOString() } }, { receivedAt: { less_than_equal: end.toISOString() } }]
}

/** `status`: open, closed or both. */
function statusWhere(params: URLSearchParams): Where[] {
  const statuses = new Set(valuesOf(params.get('status')))
  if ([...statuses].some((status) => status !== 'open' && status !== 'closed')) throw new Open311Error(400, 'status 只能是 open、closed，或用逗号分隔的两者')
  if (statuses.size !== 1) return []
  return [{ status: statuses.has('open') ? { in: OPEN_TICKET_STATUSES } : { not_in: OPEN_TICKET_STATUSES } }]
}

/** `service_code`: one or more of the online services. */
function serviceWhere(params: URLSearchParams, services: Map<string, Service>): Where[] {
  const codes = valuesOf(params.get('service_code'))
  if (codes.length === 0) return []
  const byCode = new Map([...services.values()].map((service) => [service.code, service.id]))
  const unknown = codes.find((code) => !byCode.has(code))
  if (unknown) throw new Open311Error(404, `没有代码为 ${unknown} 的服务`)
  return [{ service: { in: codes.map((code) => byCode.get(code)!) } }]
}

/**
 * `GET requests` with the standard filters, within the keyed client's
 * division or, for a public reader, the whole city. `service_request_id`
 * overrides every other filter, as GeoReport says.
 */
export async function findRequests(req: PayloadRequest, params: URLSearchParams): Promise<ReturnType<typeof asServiceRequest>[]> {
  const client = await readerFor(req, params.get('api_key') ?? '')
  const services = new Map((await onlineServices(req)).map((service) => [String(service.id), service]))
  const ids = valuesOf(params.get('service_request_id'))
  const filters = ids.length > 0 ? [{ number: { in: ids } }] : [...periodWhere(params), ...statusWhere(params), ...serviceWhere(params, services)]
  const where: Where[] = client ? [scopeWhere(client) || { id: { exists: false } }, ...filters] : filters
  const { docs } = await req.payload.find({ collection: 'tickets', where: { and: where }, sort: '-receivedAt', limit: 1000, depth: 0, overrideAccess: true, req })
  return docs.map((ticket) => asServiceRequest(ticket, services, client !== null))
}
