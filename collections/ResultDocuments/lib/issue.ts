import { randomBytes } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import type { Application } from '../../../cms/payload-types'
import type { DivisionPath } from '../../Divisions/code'
import { dateText } from '../../../site/lib/dates'
import { type PreparedFile, storedFiles } from '../../Applications/lib/attachments'
import { caseScopeOf } from '../../Applications/fields'
import { writeAudit } from '../../AuditLog/record'
import { chinaDate } from '../../CalendarDays/workingDays'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { portalOrigin } from '../../catalogue/portalUrl'
import { renderDocument } from '../../documents/pdf'
import { maskName } from '../../privacy/mask'
import { relationId } from '../../relations'
import { namedValues } from '../../SmsTemplates/template'
import { fillResultTemplate } from '../../ResultTemplates/template'
import { newVerificationNumber } from '../number'
import { RESULT_VARIABLES, type ResultVariable } from '../variables'

/** A result document rendered and waiting for its application's 办结 to be stored with it. */
export type PreparedResult = {
  /** Store the file and its record in the transaction `tx` that finishes `application`. */
  store: (tx: PayloadRequest, application: Application) => Promise<void>
  /** Remove the file again: the transaction rolled back. */
  discard: () => Promise<void>
}

/** The absolute address that checks `number`, printed as the QR code. */
export const verifyUrl = (number: string): string => `${portalOrigin()}${PORTAL_PATHS.verify(number)}`

async function templateFor(req: PayloadRequest, application: Application) {
  const { docs } = await req.payload.find({
    collection: 'result-templates',
    where: { service: { equals: relationId(application.service) } },
    limit: 1,
    depth: 0,
    pagination: false,
    req,
  })
  return docs[0]
}

/** The name of the department handling `application`, as it signs documents. */
export async function departmentName(req: PayloadRequest, application: Application): Promise<string> {
  const id = relationId(application.department)
  if (!id) return '一站通'
  const department = await req.payload.findByID({ collection: 'departments', id, depth: 0, select: { name: true }, req })
  return department.name
}

/** A result template filled with `values` and drawn as a PDF, issued on `issuedOn` (YYYY-MM-DD): its title and bytes. */
export async function renderResult(template: { body: string; title: string }, values: Record<ResultVariable, string>, issuedOn: string): Promise<{ pdf: Buffer; title: string }> {
  const { title, paragraphs } = fillResultTemplate(template, namedValues(RESULT_VARIABLES, values))
  const pdf = await renderDocument({
    title,
    paragraphs,
    facts: [
      { label: '申请人', value: values.applicant },
      { label: '办理事项', value: values.service },
      { label: '受理编号', value: values.trackingNumber },
    ],
    department: values.department,
    date: issuedOn,
    verification: { number: values.number, url: verifyUrl(values.number) },
  })
  return { title, pdf }
}

/**
 * Render the result document of `application` (read unmasked) about to be
 * 办结 with 准予 and `note`, when its service has a template; null when it has none.
 * Rendered before the workflow's transaction opens, so the database is not
 * held while the PDF is drawn; stored inside it (`store`), so the document
 * exists exactly when the 办结 does.
 */
export async function prepareResult(req: PayloadRequest, application: Application, note: string, now = new Date()): Promise<null | PreparedResult> {
  const template = await templateFor(req, application)
  if (!template) return null
  const number = newVerificationNumber()
  const issuedOn = chinaDate(now)
  const issuer = await departmentName(req, application)
  const values: Record<ResultVariable, string> = {
    applicant: application.applicant.name,
    service: application.serviceTitle,
    completedOn: dateText(issuedOn),
    department: issuer,
    number,
    trackingNumber: application.trackingNumber,
    resultNote: note.trim(),
  }
  const { title, pdf } = await renderResult(template, values, issuedOn)
  const pending = pendingDocument(req, pdf, `${application.trackingNumber}-result`)
  return {
    store: (tx, finished) =>
      pending.store(
        tx,
        { kind: 'result', application: finished.id, number, title, issuer, holder: maskName(values.applicant), issuedAt: now.toISOString(), ...caseScopeOf(finished) },
        `申请 ${finished.trackingNumber}`,
      ),
    discard: pending.discard,
  }
}

/** What a stored document records besides its file. */
export type DocumentRecord = Record<string, unknown> & { holder: string; issuedAt: string; issuer: string; number: string; scope?: null | Partial<DivisionPath>; title: string }

/**
 * A rendered PDF waiting to be stored as a `result-documents` record: stored
 * with its audit entry (出具) in the caller's transaction, or its file removed
 * again when that transaction rolls back.
 */
export function pendingDocument(req: PayloadRequest, pdf: Buffer, namePrefix: string) {
  const file: PreparedFile = { data: pdf, mimetype: 'application/pdf', name: `${namePrefix}-${randomBytes(4).toString('hex')}.pdf`, size: pdf.length, upload: -1 }
  const stored = storedFiles(req.payload, 'result-documents')
  return {
    store: async (tx: PayloadRequest, record: DocumentRecord, detail: string): Promise<void> => {
      await stored.store(tx, [file], () => ({ ...record, status: 'valid' }))
      await writeAudit(tx, { action: 'issue', targetCollection: 'result-documents', summary: `${record.title} ${record.number}`, detail, scope: record.scope })
    },
    discard: stored.discard,
  }
}
