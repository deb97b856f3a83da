import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { isActiveStaff, SCOPE_FIELD } from '../access'
import { boardById } from '../Boards/lookup'
import { assertWritableScope } from '../fields/divisionScope'
import { relationId } from '../relations'

/**
 * beforeChange: a board's record (member, post, report, support…) takes the
 * board's division path, for staff scope; staff may write only in their
 * subtree. Residents write through the community endpoints, which check
 * membership of the board themselves.
 */
export const scopeFromBoard: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const id = relationId(data.board ?? originalDoc?.board)
  const board = id === undefined ? undefined : await boardById(req, id)
  if (!board) throw new ValidationError({ collection: collection.slug, errors: [{ path: 'board', message: '没有这个社区论坛' }], req })
  if (isActiveStaff(req.user)) assertWritableScope(req, board.scope ?? {})
  return { ...data, [SCOPE_FIELD]: board.scope }
}
