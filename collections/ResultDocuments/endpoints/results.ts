import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Endpoint, PayloadRequest } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { dateTimeText } from '../../../site/lib/dates'
import { limitClient } from '../../Applications/endpoints/guard'
import { mineInAddress, navigating, notOwnedAnswer, residentRequest } from '../../Applications/endpoints/resident'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { fileResponse } from '../../documents/response'
import { RequestError } from '../../errors'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { html, htmlPage, wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { answer, handled, invalid } from '../../endpoints/respond'
import { heldDocumentResponse } from '../lib/heldDocuments'
import { resultNumbered, resultOf, resultsOf, type StoredResult, verifyAnswer } from '../lib/answers'
import { normalizeVerificationNumber } from '../number'
import { CERTIFICATE_KIND_LABELS, DOWNLOAD_RESULT, isCertificateKind, RESULT_PATHS, type VerifyAnswer, verifyRows, verifyVerdict } from '../states'
import { issueCertificate, ownCertificate } from '../lib/certificates'
import { optionalResident, signedInResident } from '../../Residents/lib/accounts'

const NUMBER_FORMAT: FieldError = { field: 'n', code: 'NUMBER_FORMAT', message: '核验编号是16位字母和数字，如 7K3M-Q9XA-2D4F-HT8B，请核对后重新输入' }

/** The check as a page: the verdict, the rows, and the form to check another. */
function verifyPage(result: VerifyAnswer): Promise<Response> {
  const rows = verifyRows(result, dateTimeText)
  const body = html`<h1>核验结果：${result.statusLabel}</h1>
<p class="status-banner"><strong class="status-tag status-tag--${result.status === 'valid' ? 'completed' : 'rejected'}" data-verify-status>${result.statusLabel}</strong></p>
<p>${verifyVerdict(result)}</p>
<dl class="summary-list">${rows.map((row) => html`<div><dt>${row.label}</dt><dd>${row.value}</dd></div>`)}</dl>
<p><a href="${PORTAL_PATHS.verify()}">核验其他文件</a></p>`
  return htmlPage({ title: `核验结果：${result.statusLabel}`, body })
}

/** Check the number in `input` (limited per client: numbers cannot be tried cheaply), answered as JSON or, for a browser, a page. */
async function verify(req: PayloadRequest, input: string, page: boolean): Promise<Response> {
  await limitClient(req, 'verify')
  const number = normalizeVerificationNumber(input)
  if (!number) throw invalid([NUMBER_FORMAT])
  const result = verifyAnswer(number, await resultNumbered(req, number))
  return page ? verifyPage(result) : answer(req, result)
}

/**
 * `GET /api/results/verify?n=…` and `POST /api/results/verify` (the portal's
 * /verify/ form, field `n`): whether a result document is genuine and
 * current — 有效, 已撤销 with reason and date, or 查无此件 — with its title,
 * issuer, date and the holder's masked name; nothing else personal.
 */
export const verifyEndpoints: Endpoint[] = [
  {
    path: '/results/verify',
    method: 'get',
    handler: handled((req) => verify(req, String(req.searchParams.get('n') ?? ''), navigating(req))),
  },
  {
    path: '/results/verify',
    method: 'post',
    handler: handled(async (req) => {
      const body = await readBody(req)
      const errors: FieldError[] = []
      const input = textField(body.fields, 'n', errors, 64)
      assertWellFormed(errors)
      return verify(req, input, wantsHtmlPage(req))
    }),
  },
]

const NO_RESULT = { code: 'NOT_FOUND', message: '没有可以下载的文件' } as const

/**
 * What the holder of `application` asked to download: with no `document`,
 * its current result document (a missing or revoked one is not found); else
 * the notice or result file it names (heldDocuments.ts).
 */
const applicationDocument = async (req: PayloadRequest, application: Application, document: string): Promise<Response> =>
  document ? heldDocumentResponse(req, application, document) : documentFile(req, resultOf(application.id, await resultsOf(req, [application.id])))

/** A stored document as a PDF download, while it is valid; anything else is not found. */
export async function documentFile(req: PayloadRequest, result: StoredResult | undefined): Promise<Response> {
  if (!result || result.status !== 'valid' || !result.filename) throw new RequestError(NO_RESULT.code, NO_RESULT.message, 404)
  const staticDir = req.payload.collections['result-documents'].config.upload.staticDir!
  const bytes = await readFile(path.join(staticDir, path.basename(result.filename)))
  return fileResponse(bytes, { type: 'application/pdf', name: `${result.title}-${result.number}.pdf` })
}

/**
 * The applicant's download of their result document, or with `document`
 * (the key in `StatusAnswer.documents`) a notice addressed to them or a
 * result file a department's system attached:
 * - `POST /api/results/download` with the tracking number and query code
 *   (the status page's button; the code stays out of addresses), or the
 *   tracking number alone for its signed-in owner;
 * - `GET /api/results/mine/<trackingNumber>?document=`: the signed-in owner's link in 我的.
 * Anyone else — another resident, a stranger, a wrong code — gets the
 * same 404 as for an application that does not exist.
 */
export const downloadEndpoints: Endpoint[] = [
  {
    path: '/results/download',
    method: 'post',
    handler: handled(async (req) => {
      const { application, body } = await residentRequest(req)
      return applicationDocument(req, application, String(body.fields.document ?? '').slice(0, 64))
    }),
  },
  {
    path: '/results/mine/:trackingNumber',
    method: 'get',
    handler: handled(async (req) => {
      const application = await mineInAddress(req)
      if (!application) return notOwnedAnswer(req)
      return applicationDocument(req, application, String(req.searchParams.get('document') ?? '').slice(0, 64))
    }),
  },
]

/**
 * Certificates a signed-in, real-name resident gets at once:
 * - `POST /api/results/certificates` with `kind` one of residence (居住证明),
 *   household (家庭成员关系证明), lowIncome, disabled, veteran (登记证明): 201
 *   with its number and download address, or a page with the link for a
 *   browser's own form post; 403 `REAL_NAME_REQUIRED` (with what to do) for
 *   a resident not verified against the population base; 409 (saying why)
 *   when the records do not support the certificate, e.g. `NOT_REGISTERED`;
 * - `GET /api/results/certificates/<number>`: the owner's download; 404 for
 *   anyone else.
 */
export const certificateEndpoints: Endpoint[] = [
  {
    path: '/results/certificates',
    method: 'post',
    handler: handled(async (req) => {
      await limitClient(req, 'lookup')
      const resident = await signedInResident(req)
      const body = await readBody(req)
      const kind = body.fields.kind
      if (!isCertificateKind(kind)) throw invalid([{ field: 'kind', code: 'NOT_AN_OPTION', message: `可以在网上开具的证明有：${Object.values(CERTIFICATE_KIND_LABELS).join('、')}` }])
      const issued = await issueCertificate(req, resident, kind)
      const download = RESULT_PATHS.certificate(issued.number)
      if (!wantsHtmlPage(req)) return answer(req, { ...issued, download }, 201)
      return htmlPage({
        title: `${issued.title}已开具`,
        status: 201,
        body: html`<h1>${issued.title}已开具</h1>
<p class="lead">核验编号 <strong>${issued.number}</strong>。文件上有核验二维码，对方可以在本网站“核验结果文件”页面查验。</p>
<p><a class="button" href="${download}" download>${DOWNLOAD_RESULT}</a></p>
<p><a href="${PORTAL_PATHS.my()}">返回“我的”</a></p>`,
      })
    }),
  },
  {
    path: '/results/certificates/:number',
    method: 'get',
    handler: handled(async (req) => {
      await limitClient(req, 'lookup')
      const resident = await optionalResident(req)
      const number = normalizeVerificationNumber(String(req.routeParams?.number ?? ''))
      const certificate = resident && number ? await ownCertificate(req, resident.id, number) : undefined
      return documentFile(req, certificate)
    }),
  },
]
