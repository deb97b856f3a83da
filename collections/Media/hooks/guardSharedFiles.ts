import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest, Where } from 'payload'

import { SCOPE_FIELD, userDivision } from '../../access'
import { RequestError } from '../../errors'

/** The guide fields that hold a file: each material's blank form and filled-in sample. */
const FILE_FIELDS = ['materials.blankForm', 'materials.sample'] as const

/**
 * Guides using this file that lie outside the user's subtree (or have no
 * department yet, so no subtree at all): the published version and the
 * newest draft, either of which the public or an editor may be shown.
 */
async function guideOutsideScope(req: PayloadRequest, mediaId: number | string): Promise<null | string> {
  const division = userDivision(req.user)
  if (division?.level === 'city') return null
  const path = `${SCOPE_FIELD}.${division?.level ?? 'city'}`
  const where: Where = {
    and: [
      { or: FILE_FIELDS.map((field) => ({ [field]: { equals: mediaId } })) },
      { or: [{ [path]: { not_equals: division?.code ?? '' } }, { [path]: { exists: false } }] },
    ],
  }
  for (const draft of [false, true]) {
    const { docs } = await req.payload.find({ collection: 'services', where, draft, depth: 0, limit: 1, pagination: false, select: { title: true }, req })
    if (docs[0]) return docs[0].title
  }
  return null
}

/**
 * A file serves every guide that links to it, so only an editor whose
 * division covers all of those guides may replace, edit or delete it: a
 * district editor cannot change the blank form another district's guide
 * offers. City editors keep every file; scripts (no user) are not limited.
 */
async function assertFileWithinScope(req: PayloadRequest, mediaId: number | string | undefined): Promise<void> {
  if (!req.user || mediaId === undefined) return
  const guide = await guideOutsideScope(req, mediaId)
  if (guide !== null) {
    throw new RequestError('FILE_USED_ELSEWHERE', `这个附件也用在您辖区以外的办事指南“${guide}”中，您不能修改或删除它，请联系上级编辑`, 403)
  }
}

export const guardFileChange: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update') await assertFileWithinScope(req, (originalDoc as { id?: number | string } | undefined)?.id)
  return data
}

export const guardFileDelete: CollectionBeforeDeleteHook = ({ id, req }) => assertFileWithinScope(req, id)
