import { STATUS_LABELS } from '../../collections/Applications/states'
import { ACTIONS } from '../../collections/Applications/workflow'
import { SIGNATURE_HEADER, SIGNATURE_TOLERANCE_SECONDS } from '../../collections/DepartmentSystems/lib/signature'
import { WEBHOOK_EVENTS } from '../../collections/WebhookDeliveries/states'

/**
 * The department systems' part of the OpenAPI description: the webhooks the
 * platform posts (OpenAPI 3.1 `webhooks`) and the endpoints a department's
 * system acts through (collections/Applications/endpoints/system.ts).
 */

export const SYSTEM_TAG = '部门业务系统'

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } })
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const REFUSAL = { description: '拒绝：message 为中文说明，code 为机器可读代码，errors 逐字段说明', ...json(ref('Refusal')) }
const text = { type: 'string' }
const nullableText = { type: ['string', 'null'] }
const STAFF_ACTIONS = Object.entries(ACTIONS).filter(([, action]) => action.by === 'staff').map(([name]) => name)
const trackingNumber = { name: 'trackingNumber', in: 'path', required: true, schema: { type: 'string', pattern: '^YZ\\d{14}$' } }

const schemas = {
  Refusal: {
    type: 'object',
    required: ['code', 'message'],
    properties: { code: text, message: text, errors: { type: 'array', items: { type: 'object', properties: { field: text, code: text, message: text } } } },
  },
  SystemFile: {
    type: 'object',
    properties: {
      id: text,
      material: text,
      stage: { type: 'string', enum: ['initial', 'supplement', 'result'], description: 'initial 申请时上传；supplement 补正时上传；result 办理结果' },
      mimeType: nullableText,
      size: { type: ['integer', 'null'] },
      url: { type: 'string', description: '用同一个 API 密钥下载' },
    },
  },
  SystemApplication: {
    type: 'object',
    description: '一件申请的完整内容，不打码（含申请人身份证号、电话等个人信息）。',
    properties: {
      trackingNumber: text,
      status: { type: 'string', enum: Object.keys(STATUS_LABELS) },
      statusLabel: text,
      service: { type: 'object', properties: { code: text, title: text } },
      channel: text,
      divisionCode: { ...nullableText, description: '申请人所在社区的12位区划代码' },
      submittedAt: nullableText,
      acceptedAt: nullableText,
      dueDate: nullableText,
      completedAt: nullableText,
      outcome: { type: ['string', 'null'], enum: ['approved', 'denied', null] },
      resultNote: nullableText,
      supplementRequest: { type: ['object', 'null'], properties: { note: nullableText, requestedAt: text } },
      applicant: { type: 'object', properties: { name: text, idNumber: text, phone: text, email: nullableText } },
      answers: { type: 'object', additionalProperties: true, description: '表单各题的回答，键为题目名' },
      files: { type: 'array', items: ref('SystemFile') },
      links: { type: 'object', properties: { self: text, actions: text } },
      actions: {
        type: 'array',
        description: '现在可以进行的办理操作（读取和办理时返回）',
        items: { type: 'object', properties: { action: text, label: text, noteRequired: { type: 'boolean' } } },
      },
    },
  },
  WebhookMessage: {
    type: 'object',
    required: ['id', 'event', 'occurredAt', 'department', 'application'],
    properties: {
      id: { type: 'string', description: '推送 id：重试和“重新发送”时不变，接收方据此去重' },
      event: { type: 'string', enum: Object.keys(WEBHOOK_EVENTS) },
      occurredAt: text,
      department: { type: 'object', properties: { code: text, name: text } },
      application: ref('SystemApplication'),
      supplement: { type: 'object', description: '仅 application.supplemented：申请人补正时写的说明', properties: { note: nullableText, submittedAt: nullableText } },
    },
  },
}

const deliveryHeaders = [
  {
    name: SIGNATURE_HEADER,
    in: 'header',
    required: true,
    schema: { type: 'string', example: 't=1767225600,v1=5257a869…' },
    description: `t 为 Unix 秒；v1 为以签名密钥对“t + '.' + 请求体原文”做 HMAC-SHA256 的十六进制结果。接收方应按原文重算并用常量时间比较，且拒绝与当前时间相差超过 ${SIGNATURE_TOLERANCE_SECONDS} 秒的 t。`,
  },
  { name: 'X-Yizhan-Delivery', in: 'header', required: true, schema: text, description: '推送 id，同请求体中的 id' },
  { name: 'X-Yizhan-Event', in: 'header', required: true, schema: { type: 'string', enum: Object.keys(WEBHOOK_EVENTS) } },
]

const webhook = (event: string, words: string) => ({
  post: {
    summary: `推送：${words}`,
    description:
      '平台向部门登记的推送地址 POST 这条消息（含个人信息，只发往该地址）。返回 2xx 视为送达；网络错误、超时（默认 10 秒）、5xx 和 429 按 1 分钟、5 分钟、30 分钟、2 小时、12 小时重试；其他 4xx 视为失败、不再重试。推送状态在管理后台“业务系统推送”中查看，可重新发送。',
    tags: [SYSTEM_TAG],
    operationId: `webhook-${event}`,
    parameters: deliveryHeaders,
    requestBody: { required: true, ...json(ref('WebhookMessage')) },
    responses: { '200': { description: '已接收（任何 2xx）' } },
  },
})

const ERRORS = { '401': REFUSAL, '403': REFUSAL, '404': { ...REFUSAL, description: '没有这件申请，或它不属于本部门' }, '429': { ...REFUSAL, description: '超过每分钟请求上限，见 Retry-After' } }

const paths = {
  '/api/applications/system': {
    get: {
      summary: '查询本部门的申请',
      description: '本部门的网上申请，按最近变化倒序，分页（每页最多100件）。',
      tags: [SYSTEM_TAG],
      parameters: [
        { name: 'status', in: 'query', schema: { type: 'string', enum: Object.keys(STATUS_LABELS) } },
        { name: 'updatedSince', in: 'query', schema: { type: 'string', format: 'date-time' }, description: '只要这个时间以后有变化的' },
        { name: 'page', in: 'query', schema: { type: 'integer', default: 1 } },
        { name: 'limit', in: 'query', schema: { type: 'integer', default: 20, maximum: 100 } },
      ],
      responses: {
        '200': {
          description: '一页申请',
          ...json({
            type: 'object',
            properties: {
              docs: { type: 'array', items: { type: 'object', properties: { trackingNumber: text, status: text, statusLabel: text, service: { type: 'object' }, submittedAt: nullableText, updatedAt: text } } },
              page: { type: 'integer' },
              totalDocs: { type: 'integer' },
              hasNextPage: { type: 'boolean' },
            },
          }),
        },
        '400': REFUSAL,
        ...ERRORS,
      },
    },
  },
  '/api/applications/system/{trackingNumber}': {
    get: {
      summary: '读取一件申请',
      description: '完整内容（不打码）、材料下载地址和现在可以进行的办理操作。',
      tags: [SYSTEM_TAG],
      parameters: [trackingNumber],
      responses: { '200': { description: '申请', ...json(ref('SystemApplication')) }, ...ERRORS },
    },
  },
  '/api/applications/system/{trackingNumber}/files/{fileId}': {
    get: {
      summary: '下载一份材料',
      description: '申请材料、补正材料或办理结果的原文件。',
      tags: [SYSTEM_TAG],
      parameters: [trackingNumber, { name: 'fileId', in: 'path', required: true, schema: text }],
      responses: { '200': { description: '文件', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } }, ...ERRORS },
    },
  },
  '/api/applications/system/{trackingNumber}/actions': {
    post: {
      summary: '办理：受理、要求补正、办结……',
      description:
        '与平台审核人员的办理按钮相同的流程：状态、办理记录（以本系统名称记录）、给申请人的短信和进度查询页同样变化。需要读写权限。可同时上传办理结果文件（multipart 的 files 字段，PDF 或图片），申请人可以在进度查询页和“我的”下载。办结准予办理（approve）时，该事项有结果文件模板的，平台同时出具带核验编号的结果文件，与审核人员办结时相同。带 Idempotency-Key 时，同一个键的重试返回第一次办理后的状态，不会重复办理。操作在当前状态下不允许时返回 409，缺少必填说明时返回 422。',
      tags: [SYSTEM_TAG],
      parameters: [trackingNumber, { name: 'Idempotency-Key', in: 'header', schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,128}$' } }],
      requestBody: {
        required: true,
        content: {
          'application/json': { schema: { type: 'object', required: ['action'], properties: { action: { type: 'string', enum: STAFF_ACTIONS }, note: { type: 'string', maxLength: 2000 } } } },
          'multipart/form-data': {
            schema: {
              type: 'object',
              required: ['action'],
              properties: {
                action: { type: 'string', enum: STAFF_ACTIONS },
                note: { type: 'string', maxLength: 2000 },
                material: { type: 'string', maxLength: 100, description: '结果文件的名称，默认“办理结果”' },
                files: { type: 'array', items: { type: 'string', format: 'binary' } },
              },
            },
          },
        },
      },
      responses: { '200': { description: '办理后的申请', ...json(ref('SystemApplication')) }, '409': REFUSAL, '413': REFUSAL, '415': REFUSAL, '422': REFUSAL, ...ERRORS },
    },
  },
}

export const departmentSystemsApi = {
  paths,
  schemas,
  webhooks: Object.fromEntries(Object.entries(WEBHOOK_EVENTS).map(([event, words]) => [event, webhook(event, words)])),
}
