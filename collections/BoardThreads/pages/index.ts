import type { CommunityRoute } from '../../community/pages/route'
import { boardPage, indexPage } from './boards'
import { joinPage, rulesPage } from './joining'
import { newThreadPage, threadPage } from './thread'

/** The boards' live pages: the index, 论坛公约, joining, a board, a thread and the new-thread form. */
export const boardRoutes: CommunityRoute[] = [
  { pattern: [], page: indexPage },
  { pattern: ['rules'], page: rulesPage },
  { pattern: ['join'], page: joinPage },
  { pattern: [':code'], page: boardPage },
  { pattern: [':code', 'new'], page: newThreadPage },
  { pattern: [':code', 'threads', ':id'], page: threadPage },
]
