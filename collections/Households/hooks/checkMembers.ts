import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { relationId } from '../../relations'

type Member = { person?: unknown; relation?: null | string }
type Problem = { message: string; path: string }

/** Other households that already list any of these persons, as [person id, household number]. */
async function listedElsewhere(req: PayloadRequest, personIds: string[], householdId: unknown) {
  const { docs } = await req.payload.find({
    collection: 'households',
    where: {
      and: [
        { 'members.person': { in: personIds } },
        ...(householdId ? [{ id: { not_equals: householdId } }] : []),
      ],
    },
    depth: 0,
    limit: personIds.length,
    pagination: false,
    overrideAccess: true,
    select: { householdNumber: true, members: true },
    req,
  })
  const found = new Map<string, string>()
  for (const household of docs) {
    for (const member of household.members ?? []) {
      const id = String(relationId(member.person as string))
      if (personIds.includes(id)) found.set(id, household.householdNumber ?? String(household.id))
    }
  }
  return found
}

/**
 * A household has exactly one head, lists each person once, and nobody is in
 * two households (so nobody is head of two). The head is kept in its own
 * indexed field for look-ups. Every problem is reported at once, field by field.
 */
export const checkMembers: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const members = (data.members ?? originalDoc?.members ?? []) as Member[]
  const problems: Problem[] = []
  if (members.length === 0) problems.push({ path: 'members', message: '请至少登记一名户内成员（户主）' })
  const heads = members.filter((member) => member.relation === 'head')
  if (members.length > 0 && heads.length === 0) problems.push({ path: 'members', message: '请指定户主（与户主关系选“户主”的成员）' })
  if (heads.length > 1) problems.push({ path: 'members', message: '一户只能有一名户主' })
  const ids = members.map((member) => String(relationId(member.person as string) ?? ''))
  ids.forEach((id, index) => {
    if (!id) problems.push({ path: `members.${index}.person`, message: '请选择人员' })
    else if (ids.indexOf(id) !== index) problems.push({ path: `members.${index}.person`, message: '同一人员不能重复登记' })
  })
  const elsewhere = await listedElsewhere(req, [...new Set(ids.filter(Boolean))], originalDoc?.id)
  ids.forEach((id, index) => {
    const other = elsewhere.get(id)
    if (other) {
      const asHead = members[index]?.relation === 'head' ? '（不能同时是两户的户主）' : ''
      problems.push({ path: `members.${index}.person`, message: `此人已登记在户号 ${other} 中${asHead}` })
    }
  })
  if (problems.length > 0) throw new ValidationError({ collection: collection.slug, errors: problems, req })
  return { ...data, head: relationId(heads[0]!.person as string), memberCount: members.length }
}
