import type { PayloadRequest } from 'payload'

import { withTransaction } from '../../../cms/lib/withTransaction'
import type { DivisionPath } from '../../Divisions/code'
import { writeAudit } from '../../AuditLog/record'
import { RequestError } from '../../errors'
import { assertMayWrite } from '../../population/access'
import { maskIdNumber } from '../../privacy/mask'
import { type Relation, relationId } from '../../relations'

type StoredPerson = Record<string, unknown> & { id: string; idNumber?: string; name?: string; scope?: null | Partial<DivisionPath> }

/** Fields the kept record takes from the duplicate when it has none of its own. */
const FILLED_WHEN_EMPTY = ['phone', 'registeredAddress', 'residenceAddress', 'ethnicity'] as const

const isEmpty = (value: unknown) => value === undefined || value === null || value === ''

/** What the kept record gains from the duplicate: empty fields filled, insurance joined, notes kept. */
function mergedData(keep: StoredPerson, duplicate: StoredPerson): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const field of FILLED_WHEN_EMPTY) if (isEmpty(keep[field]) && !isEmpty(duplicate[field])) data[field] = duplicate[field]
  const insurance = new Set([...((keep.socialInsurance as string[] | null) ?? []), ...((duplicate.socialInsurance as string[] | null) ?? [])])
  data.socialInsurance = [...insurance]
  const note = `由重复记录（${maskIdNumber(String(duplicate.idNumber ?? ''))}）合并`
  data.notes = [keep.notes, duplicate.notes, note].filter((each) => typeof each === 'string' && each.trim()).join('\n').slice(0, 2000)
  data.distinctFrom = ((keep.distinctFrom as unknown[] | null) ?? []).map((each) => String(relationId(each as never))).filter((id) => id !== duplicate.id)
  return data
}

/**
 * Put the duplicate's household place where the kept person is: take over
 * the duplicate's row when the kept person is in no household, drop it when
 * both are in the same one; two different households need a person to decide.
 */
async function moveHouseholdPlace(tx: PayloadRequest, keepId: StoredPerson['id'], duplicateId: StoredPerson['id']): Promise<void> {
  const find = async (id: StoredPerson['id']) =>
    (await tx.payload.find({ collection: 'households', where: { 'members.person': { equals: id } }, depth: 0, limit: 1, pagination: false, overrideAccess: true, req: tx })).docs[0]
  const [ofDuplicate, ofKept] = [await find(duplicateId), await find(keepId)]
  if (!ofDuplicate) return
  if (ofKept && ofKept.id !== ofDuplicate.id) {
    throw new RequestError('IN_DIFFERENT_HOUSEHOLDS', '两条记录登记在不同的户中，请先在“户籍与家庭”里调整户内成员，再合并', 409)
  }
  const isDuplicate = (member: { person: Relation }) => String(relationId(member.person)) === String(duplicateId)
  const duplicateWasHead = ofDuplicate.members?.some((member) => isDuplicate(member) && member.relation === 'head')
  const members = (ofDuplicate.members ?? []).flatMap((member) => {
    const person = String(relationId(member.person))
    if (isDuplicate(member)) return ofKept ? [] : [{ ...member, person: keepId }]
    // Both in one household: the kept person takes the head's place if the duplicate held it.
    if (String(person) === String(keepId) && duplicateWasHead) return [{ ...member, person, relation: 'head' as const }]
    return [{ ...member, person }]
  })
  await tx.payload.update({ collection: 'households', id: ofDuplicate.id, data: { members }, user: tx.user, overrideAccess: false, depth: 0, req: tx })
}

/**
 * Merge `duplicateId` into `keepId` (two records of one person, same name and
 * birth date): the kept record fills its empty fields from the duplicate,
 * the duplicate's register entries and household place move over, and the
 * duplicate is removed. One transaction, acting as the signed-in staff
 * member (who must be able to edit both), logged on the kept record.
 */
export async function mergePersons(req: PayloadRequest, keepId: string, duplicateId: string): Promise<void> {
  if (keepId === duplicateId) throw new RequestError('SAME_PERSON', '不能把一条记录合并到它自己', 422)
  await withTransaction(
    req.payload,
    async (tx) => {
      const read = (id: string) => tx.payload.findByID({ collection: 'persons', id, depth: 0, overrideAccess: true, showHiddenFields: true, req: tx, disableErrors: true })
      const [keep, duplicate] = (await Promise.all([read(keepId), read(duplicateId)])) as (null | StoredPerson)[]
      if (!keep || !duplicate) throw new RequestError('NOT_FOUND', '没有找到要合并的记录', 404)
      if (keep.name !== duplicate.name || keep.birthDate !== duplicate.birthDate) {
        throw new RequestError('NOT_NEAR_DUPLICATES', '只能合并姓名和出生日期都相同的记录', 422)
      }
      // Registrars may not delete persons in general; a merge may, when they may edit both records.
      for (const person of [keep, duplicate]) assertMayWrite(tx, 'persons', person)
      // Every write below acts as the staff member, so the access rules apply to the household and registers too.
      await tx.payload.update({ collection: 'persons', id: keep.id, data: mergedData(keep, duplicate), user: tx.user, overrideAccess: false, depth: 0, req: tx })
      await moveHouseholdPlace(tx, keep.id, duplicate.id)
      await tx.payload.update({
        collection: 'registers',
        where: { person: { equals: duplicate.id } },
        data: { person: keep.id },
        user: tx.user,
        overrideAccess: false,
        depth: 0,
        req: tx,
      })
      await tx.payload.delete({ collection: 'persons', id: duplicate.id, overrideAccess: true, depth: 0, req: tx })
      await writeAudit(tx, {
        action: 'merge',
        targetCollection: 'persons',
        targetId: keep.id,
        summary: `${keep.name}（${maskIdNumber(String(keep.idNumber))}）`,
        detail: `并入重复记录 ${duplicate.name}（${maskIdNumber(String(duplicate.idNumber))}），其登记信息和户内位置已转到本记录`,
        scope: keep.scope ?? undefined,
      })
    },
    req,
  )
}
