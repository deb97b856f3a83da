import type { CollectionSlug, Payload } from 'payload'

import { entityToJSONSchema } from 'payload'

import { REST_COLLECTIONS } from '../../collections/ApiClients'
import { departmentSystemsApi } from './departmentSystems'

type Operation = {
  description: string
  parameters?: unknown[]
  requestBody?: unknown
  responses: Record<string, unknown>
  summary: string
  tags: string[]
}

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } })
const ref = (slug: string) => ({ $ref: `#/components/schemas/${slug}` })
const ERROR = { description: '错误：errors[].message 为中文说明，errors[].data.code 为机器可读代码', ...json(ref('Error')) }
const COMMON_ERRORS = { '400': ERROR, '403': { ...ERROR, description: '密钥无效、未授权该数据或超出数据范围' }, '429': { ...ERROR, description: '超过每分钟请求上限，见 Retry-After' } }
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } }
const LIST_PARAMETERS = [
  { name: 'where', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object' }, description: '筛选，例如 where[idNumber][equals]=…、where[scope.community][equals]=410105001001' },
  { name: 'limit', in: 'query', schema: { type: 'integer', default: 10, maximum: 1000 } },
  { name: 'page', in: 'query', schema: { type: 'integer', default: 1 } },
  { name: 'sort', in: 'query', schema: { type: 'string' }, description: '字段名，前加 - 为倒序' },
  { name: 'depth', in: 'query', schema: { type: 'integer', default: 0 }, description: '关联记录展开层数' },
]

function collectionPaths(slug: string, label: string): Record<string, Record<string, Operation>> {
  const tags = [label]
  return {
    [`/api/${slug}`]: {
      get: {
        summary: `查询${label}`,
        description: `数据范围内的${label}，分页。身份证号、电话、地址按密钥的设置打码或完整返回；每次读取记入审计日志。`,
        tags,
        parameters: LIST_PARAMETERS,
        responses: { '200': { description: '一页记录', ...json({ type: 'object', properties: { docs: { type: 'array', items: ref(slug) }, totalDocs: { type: 'integer' }, page: { type: 'integer' }, totalPages: { type: 'integer' }, hasNextPage: { type: 'boolean' } } }) }, ...COMMON_ERRORS },
      },
      post: {
        summary: `新建${label}`,
        description: '需要读写权限；所属区划必须在数据范围内。校验失败时返回 400，errors[].data.errors 逐字段说明。',
        tags,
        requestBody: { required: true, ...json(ref(slug)) },
        responses: { '201': { description: '已新建', ...json({ type: 'object', properties: { doc: ref(slug), message: { type: 'string' } } }) }, ...COMMON_ERRORS },
      },
    },
    [`/api/${slug}/{id}`]: {
      get: { summary: `读取一条${label}`, description: '数据范围外的记录返回 404。', tags, parameters: [idParameter], responses: { '200': { description: '记录', ...json(ref(slug)) }, '404': ERROR, ...COMMON_ERRORS } },
      patch: { summary: `修改${label}`, description: '需要读写权限；只需提交要改的字段。', tags, parameters: [idParameter], requestBody: { required: true, ...json(ref(slug)) }, responses: { '200': { description: '已修改', ...json({ type: 'object', properties: { doc: ref(slug) } }) }, ...COMMON_ERRORS } },
    },
  }
}

/**
 * The OpenAPI 3.1 description of the population interface, built from the
 * collections themselves (Payload's JSON Schema of each), so it cannot drift
 * from what the server accepts.
 */
export function openApiDocument(payload: Payload, serverUrl: string) {
  const schemas: Record<string, unknown> = {
    ...departmentSystemsApi.schemas,
    Error: {
      type: 'object',
      properties: { errors: { type: 'array', items: { type: 'object', properties: { message: { type: 'string' }, data: { type: 'object', properties: { code: { type: 'string' } } } } } } },
    },
  }
  let paths: Record<string, Record<string, Operation>> = {}
  for (const [slug, label] of Object.entries(REST_COLLECTIONS)) {
    const collection = payload.collections[slug as CollectionSlug].config
    // Payload's JSON Schema points at its own `definitions`; OpenAPI keeps them under components.
    const schema = JSON.stringify(entityToJSONSchema(payload.config, collection, new Map(), 'text'))
    schemas[slug] = JSON.parse(schema.replaceAll('"#/definitions/', '"#/components/schemas/'))
    paths = { ...paths, ...collectionPaths(slug, label) }
  }
  // Related records outside the interface (divisions, say) appear expanded only with depth ≥ 1.
  for (const [, target] of JSON.stringify(schemas).matchAll(/"#\/components\/schemas\/([\w-]+)"/g)) {
    schemas[target!] ??= { type: 'object', description: '关联记录（depth ≥ 1 时展开）', properties: { id: { type: 'string' } } }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '一站通 人口基础信息开放接口',
      version: '1',
      description:
        '其他政府系统读取和写入人口基础信息（人员、户、房屋、法人单位、业务登记）的接口。密钥由系统管理员在管理后台“开放接口”中创建，限定数据范围（区划）、可访问的数据、只读或读写、是否返回完整的个人信息，以及每分钟请求上限；每次读取和写入都记入审计日志。' +
        '部门业务系统：平台把本部门的新申请和补正以签名的 Webhook 推送给它（见 webhooks），它用绑定本部门的密钥读取、办理申请并上传结果（见“部门业务系统”）。',
    },
    servers: [{ url: serverUrl }],
    security: [{ apiKey: [] }],
    components: {
      securitySchemes: {
        apiKey: { type: 'apiKey', in: 'header', name: 'Authorization', description: '值为 “api-clients API-Key <密钥>”' },
      },
      schemas,
    },
    paths: { ...paths, ...departmentSystemsApi.paths },
    webhooks: departmentSystemsApi.webhooks,
  }
}
