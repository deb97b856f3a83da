import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { PayloadRequest } from 'payload'

import type { Application, ApplicationFile } from '../../../cms/payload-types'
import { isNoticeKind, NOTICE_KINDS, noticesAvailable } from '../../Applications/notices/kinds'
import { noticeResponse } from '../../Applications/notices/render'
import { fileResponse } from '../../documents/response'
import { RequestError } from '../../errors'
import { relationId } from '../../relations'
import type { HeldDocument } from '../states'

/**
 * What an applicant can download besides the result document: the notices
 * addressed to them that the case's history allows (Applications/notices),
 * and the result files a department's system attached (application files of
 * stage `result`). Served only through the result downloads, so the same
 * owner and query-code checks hold.
 */

export type ResultFile = Pick<ApplicationFile, 'application' | 'filename' | 'id' | 'material' | 'mimeType'>

const NOTICE_PREFIX = 'notice-'
const FILE_PREFIX = 'file-'

/** The result files attached to these applications, oldest first, in one query. */
export async function resultFilesOf(req: PayloadRequest, applicationIds: string[]): Promise<ResultFile[]> {
  if (applicationIds.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'application-files',
    where: { and: [{ application: { in: applicationIds } }, { stage: { equals: 'result' } }] },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    select: { application: true, filename: true, material: true, mimeType: true },
    req,
  })
  return docs as ResultFile[]
}

/** The documents of one application, from its own history entries and result files. */
export const heldDocuments = (history: { action: string }[], files: ResultFile[]): HeldDocument[] => [
  ...noticesAvailable(history).map((kind) => ({ key: `${NOTICE_PREFIX}${kind}`, title: `${NOTICE_KINDS[kind].title}（PDF）` })),
  ...files.map((file) => ({ key: `${FILE_PREFIX}${file.id}`, title: `${file.material}（${file.mimeType === 'application/pdf' ? 'PDF' : '图片'}）` })),
]

const NOT_HELD = () => new RequestError('NOT_FOUND', '没有可以下载的文件', 404)

/** The result file `id` of `application`, as a download; anything else is not found. */
async function resultFileResponse(req: PayloadRequest, application: Application, id: string): Promise<Response> {
  const file = (await resultFilesOf(req, [application.id])).find((each) => String(each.id) === id && relationId(each.application) === application.id)
  if (!file?.filename) throw NOT_HELD()
  const staticDir = req.payload.collections['application-files'].config.upload.staticDir!
  const bytes = await readFile(path.join(staticDir, path.basename(file.filename)))
  return fileResponse(bytes, { type: file.mimeType ?? 'application/octet-stream', name: file.filename })
}

/** The held document `key` of an application the caller was already shown to hold, as a download; 404 when it has no such document. */
export async function heldDocumentResponse(req: PayloadRequest, application: Application, key: string): Promise<Response> {
  if (key.startsWith(NOTICE_PREFIX)) {
    const kind = key.slice(NOTICE_PREFIX.length)
    if (!isNoticeKind(kind)) throw NOT_HELD()
    return noticeResponse(req, application, kind, 'attachment')
  }
  if (key.startsWith(FILE_PREFIX)) return resultFileResponse(req, application, key.slice(FILE_PREFIX.length))
  throw NOT_HELD()
}
