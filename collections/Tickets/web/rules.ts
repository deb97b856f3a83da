/**
 * What a web request (网上12345) must hold, as rules the server applies and
 * the portal's script runs as the resident types. Pure data and functions:
 * no Payload here, the browser bundle imports it.
 */
import { checkText, TEXT_LIMITS } from '../../Applications/form/validate'
import { UPLOAD_LIMITS } from '../../endpoints/limits'
import type { FieldError } from '../../endpoints/refusal'
import { isMobileNumber } from '../../validation/identity'
import { MAX_TICKET_CONTENT, TICKET_KIND_LABELS, TICKET_NUMBER, type TicketKind } from '../states'

/** The kinds a resident files on the web; 代办申请 is the desk's. */
export const WEB_TICKET_KINDS = ['consultation', 'helpRequest', 'complaint', 'suggestion'] as const satisfies readonly TicketKind[]
export type WebTicketKind = (typeof WEB_TICKET_KINDS)[number]

/** Photos only (no PDF), up to nine, each within the upload limit. */
export const PHOTO_TYPES = { types: ['image/jpeg', 'image/png', 'image/webp'], words: 'JPG、PNG、WEBP 图片' } as const
export const MAX_PHOTOS = 9
export const MAX_ADDRESS = 200
/** The words a resident may type for the guide a request is about (相关的办事事项). */
export const MAX_SERVICE_QUERY = 50

export type WebTicketInput = {
  kind: string
  topicCode: string
  serviceCode: string
  /** What the resident typed for a guide: with JavaScript the chosen guide's title, without it their own words. */
  serviceQuery: string
  divisionCode: string
  address: string
  latitude: string
  longitude: string
  content: string
  phone: string
  name: string
  confidential: boolean
  /** Agrees that the answer to a 建议 or 咨询 may be published without personal data (collections/statistics/public/answers.ts). */
  answerConsent: boolean
}

/** A photo as far as its size and declared type tell (the server checks the bytes again). */
export type PhotoFacts = { bytes: number; type: string }

const COMMUNITY_CODE = /^\d{12}$/

const error = (field: string, code: string, message: string): FieldError => ({ field, code, message })

const isWebKind = (kind: string): kind is WebTicketKind => (WEB_TICKET_KINDS as readonly string[]).includes(kind)

/** The label of the content's last line that keeps a resident's words for a guide none was found for. */
export const SERVICE_QUERY_LINE = '相关办事事项（居民填写）：'

/**
 * The order's content as stored: what the resident wrote, and, when they
 * typed words for a guide but no guide was chosen or matched (serviceCode
 * empty), those words as a last line for the agent.
 */
export function webTicketContent(input: Pick<WebTicketInput, 'content' | 'serviceCode' | 'serviceQuery'>): string {
  const content = input.content.trim()
  const words = input.serviceQuery.trim()
  return words && !input.serviceCode ? `${content}\n${SERVICE_QUERY_LINE}${words}` : content
}

/** Latitude and longitude: both or neither, numbers within range. */
function checkPoint(latitude: string, longitude: string): FieldError[] {
  if (!latitude && !longitude) return []
  const lat = Number(latitude)
  const long = Number(longitude)
  const errors: FieldError[] = []
  if (!latitude || !Number.isFinite(lat) || lat < -90 || lat > 90) errors.push(error('latitude', 'LATITUDE_RANGE', '纬度应为-90到90之间的数字'))
  if (!longitude || !Number.isFinite(long) || long < -180 || long > 180) errors.push(error('longitude', 'LONGITUDE_RANGE', '经度应为-180到180之间的数字'))
  return errors
}

/** The typed words for a guide: plain text, short, and room for them in the content when they are kept there. */
function checkServiceQuery(input: WebTicketInput): FieldError[] {
  const problems = checkText('serviceQuery', '相关的办事事项', input.serviceQuery.trim(), MAX_SERVICE_QUERY)
  if (problems.length) return problems
  const content = input.content.trim()
  const overflows = content.length <= MAX_TICKET_CONTENT && webTicketContent(input).length > MAX_TICKET_CONTENT
  return overflows ? [error('serviceQuery', 'TOO_LONG', `诉求内容已接近${MAX_TICKET_CONTENT}个字，相关的办事事项请写进诉求内容，这里不填`)] : []
}

export function checkPhotos(photos: PhotoFacts[]): FieldError[] {
  const errors: FieldError[] = []
  if (photos.length > MAX_PHOTOS) errors.push(error('photos', 'TOO_MANY_FILES', `最多上传${MAX_PHOTOS}张照片`))
  if (photos.some((photo) => photo.bytes > UPLOAD_LIMITS.perFileBytes)) errors.push(error('photos', 'FILE_TOO_LARGE', '每张照片不能超过10MB'))
  if (photos.reduce((total, photo) => total + photo.bytes, 0) > UPLOAD_LIMITS.perRequestBytes) errors.push(error('photos', 'TOTAL_TOO_LARGE', '所有照片加起来不能超过30MB'))
  if (photos.some((photo) => photo.type && !(PHOTO_TYPES.types as readonly string[]).includes(photo.type))) {
    errors.push(error('photos', 'UNSUPPORTED_FILE_TYPE', `只能上传 ${PHOTO_TYPES.words}`))
  }
  return errors
}

/** Everything wrong with a web request; an empty list means it may be sent. */
export function validateWebTicket(input: WebTicketInput, photos: PhotoFacts[] = []): FieldError[] {
  const errors: FieldError[] = []
  if (!isWebKind(input.kind)) errors.push(error('kind', 'KIND_REQUIRED', '请选择诉求类型：咨询、求助、投诉或建议'))
  if (!input.topicCode && !input.serviceCode) errors.push(error('topicCode', 'TOPIC_REQUIRED', '请选择诉求涉及的方面'))
  if (!COMMUNITY_CODE.test(input.divisionCode)) errors.push(error('divisionCode', 'DIVISION_REQUIRED', '请依次选择问题发生地所在的区、街道和社区'))
  const address = input.address.trim()
  if (!address) errors.push(error('address', 'REQUIRED', '请填写具体地址，如小区、楼栋或路口'))
  else errors.push(...checkText('address', '地址', address, MAX_ADDRESS))
  errors.push(...checkPoint(input.latitude.trim(), input.longitude.trim()))
  const content = input.content.trim()
  if (!content) errors.push(error('content', 'REQUIRED', '请写明您的诉求'))
  else errors.push(...checkText('content', '诉求内容', content, MAX_TICKET_CONTENT))
  errors.push(...checkServiceQuery(input))
  const phone = input.phone.trim()
  if (!phone) errors.push(error('phone', 'REQUIRED', '请填写手机号码，工单编号和答复会发到这个号码'))
  else if (!isMobileNumber(phone)) errors.push(error('phone', 'PHONE_FORMAT', '手机号码应为11位数字'))
  errors.push(...checkText('name', '姓名', input.name.trim(), TEXT_LIMITS.name))
  return [...errors, ...checkPhotos(photos)]
}

/** The number and phone a caller tracks an order with. */
export function validateTrackQuery(number: string, phone: string): FieldError[] {
  const errors: FieldError[] = []
  if (!TICKET_NUMBER.test(number)) errors.push(error('number', 'NUMBER_FORMAT', '工单编号应为 GD 加14位数字'))
  if (!isMobileNumber(phone)) errors.push(error('phone', 'PHONE_FORMAT', '请填写提交诉求时留的手机号码'))
  return errors
}

export const WEB_KIND_OPTIONS = WEB_TICKET_KINDS.map((kind) => ({ value: kind, label: TICKET_KIND_LABELS[kind] }))
