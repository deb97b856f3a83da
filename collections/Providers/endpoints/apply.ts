import type { Endpoint } from 'payload'

import { rateLimitFromEnv } from '../../../cms/lib/rateLimit'
import { limitClientTo } from '../../Applications/endpoints/guard'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { html, htmlPage, wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { answer, handled } from '../../endpoints/respond'
import { fileProviderApplication, type ProviderApplication } from '../lib/apply'
import { PROVIDER_STATUS_LABELS } from '../states'

/** A field sent once or several times (a form's checkboxes and repeated rows, or a JSON list): its values as a list. */
function listField(fields: Record<string, unknown>, name: string, errors: FieldError[], maxLength: number): string[] {
  const value = fields[name]
  const values = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]
  return values.map((each: unknown) => textField({ [name]: each }, name, errors, maxLength).trim())
}

const MESSAGE = '加盟申请已提交。生活服务监管人员审核后会短信通知联系人手机；审核通过后即可用所设的用户名和密码登录企业工作台。'

/** The form's fields, read the same from a multipart post and from JSON. */
function applicationOf(fields: Record<string, unknown>): ProviderApplication {
  const errors: FieldError[] = []
  const text = (name: string, maxLength = 200) => textField(fields, name, errors, maxLength).trim()
  const list = (name: string, maxLength = 60) => listField(fields, name, errors, maxLength)
  const [kinds, numbers, validUntil] = [list('licenceKind'), list('licenceNumber'), list('licenceValidUntil', 10)]
  const application: ProviderApplication = {
    name: text('name', 100),
    creditCode: text('creditCode', 18),
    legalRepresentative: text('legalRepresentative', 50),
    servicePhone: text('servicePhone', 20),
    contactName: text('contactName', 50),
    contactPhone: text('contactPhone', 11),
    address: text('address'),
    community: text('community', 12),
    categories: list('categories'),
    areas: list('areas', 12),
    capacity: Number(text('capacity', 3)),
    // A licence row the applicant left empty is no licence.
    licences: numbers.map((number, index) => ({ kind: kinds[index] ?? '', number, validUntil: validUntil[index] ?? '' })).filter((licence) => licence.number),
    standardsAccepted: ['on', 'true', 'yes'].includes(String(fields.standardsAccepted ?? '')),
    username: text('username', 30),
    password: textField(fields, 'password', errors, 128),
  }
  assertWellFormed(errors)
  return application
}

/**
 * `POST /api/life/providers/apply`: 加盟申请 from the portal's /life/join/
 * form (multipart, works without JavaScript) or as JSON. Limited per client
 * (`PROVIDER_APPLY_LIMIT=5/3600`); answered 201 with the provider's id and
 * standing, or for the browser's own form post a page saying what happens next.
 */
export const providerApplyEndpoint: Endpoint = {
  path: '/life/providers/apply',
  method: 'post',
  handler: handled(async (req) => {
    await limitClientTo(req, 'provider-apply', rateLimitFromEnv('PROVIDER_APPLY_LIMIT', { limit: 5, windowSeconds: 3600 }))
    const page = wantsHtmlPage(req)
    const provider = await fileProviderApplication(req, applicationOf((await readBody(req)).fields))
    if (page) return htmlPage({ status: 201, title: '加盟申请已提交', body: html`<h1>加盟申请已提交</h1><p class="status-banner">${provider.name}</p><p>${MESSAGE}</p>` })
    return answer(req, { id: provider.id, status: provider.status, statusLabel: PROVIDER_STATUS_LABELS[provider.status], message: MESSAGE }, 201)
  }),
}
