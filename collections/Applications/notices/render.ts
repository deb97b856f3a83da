import type { PayloadRequest } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { renderDocument } from '../../documents/pdf'
import { fileResponse } from '../../documents/response'
import { RequestError } from '../../errors'
import { departmentName } from '../../ResultDocuments/lib/issue'
import { noticeContent } from './content'
import { NOTICE_KINDS, type NoticeKind, noticeStep } from './kinds'

/** The workflow steps of an application, oldest first: what decides which notices it has. */
export async function stepsOf(req: PayloadRequest, applicationId: string) {
  const { docs } = await req.payload.find({
    collection: 'application-events',
    where: { application: { equals: applicationId } },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    select: { action: true, createdAt: true, note: true },
    req,
  })
  return docs
}

export const NO_NOTICE = () => new RequestError('NOT_FOUND', '这件申请目前没有这份通知书', 404)

/** The notice `kind` of `application` (read unmasked) drawn as a PDF now, or 404 while the case has not taken its step. */
export async function renderNotice(req: PayloadRequest, application: Application, kind: NoticeKind): Promise<Buffer> {
  const step = noticeStep(kind, await stepsOf(req, application.id))
  if (!step) throw NO_NOTICE()
  const [department, filesReceived] = await Promise.all([
    departmentName(req, application),
    req.payload.count({ collection: 'application-files', where: { and: [{ application: { equals: application.id } }, { stage: { equals: 'initial' } }] }, req }),
  ])
  return renderDocument(noticeContent(kind, { application, department, step, filesReceived: filesReceived.totalDocs }))
}

/** The notice as a PDF response named after its title and the tracking number. */
export async function noticeResponse(req: PayloadRequest, application: Application, kind: NoticeKind, disposition: 'attachment' | 'inline'): Promise<Response> {
  const name = `${NOTICE_KINDS[kind].title}-${application.trackingNumber}.pdf`
  return fileResponse(await renderNotice(req, application, kind), { type: 'application/pdf', name, disposition })
}
