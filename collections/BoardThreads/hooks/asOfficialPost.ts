import type { CollectionBeforeValidateHook } from 'payload'

import { isActiveStaff } from '../../access'
import { boardById } from '../../Boards/lookup'
import { ipProvince } from '../../community/ipProvince'
import { relationId } from '../../relations'

/** Who signs 居务公开: the 居委会 of a community, the 办事处 of a street. */
export const officialSignature = (board: { level?: null | string; name?: null | string }): string =>
  (board.name ?? '').replace(/居民论坛$/, board.level === 'street' ? '办事处' : '居民委员会')

/**
 * beforeValidate: a thread a staff member creates (in the admin) is 居务公开,
 * signed by the 居委会 or the street's office, published at once. The
 * community endpoints create residents' threads themselves, without a staff user.
 */
export const asOfficialPost: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !isActiveStaff(req.user) || !data) return data
  const boardId = relationId(data.board)
  const board = boardId === undefined ? undefined : await boardById(req, boardId)
  return {
    ...data,
    kind: 'official',
    category: null,
    staffAuthor: req.user.id,
    authorName: board ? officialSignature(board) : undefined,
    ipProvince: ipProvince(req.headers),
    status: 'published',
    lastActivityAt: new Date().toISOString(),
  }
}
