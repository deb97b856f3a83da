import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Endpoint, PayloadRequest } from 'payload'

import { dateTimeText } from '../../../site/lib/dates'
import { limitClient } from '../../Applications/endpoints/guard'
import { mineInAddress, navigating, notOwnedAnswer, residentRequest } from '../../Applications/endpoints/resident'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { RequestError } from '../../errors'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { html, htmlPage, wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { answer, handled, invalid } from '../../endpoints/respond'
import { resultNumbered, resultOf, resultsOf, verifyAnswer } from '../lib/answers'
import { normalizeVerificationNumber } from '../number'
import { type VerifyAnswer, verifyRows, verifyVerdict } from '../states'

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

const NO_RESULT = { code: 'NOT_FOUND', message: '这件申请没有可以下载的结果文件' } as const

/** The application's current result document as a PDF download; a missing or revoked one is not found. */
async function resultFile(req: PayloadRequest, applicationId: string): Promise<Response> {
  const result = resultOf(applicationId, await resultsOf(req, [applicationId]))
  if (!result || result.status !== 'valid' || !result.filename) throw new RequestError(NO_RESULT.code, NO_RESULT.message, 404)
  const staticDir = req.payload.collections['result-documents'].config.upload.staticDir!
  const bytes = await readFile(path.join(staticDir, path.basename(result.filename)))
  const name = `${result.title}-${result.number}.pdf`
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="result.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

/**
 * The applicant's download of their result document:
 * - `POST /api/results/download` with the tracking number and query code
 *   (the status page's button; the code stays out of addresses), or the
 *   tracking number alone for its signed-in owner;
 * - `GET /api/results/mine/<trackingNumber>`: the signed-in owner's link in 我的.
 * Anyone else — another resident, a stranger, a wrong code — gets the
 * same 404 as for an application that does not exist.
 */
export const downloadEndpoints: Endpoint[] = [
  {
    path: '/results/download',
    method: 'post',
    handler: handled(async (req) => {
      const { application } = await residentRequest(req)
      return resultFile(req, application.id)
    }),
  },
  {
    path: '/results/mine/:trackingNumber',
    method: 'get',
    handler: handled(async (req) => {
      const application = await mineInAddress(req)
      if (!application) return notOwnedAnswer(req)
      return resultFile(req, application.id)
    }),
  },
]
