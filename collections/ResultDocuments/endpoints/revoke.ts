import type { Endpoint } from 'payload'

import { withTransaction } from '../../../cms/lib/withTransaction'
import { requireCaseWorker } from '../../Applications/endpoints/staff'
import { writeAudit } from '../../AuditLog/record'
import { RequestError } from '../../errors'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { answer, handled, invalid } from '../../endpoints/respond'
import { resultSummary } from '../lib/answers'

const REASON_LIMIT = 500

/**
 * `POST /api/result-documents/:id/revoke` with `{ note }` (the reason, as the
 * workflow's actions take their note; the admin's 撤销 button sends it): a case worker
 * who can see the document (the applications' row filter) withdraws it —
 * issued in error, or the decision was reversed. From then on /verify/
 * answers 已撤销 with the reason and date, the holder can no longer download
 * it, and the audit log keeps who did it.
 */
export const revokeEndpoint: Endpoint = {
  path: '/:id/revoke',
  method: 'post',
  handler: handled(async (req) => {
    const user = requireCaseWorker(req)
    const body = await readBody(req)
    const errors: FieldError[] = []
    const reason = textField(body.fields, 'note', errors, REASON_LIMIT * 4).trim()
    assertWellFormed(errors)
    if (!reason) throw invalid([{ field: 'note', code: 'REQUIRED', message: '请填写撤销理由（核验页面会显示）' }])
    if ([...reason].length > REASON_LIMIT) throw invalid([{ field: 'note', code: 'TOO_LONG', message: `撤销理由最多${REASON_LIMIT}字` }])
    const { docs } = await req.payload.find({
      collection: 'result-documents',
      where: { id: { equals: String(req.routeParams?.id ?? '') } },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user,
    })
    const visible = docs[0]
    if (!visible) throw new RequestError('NOT_FOUND', '没有找到这份结果文件，或它不在您负责的范围内', 404)
    const revoked = await withTransaction(
      req.payload,
      async (tx) => {
        const current = await tx.payload.findByID({ collection: 'result-documents', id: visible.id, depth: 0, req: tx })
        if (current.status === 'revoked') throw new RequestError('ALREADY_REVOKED', '这份结果文件已经撤销了', 409)
        const updated = await tx.payload.update({
          collection: 'result-documents',
          id: current.id,
          data: { status: 'revoked', revocation: { reason, at: new Date().toISOString(), by: user.id } },
          depth: 0,
          req: tx,
        })
        await writeAudit(tx, {
          action: 'revoke',
          targetCollection: 'result-documents',
          targetId: current.id,
          summary: `${current.title} ${current.number}`,
          detail: reason,
          scope: current.scope,
        })
        return updated
      },
      req,
    )
    return answer(req, resultSummary(revoked))
  }),
}
