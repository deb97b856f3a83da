import type { Endpoint, PayloadRequest } from 'payload'

import type { Ticket } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { limitClient } from '../../Applications/endpoints/guard'
import { fingerprint } from '../../Applications/lib/codes'
import { type PreparedFile, prepareFiles, storedFiles } from '../../Applications/lib/attachments'
import { residentDueNote } from '../../CalendarDays/workingDays'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { communityByCode } from '../../Divisions/lookup'
import { html, htmlPage, wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { assertWellFormed, idempotencyKeyOf, readBody, repeatKeyOf, textField, type UploadedFile } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { answer, handled, invalid } from '../../endpoints/respond'
import { RequestError } from '../../errors'
import { storeNewCase } from '../../casework/numbers'
import { optionalResident } from '../../Residents/lib/accounts'
import { publishedService, publishedServiceNamed } from '../../Services/publishedService'
import { TICKET_KIND_LABELS, TICKET_STATUS_LABELS } from '../states'
import { MAX_ADDRESS, MAX_SERVICE_QUERY, PHOTO_TYPES, validateWebTicket, webTicketContent, type WebTicketInput, type WebTicketKind } from './rules'

/** How long the one-line summary of a web request is (lists, the desk). */
const SUMMARY_LENGTH = 40

/** What a resident is told once the order exists. */
export type WebTicketAnswer = {
  number: string
  status: Ticket['status']
  statusLabel: string
  kind: WebTicketKind
  kindLabel: string
  receivedAt: string
  dueDate: string
  dueDateProvisional: boolean
  photos: number
  trackPath: string
}

const TRUE_WORDS = new Set(['true', 'on', '1', 'yes'])

/** The form's fields as text (JSON or a form post), 400 for a field of the wrong type. */
function readInput(fields: Record<string, unknown>): WebTicketInput {
  const errors: FieldError[] = []
  const read = (name: string, max: number) => textField(fields, name, errors, max).trim()
  const input: WebTicketInput = {
    kind: read('kind', 40),
    topicCode: read('topicCode', 40),
    serviceCode: read('serviceCode', 40),
    serviceQuery: read('serviceQuery', MAX_SERVICE_QUERY * 4),
    divisionCode: read('divisionCode', 20),
    address: read('address', MAX_ADDRESS * 2),
    latitude: read('latitude', 40),
    longitude: read('longitude', 40),
    content: read('content', 20_000),
    phone: read('phone', 40).replace(/[\s-]/g, ''),
    name: read('name', 200),
    confidential: fields.confidential === true || TRUE_WORDS.has(String(fields.confidential ?? '').toLowerCase()),
    answerConsent: fields.answerConsent === true || TRUE_WORDS.has(String(fields.answerConsent ?? '').toLowerCase()),
  }
  assertWellFormed(errors)
  return input
}

/**
 * Words typed for a guide without JavaScript (serviceQuery, no serviceCode):
 * a published guide's exact title or alias chooses that guide, as picking it
 * from the search would; other words choose nothing and are kept in the
 * content (webTicketContent).
 */
async function withNamedService(req: PayloadRequest, input: WebTicketInput): Promise<WebTicketInput> {
  if (input.serviceCode || !input.serviceQuery) return input
  const serviceCode = await publishedServiceNamed(req, input.serviceQuery)
  return serviceCode ? { ...input, serviceCode } : input
}

/** The records the request names, or a 422 saying which one does not exist. */
async function namedRecords(req: PayloadRequest, input: WebTicketInput) {
  const errors: FieldError[] = []
  const [division, service, topic] = await Promise.all([
    communityByCode(req, input.divisionCode),
    input.serviceCode ? publishedService(req, input.serviceCode) : undefined,
    input.topicCode
      ? req.payload
          .find({ collection: 'topics', where: { and: [{ code: { equals: input.topicCode } }, { _status: { equals: 'published' } }] }, limit: 1, depth: 0, pagination: false, select: { code: true } })
          .then(({ docs }) => docs[0])
      : undefined,
  ])
  if (!division) errors.push({ field: 'divisionCode', code: 'UNKNOWN_DIVISION', message: '请选择问题发生地所在的社区' })
  if (input.serviceCode && !service) errors.push({ field: 'serviceCode', code: 'UNKNOWN_SERVICE', message: '没有找到这个办事指南' })
  if (input.topicCode && !topic) errors.push({ field: 'topicCode', code: 'UNKNOWN_TOPIC', message: '请从列表中选择诉求涉及的方面' })
  if (errors.length) throw invalid(errors)
  return { records: { division: division!.id, service: service?.id ?? null, topic: topic?.id ?? null }, guideTitle: service?.title ?? null }
}

/** The order as stored; a signed-in resident's order is theirs in 我的. */
const orderData = (input: WebTicketInput, records: Awaited<ReturnType<typeof namedRecords>>['records'], externalId: string, resident: null | string) => {
  const content = webTicketContent(input)
  const point = input.latitude && input.longitude ? { latitude: Number(input.latitude), longitude: Number(input.longitude) } : {}
  return {
    channel: 'web' as const,
    kind: input.kind as WebTicketKind,
    caller: { name: input.name || null, phone: input.phone, confidential: input.confidential, answerConsent: input.answerConsent },
    summary: content.split('\n')[0]!.slice(0, SUMMARY_LENGTH),
    content,
    ...records,
    location: { address: input.address, ...point },
    externalId,
    resident,
  }
}

const webAnswer = (ticket: Ticket, photos: number): WebTicketAnswer => ({
  number: ticket.number!,
  status: ticket.status,
  statusLabel: TICKET_STATUS_LABELS[ticket.status],
  kind: ticket.kind as WebTicketKind,
  kindLabel: TICKET_KIND_LABELS[ticket.kind],
  receivedAt: ticket.receivedAt!,
  dueDate: ticket.dueDate!,
  dueDateProvisional: Boolean(ticket.dueDateProvisional),
  photos,
  trackPath: PORTAL_PATHS.hotlineTrack(ticket.number!),
})

/** The order an idempotency key already made (answered as the first time), a 422 when the key came with other content. */
async function earlierOrder(req: PayloadRequest, key: string, externalId: string): Promise<null | WebTicketAnswer> {
  // Every externalId `web:<key>:<hash>` sorts between `web:<key>:` and `web:<key>;` (';' follows ':').
  const sameKey = { and: [{ externalId: { greater_than_equal: `web:${key}:` } }, { externalId: { less_than: `web:${key};` } }] }
  const { docs } = await req.payload.find({ collection: 'tickets', where: sameKey, limit: 1, depth: 0, pagination: false, showHiddenFields: true })
  const earlier = docs[0]
  if (!earlier) return null
  if (earlier.externalId !== externalId) throw new RequestError('IDEMPOTENCY_KEY_REUSED', '同一个 Idempotency-Key 已用于另一条不同的诉求', 422)
  const photos = await req.payload.count({ collection: 'ticket-photos', where: { ticket: { equals: earlier.id } } })
  return webAnswer(earlier, photos.totalDocs)
}

/** The earlier order's answer (200), as the first request got it. */
const earlierAnswer = async (req: PayloadRequest, key: string, externalId: string): Promise<null | Response> => {
  const earlier = await earlierOrder(req, key, externalId)
  return earlier ? answer(req, earlier, 200) : null
}

/** The order, its photos and its first history entry (受理, by the collection's hook), all or nothing. */
async function store(req: PayloadRequest, data: ReturnType<typeof orderData>, photos: PreparedFile[]): Promise<Ticket> {
  const stored = storedFiles(req.payload, 'ticket-photos')
  try {
    return await withTransaction(req.payload, async (tx) => {
      const ticket = await tx.payload.create({ collection: 'tickets', data: data as never, req: tx, depth: 0 })
      await stored.store(tx, photos, () => ({ ticket: ticket.id, scope: ticket.scope }))
      return ticket
    })
  } catch (error) {
    await stored.discard()
    throw error
  }
}

/** The page a browser without JavaScript gets: the number, the due date, the guide it is about, how to follow it. */
const receivedPage = (result: WebTicketAnswer, guideTitle: null | string) =>
  htmlPage({
    title: '诉求已提交',
    status: 201,
    body: html`<div class="panel"><h1 class="panel__title">诉求已提交</h1><p class="panel__body">工单编号<br><strong class="panel__number" data-ticket-number>${result.number}</strong></p></div>
<dl class="summary-list">
<div><dt>诉求类型</dt><dd>${result.kindLabel}</dd></div>
<div><dt>当前状态</dt><dd>${result.statusLabel}</dd></div>
<div><dt>答复期限</dt><dd>${result.dueDate}前${residentDueNote(result.dueDateProvisional)}</dd></div>
${guideTitle ? html`<div><dt>相关办事事项</dt><dd data-guide-title>${guideTitle}</dd></div>` : null}
${result.photos ? html`<div><dt>照片</dt><dd>${result.photos} 张</dd></div>` : null}
</dl>
<p>工单编号也会用短信发到您留的手机号码。请记下编号：用编号和手机号码可以在<a href="${PORTAL_PATHS.hotlineTrack()}">查询诉求办理进度</a>页面查看办理情况和答复，办结后还可以评价。</p>
<p>也可以拨打 <a class="phone" href="tel:12345">12345</a> 报编号查询。</p>`,
  })

/** Photos from every file field of the form (`photos`). */
const photoFacts = (files: UploadedFile[]) => files.map((file) => ({ bytes: file.bytes.length, type: '' }))

/**
 * `POST /api/tickets/web`: 网上12345 — a resident's consultation, request
 * for help, complaint or suggestion, JSON or multipart (photos in `photos`;
 * a browser's plain form post is answered with a page). Anonymous and
 * limited per client; everything is checked before anything is written, then
 * the order (channel 网站), its photos and its history are stored in one
 * transaction. An `Idempotency-Key` header makes a retry answer the first
 * order instead of filing a second, as does posting the same form again the
 * same day without JavaScript (repeatKeyOf).
 */
export const webTicketEndpoint: Endpoint = {
  path: '/web',
  method: 'post',
  handler: handled(async (req) => {
    await limitClient(req, 'hotlineWeb')
    // A malformed key is refused before the body is read.
    idempotencyKeyOf(req)
    const body = await readBody(req)
    const input = await withNamedService(req, readInput(body.fields))
    const errors = validateWebTicket(input, photoFacts(body.files))
    if (errors.length) throw invalid(errors)
    const [{ records, guideTitle }, resident] = await Promise.all([namedRecords(req, input), optionalResident(req)])
    const photos = await prepareFiles(body.files, `web-${Date.now()}`, PHOTO_TYPES)
    const hash = fingerprint([input, photos.map((photo) => fingerprint([photo.data.toString('base64')]))]).slice(0, 32)
    const idempotencyKey = repeatKeyOf(req, hash)
    const externalId = idempotencyKey ? `web:${idempotencyKey}:${hash}` : `web:${crypto.randomUUID()}`
    const earlier = idempotencyKey ? await earlierAnswer(req, idempotencyKey, externalId) : null
    if (earlier) return earlier
    return storeNewCase(
      async () => {
        const result = webAnswer(await store(req, orderData(input, records, externalId, resident ? String(resident.id) : null), photos), photos.length)
        return wantsHtmlPage(req) ? receivedPage(result, guideTitle) : answer(req, result, 201)
      },
      'number',
      idempotencyKey ? { field: 'externalId', earlier: () => earlierAnswer(req, idempotencyKey, externalId) } : undefined,
    )
  }),
}
