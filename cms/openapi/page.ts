import type { CollectionSlug, FlattenedField, Payload } from 'payload'

import { REST_COLLECTIONS } from '../../collections/ApiClients'
import { fieldLabel } from '../../collections/privacy/auditHooks'
import { SIGNATURE_HEADER } from '../../collections/DepartmentSystems/lib/signature'
import type { openApiDocument } from './document'
import { SYSTEM_TAG } from './departmentSystems'

const escape = (text: string): string =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!)

const TYPE_NAMES: Partial<Record<FlattenedField['type'], string>> = {
  text: '文字',
  textarea: '文字',
  select: '选项',
  relationship: '关联记录 id',
  number: '数字',
  checkbox: '是/否',
  array: '列表',
  group: '对象',
  json: 'JSON',
}

function fieldRows(fields: FlattenedField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    if (field.type === 'join' || field.name === 'id') return []
    const name = `${prefix}${field.name}`
    const options = 'options' in field && Array.isArray(field.options)
      ? `：${field.options.map((option) => (typeof option === 'string' ? option : `${option.value}`)).join('、')}`
      : ''
    const row = `<tr><td><code>${escape(name)}</code></td><td>${escape(fieldLabel(field))}</td><td>${TYPE_NAMES[field.type] ?? field.type}${escape(options)}</td><td>${'required' in field && field.required ? '是' : ''}</td><td>${field.custom?.personal ? '按密钥设置打码' : ''}</td></tr>`
    return field.type === 'group' ? [row, ...fieldRows(field.flattenedFields, `${name}.`)] : [row]
  })
}

type Document = ReturnType<typeof openApiDocument>

/** Rows of the operations whose path starts with `prefix`. */
const operationRows = (document: Document, prefix: string): string[] =>
  Object.entries(document.paths)
    .filter(([path]) => path.startsWith(prefix))
    .flatMap(([path, methods]) =>
      Object.entries(methods).map(
        ([method, operation]) =>
          `<tr><td><code>${method.toUpperCase()} ${escape(path)}</code></td><td>${escape(operation.summary)}</td><td>${escape(operation.description)}</td></tr>`,
      ),
    )

const operationTable = (rows: string[]): string =>
  `<table><caption>接口</caption><thead><tr><th scope="col">请求</th><th scope="col">作用</th><th scope="col">说明</th></tr></thead><tbody>${rows.join('')}</tbody></table>`

/** The department systems' section: the webhooks they receive and the endpoints they act through. */
const departmentSystemsSection = (document: Document): string => `<section aria-labelledby="department-systems"><h2 id="department-systems">${SYSTEM_TAG}（申请办理）</h2>
<p>部门可以把本部门的网上申请交给自己的业务系统办理。平台在新申请提交和申请人补正后，向部门登记的地址 POST 一条 JSON 消息（${escape(Object.keys(document.webhooks).join('、'))}），请求头 <code>${SIGNATURE_HEADER}: t=…,v1=…</code> 为以签名密钥对“t.请求体原文”做的 HMAC-SHA256；消息含申请人的个人信息。业务系统用绑定本部门的 API 密钥调用下列接口办理，其他部门的申请一律返回 404。</p>
${operationTable(operationRows(document, '/api/applications/system'))}</section>`

/**
 * The interface described for people: a plain page (no script) generated
 * from the same OpenAPI document and collection fields, so it stays right.
 */
export function openApiPage(payload: Payload, document: Document): string {
  const sections = Object.entries(REST_COLLECTIONS).map(([slug, label]) => {
    const fields = payload.collections[slug as CollectionSlug].config.flattenedFields
    return `<section aria-labelledby="${slug}"><h2 id="${slug}">${escape(label)}（<code>${slug}</code>）</h2>
${operationTable(operationRows(document, `/api/${slug}`))}
<table><caption>字段</caption><thead><tr><th scope="col">字段</th><th scope="col">名称</th><th scope="col">类型</th><th scope="col">必填</th><th scope="col">个人信息</th></tr></thead><tbody>${fieldRows(fields).join('')}</tbody></table></section>`
  })
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(document.info.title)}</title>
<style>body{font:18px/1.6 system-ui,sans-serif;max-width:72rem;margin:0 auto;padding:1rem;color:#0b0c0c}table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #b1b4b6;padding:.4rem;text-align:left;vertical-align:top}caption{text-align:left;font-weight:700}code{font-size:.95em}a{color:#1d70b8}a:focus{outline:3px solid #fd0}</style></head>
<body><main><h1>${escape(document.info.title)}</h1>
<p>${escape(document.info.description)}</p>
<h2>调用方式</h2>
<ul><li>在请求头中加 <code>Authorization: api-clients API-Key &lt;密钥&gt;</code>。</li>
<li>请求和返回均为 JSON（UTF-8）；日期为 ISO 8601。</li>
<li>出错时返回 <code>{"errors":[{"message":"中文说明","data":{"code":"机器代码"}}]}</code>：400 内容有误、403 未授权或超出数据范围、404 没有这条记录、429 调用太频繁（见 Retry-After）。</li>
<li>机器可读的完整说明：<a href="/api/openapi.json">/api/openapi.json</a>（OpenAPI 3.1）。</li></ul>
${sections.join('\n')}
${departmentSystemsSection(document)}
</main></body></html>`
}
