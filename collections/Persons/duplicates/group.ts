import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { relationId, type Relation } from '../../relations'

/**
 * Near-duplicates: persons with the same name and birth date but different
 * ID numbers (a mistyped number, a person registered again after a move).
 * Each person carries `possibleDuplicate`, kept right by these hooks, so the
 * admin list can filter on it; a pair staff confirmed to be two people
 * (`distinctFrom`, on either side) no longer counts.
 */

type GroupMember = { distinctFrom?: null | Relation[]; id: number | string }

const ids = (relations: GroupMember['distinctFrom']): string[] => (relations ?? []).map((each) => String(relationId(each)))

/** Whether staff said these two are different people (it is recorded on one side). */
const confirmedDistinct = (a: GroupMember, b: GroupMember): boolean =>
  ids(a.distinctFrom).includes(String(b.id)) || ids(b.distinctFrom).includes(String(a.id))

/** The members of `member`'s group it may be the same person as. */
export const candidatesFor = <T extends GroupMember>(member: GroupMember, group: readonly T[]): T[] =>
  group.filter((other) => String(other.id) !== String(member.id) && !confirmedDistinct(member, other))

/** Everyone with this name and birth date, whatever the reader's scope. */
export async function groupMembers(req: PayloadRequest, name: unknown, birthDate: unknown): Promise<(GroupMember & { possibleDuplicate?: boolean | null })[]> {
  if (typeof name !== 'string' || typeof birthDate !== 'string' || !name || !birthDate) return []
  const { docs } = await req.payload.find({
    collection: 'persons',
    where: { and: [{ name: { equals: name } }, { birthDate: { equals: birthDate } }] },
    select: { distinctFrom: true, possibleDuplicate: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
}

const keyOf = (doc: Record<string, unknown> | undefined) => ({ name: doc?.name, birthDate: doc?.birthDate })

/**
 * The person's own flag, from the others in its group (runs after the birth
 * date is derived). An edit that keeps the name, birth date and confirmed
 * differences keeps the flag as it is (or as reflagGroups sets it).
 */
export const flagPossibleDuplicate: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const sameGroup = operation === 'update' && merged.name === originalDoc?.name && merged.birthDate === originalDoc?.birthDate && !('distinctFrom' in data)
  if (sameGroup) return data
  const group = await groupMembers(req, merged.name, merged.birthDate)
  const self: GroupMember = { id: originalDoc?.id ?? '', distinctFrom: merged.distinctFrom }
  return { ...data, possibleDuplicate: candidatesFor(self, group).length > 0 }
}

/**
 * Bring the other members' flags of each group in line after a person
 * joined, left or changed one. Each member's update runs these hooks again,
 * which find the group consistent and stop. (No `context` marker: the Local
 * API merges it into the shared request, where it would outlive this write.)
 */
async function reflagGroups(req: PayloadRequest, keys: ReturnType<typeof keyOf>[]): Promise<void> {
  const seen = new Set<string>()
  for (const { name, birthDate } of keys) {
    const key = `${String(name)}\u0000${String(birthDate)}`
    if (seen.has(key)) continue
    seen.add(key)
    const group = await groupMembers(req, name, birthDate)
    for (const member of group) {
      const flagged = candidatesFor(member, group).length > 0
      if (Boolean(member.possibleDuplicate) === flagged) continue
      await req.payload.update({
        collection: 'persons',
        id: member.id,
        data: { possibleDuplicate: flagged },
        overrideAccess: true,
        depth: 0,
        select: { createdAt: true },
        req,
      })
    }
  }
}

/**
 * After a write that can change a group: a new person in one (a new person
 * with no candidates joins no group, as nothing can be marked distinct from
 * a record that did not exist), a changed name or birth date, or a changed
 * list of confirmed differences.
 */
export const reflagAfterChange: CollectionAfterChangeHook = async ({ data, doc, operation, previousDoc, req }) => {
  const [after, before] = [keyOf(doc), keyOf(previousDoc)]
  const changed =
    operation === 'create' ? doc.possibleDuplicate === true : after.name !== before.name || after.birthDate !== before.birthDate || 'distinctFrom' in data
  if (changed) await reflagGroups(req, [after, before])
  return doc
}

export const reflagAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await reflagGroups(req, [keyOf(doc)])
}
