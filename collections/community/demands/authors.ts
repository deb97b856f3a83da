import type { PayloadRequest } from 'payload'

import type { BoardThread } from '../../../cms/payload-types'
import { relationId } from '../../relations'

export type ThreadAuthor = { nickname: null | string; phone: null | string; resident: null | string }

/**
 * Who wrote these threads, behind their nicknames: the resident account and
 * its phone (read unmasked, to reach them), by thread id. A closed account
 * has no phone; a thread staff wrote has no author.
 */
export async function threadAuthors(req: PayloadRequest, threads: Pick<BoardThread, 'author' | 'authorName' | 'id'>[]): Promise<Map<string, ThreadAuthor>> {
  const read = { depth: 0, pagination: false, overrideAccess: true, req } as const
  const memberIds = threads.flatMap((thread) => (thread.author ? [String(relationId(thread.author))] : []))
  const members = memberIds.length ? (await req.payload.find({ collection: 'board-members', where: { id: { in: memberIds } }, select: { nickname: true, resident: true }, ...read })).docs : []
  const residentIds = members.map((member) => String(relationId(member.resident)))
  const residents = residentIds.length ? (await req.payload.find({ collection: 'residents', where: { id: { in: residentIds } }, select: { phone: true }, showHiddenFields: true, ...read })).docs : []
  const memberOf = new Map(members.map((member) => [String(member.id), member]))
  const residentOf = new Map(residents.map((resident) => [String(resident.id), resident]))
  return new Map(
    threads.map((thread) => {
      const member = memberOf.get(String(relationId(thread.author)))
      const resident = member ? residentOf.get(String(relationId(member.resident))) : undefined
      return [String(thread.id), { nickname: member?.nickname ?? thread.authorName ?? null, phone: resident?.phone ?? null, resident: resident ? String(resident.id) : null }]
    }),
  )
}

/** The authors of the threads with these ids. */
export async function authorsOfThreads(req: PayloadRequest, ids: string[]): Promise<ThreadAuthor[]> {
  const { docs } = await req.payload.find({ collection: 'board-threads', where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true, select: { author: true, authorName: true }, req })
  return [...(await threadAuthors(req, docs)).values()]
}
