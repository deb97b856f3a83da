import { type Html, html } from '../../endpoints/htmlAnswer'
import { DOWNLOAD_RESULT, downloadWords, type HeldDocument, RESULT_PATHS, resultLine, type ResultSummary } from '../states'

/** How the holder gets the file on this page: a form naming the application (the status page), or a link (我的, signed in). */
export type ResultDownload = { fields: Html } | { trackingNumber: string }

/** The application's result document on a server-rendered page: the line, and the download while it is valid. */
export function resultHtml(result: null | ResultSummary, download: ResultDownload): Html | null {
  if (!result) return null
  const action =
    result.status !== 'valid'
      ? null
      : 'fields' in download
        ? html`<form class="action-form" method="post" action="${RESULT_PATHS.download}" enctype="multipart/form-data">${download.fields}<button type="submit" class="button">${DOWNLOAD_RESULT}</button></form>`
        : html`<p><a href="${RESULT_PATHS.mine(download.trackingNumber)}" download>${DOWNLOAD_RESULT}<span class="visually-hidden">（${download.trackingNumber}）</span></a></p>`
  return html`<div class="result-document" data-result-document><p>${resultLine(result)}</p>${action}</div>`
}

/** The notices and result files the holder can download on a server-rendered page: a form each (status page) or a link each (我的). */
export function heldDocumentsHtml(documents: HeldDocument[], download: ResultDownload): Html | null {
  if (documents.length === 0) return null
  const item = (document: HeldDocument) =>
    'fields' in download
      ? html`<li><form method="post" action="${RESULT_PATHS.download}" enctype="multipart/form-data">${download.fields}<input type="hidden" name="document" value="${document.key}"><button type="submit" class="button button--secondary">${downloadWords(document)}</button></form></li>`
      : html`<li><a href="${RESULT_PATHS.mine(download.trackingNumber, document.key)}" download>${downloadWords(document)}<span class="visually-hidden">（${download.trackingNumber}）</span></a></li>`
  return html`<div class="held-documents" data-held-documents><p>通知书和文件：</p><ul>${documents.map(item)}</ul></div>`
}
