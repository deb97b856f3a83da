import type { Endpoint } from 'payload'

import { writeAudit } from '../../AuditLog/record'
import { RequestError } from '../../errors'
import { handled } from '../../endpoints/respond'
import { requireCaseWorker } from '../endpoints/staff'
import { isNoticeKind, NOTICE_KINDS } from './kinds'
import { NO_NOTICE, noticeResponse } from './render'

/**
 * `GET /api/applications/:id/notices/:kind`: the admin's 打印 link — the
 * notice as a PDF to print (inline). The case must be in the case worker's
 * scope (the applications' own row filter; 404 otherwise) and have taken the
 * notice's step; the notice shows the applicant's name and ID number, so
 * each print is audited as a full view.
 */
export const noticeEndpoint: Endpoint = {
  path: '/:id/notices/:kind',
  method: 'get',
  handler: handled(async (req) => {
    const user = requireCaseWorker(req)
    const kind = req.routeParams?.kind
    if (!isNoticeKind(kind)) throw NO_NOTICE()
    const id = String(req.routeParams?.id ?? '')
    const { totalDocs } = await req.payload.count({ collection: 'applications', where: { id: { equals: id } }, overrideAccess: false, user })
    if (totalDocs === 0) throw new RequestError('NOT_FOUND', '没有找到这件申请，或它不在您负责的范围内', 404)
    const application = await req.payload.findByID({ collection: 'applications', id, depth: 0, joins: false, showHiddenFields: true, req })
    const response = await noticeResponse(req, application, kind, 'inline')
    await writeAudit(req, {
      action: 'view-full',
      targetCollection: 'applications',
      targetId: application.id,
      summary: `办件 ${application.trackingNumber}`,
      detail: `打印${NOTICE_KINDS[kind].title}（含申请人姓名和身份证号码）`,
      scope: application.scope,
    })
    return response
  }),
}
