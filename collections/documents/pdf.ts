import PDFDocument from 'pdfkit'
import QRCode from 'qrcode'

import { dateText } from '../../site/lib/dates'
import { documentFont } from './fonts'

/**
 * The platform's printed documents — result documents, certificates, and the
 * notices a reviewer prints (受理通知书 and the like) — rendered to PDF bytes
 * from plain content: a title, paragraphs, an optional table of facts, the
 * issuing department and date, and, when the document can be checked, its
 * verification number with a QR code of the address that checks it. One
 * layout for all of them (A4, 思源黑体 embedded as subsets: fonts.ts).
 */
export type DocumentContent = {
  title: string
  /** Body paragraphs, each indented by two characters as Chinese documents are (a salutation line ending in ： is not). */
  paragraphs: string[]
  /** Label and value rows shown as a table under the body (e.g. 姓名, 住址). */
  facts?: { label: string; value: string }[]
  /** The issuer printed at the foot, right-aligned above the date. */
  department: string
  /** YYYY-MM-DD, printed as 2026年12月6日. */
  date: string
  /** Where the document can be checked: the number printed beside the QR code of `url`. */
  verification?: { number: string; url: string }
}

const PAGE = { size: 'A4' as const, margin: 72 }
const SIZES = { title: 22, body: 12, small: 10 }
const QR_SIZE = 96
const INK = '#000000'
const RULE = '#888888'
const SALUTATION = /^[^，。；]{1,20}[:：]$/

/** Draw the QR code of `text` as vector squares: crisp at any zoom and a few hundred bytes. */
function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const cell = size / modules.size
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) doc.rect(x + column * cell, y + row * cell, cell, cell)
    }
  }
  doc.fillColor(INK).fill()
}

function drawFacts(doc: PDFKit.PDFDocument, facts: NonNullable<DocumentContent['facts']>): void {
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  const labelWidth = 110
  doc.moveDown(0.5)
  for (const fact of facts) {
    const top = doc.y
    doc.fontSize(SIZES.body).text(fact.label, left + 6, top + 6, { width: labelWidth - 12 })
    const labelBottom = doc.y
    doc.text(fact.value, left + labelWidth + 6, top + 6, { width: width - labelWidth - 12 })
    const bottom = Math.max(labelBottom, doc.y) + 6
    doc.lineWidth(0.5).strokeColor(RULE).rect(left, top, labelWidth, bottom - top).rect(left + labelWidth, top, width - labelWidth, bottom - top).stroke()
    doc.y = bottom
  }
  doc.x = left
  doc.moveDown(1)
}

function drawFooter(doc: PDFKit.PDFDocument, content: DocumentContent): void {
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  doc.moveDown(2)
  doc.fontSize(SIZES.body).text(content.department, left, doc.y, { width, align: 'right' })
  doc.text(dateText(content.date), { width, align: 'right' })
  if (!content.verification) return
  // The check block sits at the foot of the last page, or on a new page when the body reaches it.
  const top = doc.page.height - doc.page.margins.bottom - QR_SIZE
  if (doc.y + 12 > top) doc.addPage()
  drawQrCode(doc, content.verification.url, left, top, QR_SIZE)
  const textLeft = left + QR_SIZE + 12
  doc.fontSize(SIZES.small).fillColor(INK)
  doc.text(`核验编号：${content.verification.number}`, textLeft, top + 24, { width: width - QR_SIZE - 12 })
  const page = new URL(content.verification.url)
  doc.text(`扫描二维码，或访问 ${page.origin}${page.pathname} 输入核验编号，核验本文件的真伪和效力。`, { width: width - QR_SIZE - 12 })
}

/** Render `content` to the bytes of a PDF. */
export async function renderDocument(content: DocumentContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: PAGE.size,
    margin: PAGE.margin,
    // Our font from the start: pdfkit's default (Helvetica) would parse its metrics file for every document.
    font: documentFont('regular') as unknown as string,
    info: { Title: content.title, Author: content.department, Creator: '一站通', Producer: '一站通' },
    lang: 'zh-CN',
    displayTitle: true,
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  // pdfkit takes a parsed fontkit font as it is (its types list only files and bytes): parsed once, not per document.
  doc.registerFont('regular', documentFont('regular') as unknown as ArrayBuffer)
  doc.registerFont('bold', documentFont('bold') as unknown as ArrayBuffer)
  doc.font('bold').fillColor(INK)
  doc.fontSize(SIZES.title).text(content.title, { align: 'center' })
  doc.font('regular').moveDown(1)
  for (const paragraph of content.paragraphs) {
    // A salutation (张三：) starts at the margin; every other paragraph is indented by two characters.
    doc.fontSize(SIZES.body).text(paragraph, { indent: SALUTATION.test(paragraph) ? 0 : SIZES.body * 2, lineGap: 6, paragraphGap: 8 })
  }
  if (content.facts?.length) drawFacts(doc, content.facts)
  drawFooter(doc, content)
  doc.end()
  return done
}
