import type { Board } from '../../../cms/payload-types'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import type { Crumb } from '../../endpoints/htmlAnswer'

/** The way back from a community page, after 首页: 社区论坛, then the board when the page is one of its own. */
export const boardTrail = (board?: Pick<Board, 'code' | 'name'>): Crumb[] => [
  { href: PORTAL_PATHS.community(), label: '社区论坛' },
  ...(board ? [{ href: PORTAL_PATHS.communityBoard(board.code!), label: board.name ?? '' }] : []),
]
