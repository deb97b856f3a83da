import type { PayloadRequest } from 'payload'

import { withTransaction } from '../../../cms/lib/withTransaction'
import { writeAudit } from '../../AuditLog/record'
import { divisionById } from '../../Divisions/lookup'
import { parseDivisionCode } from '../../Divisions/code'
import { AUDITED_AS_IMPORT } from '../../privacy/auditHooks'
import type { PersonImportData } from './checkRows'

/**
 * Write checked persons in one transaction — all of them or none — through
 * the Local API with every hook and validation, acting as the importer. The
 * audit log gets one entry per community: the file, how many, by whom.
 */
export async function importPersons(req: PayloadRequest, persons: PersonImportData[], fileName: string): Promise<number> {
  return withTransaction(
    req.payload,
    async (tx) => {
      tx.context[AUDITED_AS_IMPORT] = true
      const perCommunity = new Map<string, number>()
      for (const data of persons) {
        await tx.payload.create({ collection: 'persons', data, req: tx, depth: 0, select: { createdAt: true } })
        const division = String(data.division)
        perCommunity.set(division, (perCommunity.get(division) ?? 0) + 1)
      }
      for (const [id, count] of perCommunity) {
        const division = await divisionById(tx, id)
        await writeAudit(tx, {
          action: 'import',
          targetCollection: 'persons',
          summary: `${division?.name ?? ''}导入 ${count} 人`,
          detail: `文件：${fileName}`,
          scope: division ? parseDivisionCode(division.code).path : undefined,
        })
      }
      return persons.length
    },
    req,
  )
}
